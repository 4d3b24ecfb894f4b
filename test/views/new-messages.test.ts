import { expect } from 'chai'
import express from 'express'
import request from 'supertest'
import { exposeNewMessageCount } from '../../middleware/new-message-count.ts'
import { parseHtml, textOf } from '../support/html.ts'
import { renderView } from '../support/render.ts'

const rendered = (newMessageCount: number | undefined, language: 'en' | 'cy' = 'en') =>
  parseHtml(renderView('partials/_new-messages.njk', { newMessageCount }, { language }))

describe('the new messages count', () => {
  it('says how many new messages there are, singular and plural, linking to the messages page', () => {
    expect(textOf(rendered(0), '[data-test="new-messages"]')).to.equal('You have no new messages')
    expect(textOf(rendered(1), '[data-test="new-messages"]')).to.equal('You have 1 new message')
    expect(textOf(rendered(3), '[data-test="new-messages"]')).to.equal('You have 3 new messages')
    expect(rendered(3)('[data-test="new-messages"] a').attr('href')).to.equal('/client/messages')
  })

  it('is in Welsh', () => {
    expect(textOf(rendered(1, 'cy'), '[data-test="new-messages"]')).to.equal('Mae gennych 1 neges newydd')
    expect(textOf(rendered(4, 'cy'), '[data-test="new-messages"]')).to.equal('Mae gennych 4 neges newydd')
  })

  it('shows nothing where the count was not worked out', () => {
    expect(rendered(undefined)('[data-test="new-messages"]').length).to.equal(0)
  })

  it('counts the signed-in client’s unread letters, and nothing for anyone else', async () => {
    const asked: number[] = []
    const letters = { countUnread: (clientId: number) => (asked.push(clientId), Promise.resolve(2)) }
    const app = express()
    app.get('/signed-in', (_req, res, next) => ((res.locals.client = { id: 7 }), next()))
    app.use(exposeNewMessageCount(letters), (_req, res) => {
      res.json({ count: res.locals.newMessageCount as unknown })
    })
    expect((await request(app).get('/signed-in')).body).to.deep.equal({ count: 2 })
    expect((await request(app).get('/anyone')).body).to.deep.equal({})
    expect(asked).to.deep.equal([7])
  })
})
