import { expect } from 'chai'
import express, { type Request } from 'express'
import type { Application } from '../../services/applications/application-stages.ts'
import request from 'supertest'
import { exposeHomeNotices } from '../../middleware/home-notices.ts'
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

  it('counts the signed-in client’s unread letters, and shows an application only while it is being set up', async () => {
    const asked: number[] = []
    let stage = 'calculation'
    const notices = {
      forClient: (clientId: number) => (
        asked.push(clientId),
        Promise.resolve({ newMessageCount: 2, application: { stage } as Application })
      ),
    }
    const app = express()
    app.use((req, _res, next) => ((req.session = { clientId: 7 } as Request['session']), next()))
    app.use(exposeHomeNotices(notices), (_req, res) => {
      res.json({ count: res.locals.newMessageCount as unknown, stage: (res.locals.application as Application)?.stage })
    })
    expect((await request(app).get('/client/home')).body).to.deep.equal({ count: 2, stage: 'calculation' })
    stage = 'case_set_up'
    expect((await request(app).get('/client/home')).body).to.deep.equal({ count: 2 })
    expect(asked).to.deep.equal([7, 7])
  })
})
