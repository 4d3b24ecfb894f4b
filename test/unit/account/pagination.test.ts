import { expect } from 'chai'
import { pageWindow, paginationLinks } from '../../../services/account/pagination.ts'

describe('pages of a long table', () => {
  it('reads the page asked for, and the first page for anything out of range or not a number', () => {
    expect(pageWindow('2', 36, 12)).to.deep.equal({ page: 2, pages: 3, offset: 12, limit: 12 })
    for (const asked of ['0', '4', 'abc', undefined, ['2'], '1e3']) expect(pageWindow(asked, 36, 12).page).to.equal(1)
    expect(pageWindow('1', 0, 12)).to.deep.equal({ page: 1, pages: 1, offset: 0, limit: 12 })
  })

  it('has no pagination when everything fits on one page', () => {
    expect(paginationLinks(pageWindow('1', 12, 12), page => `?page=${page}`)).to.equal(null)
  })

  it('links previous and next, and puts ellipses between distant pages', () => {
    const links = paginationLinks(pageWindow('5', 100, 10), page => `?page=${page}`)!
    expect(links.previous).to.deep.equal({ href: '?page=4' })
    expect(links.next).to.deep.equal({ href: '?page=6' })
    expect(links.items.map(item => ('ellipsis' in item ? '…' : item.number))).to.deep.equal([1, '…', 4, 5, 6, '…', 10])
    expect(links.items.filter(item => 'current' in item && item.current)).to.have.length(1)
  })

  it('has no previous link on the first page and no next link on the last', () => {
    expect(paginationLinks(pageWindow('1', 30, 10), String)!.previous).to.equal(undefined)
    expect(paginationLinks(pageWindow('3', 30, 10), String)!.next).to.equal(undefined)
  })
})
