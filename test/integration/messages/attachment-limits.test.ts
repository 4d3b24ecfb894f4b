import { expect } from 'chai'
import { freePort } from '../../../scripts/free-port.ts'
import { eicarTestBytes } from '../../../services/virus-scan/eicar.ts'
import { docx, pdf, png, pngOfSize } from '../../fixtures/files.ts'
import { parseHtml } from '../../support/html.ts'
import { createTestApp, type TestApp } from '../../support/test-app.ts'
import { sendMessage, signedInClient, type Attachment } from './message-helpers.ts'

const MB = 1024 * 1024

/** Each upload rule, met through the send a message page: the message is kept, the refusal recorded. */
describe('the upload limits on a message’s attachments', function () {
  this.timeout(120_000)
  let testApp: TestApp
  before(async () => {
    testApp = await createTestApp()
  })
  after(() => testApp.close())

  async function refusedWith(attachments: Attachment[], appUnderTest = testApp) {
    const { agent, clientId } = await signedInClient(appUnderTest)
    const response = await sendMessage(agent, { subject: 'generalQuery', message: 'See attached' }, attachments)
    expect(response.status).to.equal(400)
    const $ = parseHtml(response.text)
    expect($('textarea[name="message"]').text()).to.equal('See attached')
    const activities = await appUnderTest.deps.activities.listForClient(clientId)
    expect(activities.every(activity => activity.activityType === 'upload_error')).to.equal(true)
    return {
      summary: $('.govuk-error-summary__list a')
        .map((_index, link) => $(link).text())
        .get(),
      fieldError: $('#attachments-error').text().replace('Error:', '').trim(),
      errorDescriptions: activities.map(activity => activity.errorDescription).reverse(),
    }
  }

  it('judges the type by content: a Word document renamed .png is refused', async () => {
    const result = await refusedWith([{ name: 'payslip.png', content: docx() }])
    expect(result.summary).to.deep.equal(['The selected file must be a JPG, PNG, GIF, TIF or PDF'])
    expect(result.fieldError).to.equal('The selected file must be a JPG, PNG, GIF, TIF or PDF')
    expect(result.errorDescriptions).to.deep.equal(['The document being uploaded is of an incorrect type: payslip.png'])
  })

  it('refuses a file over 5MB', async () => {
    const result = await refusedWith([{ name: 'scan.png', content: pngOfSize(5 * MB + 1) }])
    expect(result.summary).to.deep.equal(['The selected file must be smaller than 5MB'])
    expect(result.errorDescriptions).to.deep.equal(['The file being uploaded is larger than 5MB: scan.png'])
  })

  it('refuses more than 5 files at the same time', async () => {
    const six = Array.from({ length: 6 }, (_item, index) => ({ name: `page-${index + 1}.png`, content: png() }))
    const result = await refusedWith(six)
    expect(result.summary).to.deep.equal(['You can only select up to 5 files at the same time'])
    expect(result.errorDescriptions).to.have.length(6)
  })

  it('refuses a PDF of more than 50 pages', async () => {
    const result = await refusedWith([{ name: 'bank-statements.pdf', content: pdf({ pages: 51 }) }])
    expect(result.summary).to.deep.equal(['The selected file must have 50 pages or fewer'])
    expect(result.errorDescriptions).to.deep.equal([
      'The document being uploaded has more than 50 pages: bank-statements.pdf',
    ])
  })

  it('refuses a file carrying the EICAR test virus, found by the real clamd', async () => {
    const result = await refusedWith([{ name: 'holiday.png', content: png({ extra: eicarTestBytes() }) }])
    expect(result.summary).to.deep.equal(['The selected file contains a virus'])
    expect(result.errorDescriptions).to.deep.equal(['The file being uploaded contains a virus: holiday.png'])
  })

  it('counts the daily limit of 10 documents across messages', async () => {
    const { agent, clientId } = await signedInClient(testApp)
    const five = Array.from({ length: 5 }, (_item, index) => ({ name: `doc-${index + 1}.png`, content: png() }))
    for (const message of ['First', 'Second']) {
      expect((await sendMessage(agent, { subject: 'generalQuery', message }, five)).status).to.equal(302)
    }
    const response = await sendMessage(agent, { subject: 'generalQuery', message: 'Third' }, [
      { name: 'one-more.png', content: png() },
    ])
    expect(response.status).to.equal(400)
    const $ = parseHtml(response.text)
    expect($('.govuk-error-summary__list a').text()).to.equal('You can only upload 10 documents a day')
    expect($('textarea[name="message"]').text()).to.equal('Third')
    const activities = await testApp.deps.activities.listForClient(clientId)
    expect(activities.filter(activity => activity.activityType === 'inbound_message')).to.have.length(2)
    expect(activities[0]!.errorDescription).to.equal('The daily limit has been exceeded: one-more.png')
  })

  it('refuses the files, never taking one unscanned, when the virus scanner cannot be reached', async () => {
    const unreachable = await createTestApp({ uploads: { clamd: { host: '127.0.0.1', port: await freePort() } } })
    try {
      const result = await refusedWith([{ name: 'payslip.png', content: png() }], unreachable)
      expect(result.summary).to.deep.equal(['The selected file could not be uploaded – try again'])
      expect(result.errorDescriptions).to.deep.equal(['The file has failed to upload: payslip.png'])
    } finally {
      await unreachable.close()
    }
  })
})
