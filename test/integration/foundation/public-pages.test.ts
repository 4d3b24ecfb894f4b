import { expect } from 'chai'
import request from 'supertest'
import { createTestApp, type TestApp } from '../../support/test-app.ts'
import { parseHtml, textOf } from '../../support/html.ts'

describe('public pages', () => {
  let testApp: TestApp
  before(async () => {
    testApp = await createTestApp()
  })
  after(() => testApp.close())

  it('redirects the root to the client site', async () => {
    const response = await request(testApp.app).get('/')
    expect(response.status).to.equal(302)
    expect(response.headers.location).to.equal('/client')
  })

  it('shows the Great Britain landing page with the way in for first-time users', async () => {
    const response = await request(testApp.app).get('/client')
    expect(response.status).to.equal(200)
    const $ = parseHtml(response.text)
    expect($('head title').text()).to.equal('Self-service website for clients – Child Maintenance Service – GOV.UK')
    expect(textOf($, 'h1')).to.equal('Self-service website for clients')
    expect($('ol.govuk-list--number li')).to.have.length(3)
    expect($('a.govuk-button--start').attr('href')).to.equal('/client/sign-in')
    expect($('a.govuk-button--secondary').attr('href')).to.equal('/client/gateway/create-account')
    expect($('a[href="https://www.gov.uk/child-maintenance-service"]').text()).to.contain('GOV.UK')
    expect($('a[href="https://childmaintenanceservice.direct.gov.uk/employer"]')).to.have.length(1)
    expect(textOf($, '.govuk-service-navigation__service-name')).to.equal('Child Maintenance Service')
  })

  it('shows the Northern Ireland landing page with nidirect links and its own paths', async () => {
    const response = await request(testApp.app).get('/ni')
    expect(response.status).to.equal(200)
    const $ = parseHtml(response.text)
    expect(textOf($, '.govuk-service-navigation__service-name')).to.equal('Northern Ireland Child Maintenance Service')
    expect($('a[href^="https://www.nidirect.gov.uk/"]').text()).to.contain('nidirect')
    expect($('a[href^="https://www.gov.uk/child-maintenance-service"]')).to.have.length(0)
    expect($('a.govuk-button--start').attr('href')).to.equal('/ni/sign-in')
    expect($('.govuk-footer a[href="/ni/cookies"]')).to.have.length(1)
  })

  it('has the footer links every page needs', async () => {
    const $ = parseHtml((await request(testApp.app).get('/client')).text)
    const footerLinks = $('.govuk-footer__inline-list a')
      .map((_index, link) => $(link).attr('href'))
      .get()
    expect(footerLinks).to.deep.equal([
      '/client/help',
      '/client/cookies',
      '/client/accessibility-statement',
      '/client/contact',
      '/client/terms-and-conditions',
      '/client/privacy',
    ])
  })

  for (const [path, heading] of [
    ['/client/cookies', 'Cookies'],
    ['/client/accessibility-statement', 'Accessibility statement for the self-service website'],
    ['/client/help', 'Help and frequently asked questions'],
    ['/client/contact', 'Contact us'],
    ['/client/terms-and-conditions', 'Terms and conditions'],
    ['/client/privacy', 'Privacy notice'],
    ['/client/signed-out', 'You have been signed out'],
  ] as const) {
    it(`shows ${path}`, async () => {
      const response = await request(testApp.app).get(path)
      expect(response.status).to.equal(200)
      expect(textOf(parseHtml(response.text), 'h1')).to.equal(heading)
    })
  }

  it('names the real session cookie and its time-out on the cookies page', async () => {
    const $ = parseHtml((await request(testApp.app).get('/client/cookies')).text)
    expect(textOf($, 'table tbody')).to.contain('cmss_client').and.contain('15 minutes')
  })

  it('gives the Northern Ireland phone number on the Northern Ireland contact page', async () => {
    const ni = (await request(testApp.app).get('/ni/contact')).text
    const gb = (await request(testApp.app).get('/client/contact')).text
    expect(ni).to.contain('0800 028 7439').and.not.contain('0800 171 2345')
    expect(gb).to.contain('0800 171 2345').and.contain('0800 232 1979')
  })

  it('says why the user was signed out after the idle time-out', async () => {
    const $ = parseHtml((await request(testApp.app).get('/client/signed-out?reason=timeout')).text)
    expect(textOf($, 'main')).to.contain('did not do anything for 15 minutes')
    expect($('a.govuk-button').attr('href')).to.equal('/client/sign-in')
  })

  it('shows the staff sign-in pages for both internal tools', async () => {
    const caseworker = await request(testApp.app).get('/caseworker/sign-in')
    expect(caseworker.status).to.equal(200)
    expect(textOf(parseHtml(caseworker.text), '.govuk-service-navigation__service-name')).to.contain(
      'caseworker intranet',
    )
    const tool = await request(testApp.app).get('/receipts-tool/sign-in')
    expect(tool.status).to.equal(200)
    const $ = parseHtml(tool.text)
    expect(textOf($, '.govuk-service-navigation__service-name')).to.equal('Transfer of Receipts to Future Scheme')
    expect($('input#staffId').attr('autocomplete')).to.equal('username')
    expect($('input#password').attr('autocomplete')).to.equal('current-password')
  })

  it('sends the bare tool addresses on to their sign-in pages', async () => {
    expect((await request(testApp.app).get('/caseworker')).headers.location).to.equal('/caseworker/find-a-client')
    expect((await request(testApp.app).get('/caseworker/find-a-client')).headers.location).to.equal(
      '/caseworker/sign-in',
    )
    expect((await request(testApp.app).get('/receipts-tool')).headers.location).to.equal('/receipts-tool/sign-in')
  })

  it('answers the health check when the database is reachable', async () => {
    const response = await request(testApp.app).get('/health')
    expect(response.status).to.equal(200)
    expect(response.body).to.deep.equal({ status: 'ok' })
  })
})
