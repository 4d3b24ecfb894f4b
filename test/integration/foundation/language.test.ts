import { expect } from 'chai'
import request from 'supertest'
import { createTestApp, type TestApp } from '../../support/test-app.ts'
import { parseHtml, textOf } from '../../support/html.ts'

describe('language switch', () => {
  let testApp: TestApp
  before(async () => {
    testApp = await createTestApp()
  })
  after(() => testApp.close())

  it('shows the page in Welsh when asked, with the Welsh html lang', async () => {
    const response = await request(testApp.app).get('/client?lang=cy')
    const $ = parseHtml(response.text)
    expect($('html').attr('lang')).to.equal('cy')
    expect(textOf($, 'h1')).to.equal('Gwefan hunanwasanaeth i gleientiaid')
    expect($('head title').text()).to.contain('Gwasanaeth Cynhaliaeth Plant')
    expect(textOf($, '.govuk-skip-link')).to.equal('Neidio i’r prif gynnwys')
    expect(textOf($, '.govuk-footer__inline-list')).to.contain('Cwcis').and.contain('Datganiad hygyrchedd')
  })

  it('links each language to the same page, keeping other query values', async () => {
    const $ = parseHtml((await request(testApp.app).get('/client/signed-out?reason=timeout')).text)
    expect($('.govuk-language-navigation a[lang="cy"]').attr('href')).to.equal(
      '/client/signed-out?reason=timeout&lang=cy',
    )
    expect($('.govuk-language-navigation [aria-current="true"]').attr('lang')).to.equal('en')
  })

  it('links each language to the same plain path, and keeps odd paths on this site', async () => {
    const plain = parseHtml((await request(testApp.app).get('/client/help')).text)
    expect(plain('.govuk-language-navigation a[lang="cy"]').attr('href')).to.equal('/client/help?lang=cy')
    for (const [path, expected] of [
      ['//evil.example/client', '/client?lang=cy'],
      ['/client/./help', '/client/help?lang=cy'],
      ['/client/%68elp', '/client/%68elp?lang=cy'],
    ]) {
      const $ = parseHtml((await request(testApp.app).get(path!)).text)
      expect($('.govuk-language-navigation a[lang="cy"]').attr('href'), path).to.equal(expected)
    }
  })

  it('remembers the choice for the rest of the visit', async () => {
    const agent = request.agent(testApp.app)
    await agent.get('/client/help?lang=cy').expect(200)
    const $ = parseHtml((await agent.get('/client/cookies')).text)
    expect(textOf($, 'h1')).to.equal('Cwcis')
    const back = parseHtml((await agent.get('/client/cookies?lang=en')).text)
    expect(textOf(back, 'h1')).to.equal('Cookies')
  })

  it('translates the page-not-found page', async () => {
    const response = await request(testApp.app).get('/client/no-such-page?lang=cy')
    expect(response.status).to.equal(404)
    expect(textOf(parseHtml(response.text), 'h1')).to.equal('Tudalen heb ei darganfod')
  })

  it('ignores a language it does not know', async () => {
    const $ = parseHtml((await request(testApp.app).get('/client?lang=fr')).text)
    expect($('html').attr('lang')).to.equal('en')
  })
})
