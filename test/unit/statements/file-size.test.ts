import { expect } from 'chai'
import { formatFileSize } from '../../../services/format/file-size.ts'

describe('file size beside a download link', () => {
  it('shows whole kilobytes below a megabyte and megabytes to one place above', () => {
    expect(formatFileSize(0)).to.equal('1 KB')
    expect(formatFileSize(18_629)).to.equal('18 KB')
    expect(formatFileSize(1024 * 1023)).to.equal('1023 KB')
    expect(formatFileSize(1024 * 1024 * 2.25)).to.equal('2.3 MB')
  })

  it('refuses something that is not a size', () => {
    expect(() => formatFileSize(-1)).to.throw()
    expect(() => formatFileSize(Number.NaN)).to.throw()
  })
})
