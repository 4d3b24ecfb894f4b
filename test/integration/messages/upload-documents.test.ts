import { expect } from 'chai'
import request from 'supertest'
import { eicarTestBytes } from '../../../services/virus-scan/eicar.ts'
import { docx, pdf, png, pngOfSize } from '../../fixtures/files.ts'
import { parseHtml, textOf } from '../../support/html.ts'
import { createTestApp, type TestApp } from '../../support/test-app.ts'
import { signedInClient, uploadDocuments } from './message-helpers.ts'

const MB = 1024 * 1024

describe('uploading documents on their own', function () {
  this.timeout(120_000)
  let testApp: TestApp
  before(async () => {
    testApp = await createTestApp()
  })
  after(() => testApp.close())

  const errorsOn = (html: string) => {
    const $ = parseHtml(html)
    return $('.govuk-error-summary__list a')
      .map((_index, link) => `${$(link).attr('href')} ${$(link).text()}`)
      .get()
  }

  it('shows the upload page with a multiple file input', async () => {
    const { agent } = await signedInClient(testApp)
    const response = await agent.get('/client/messages/upload-documents')
    expect(response.status).to.equal(200)
    const $ = parseHtml(response.text)
    expect(textOf($, 'h1')).to.equal('Upload documents')
    expect($('input[type="file"][name="documents"]').attr('multiple')).to.not.equal(undefined)
  })

  it('takes the documents as a Self Service inbound activity and confirms', async () => {
    const { agent, clientId } = await signedInClient(testApp)
    const response = await uploadDocuments(agent, [
      { name: 'payslip.png', content: png() },
      { name: 'statement.pdf', content: pdf({ pages: 3 }) },
    ])
    expect(response.status).to.equal(302)
    expect(response.headers.location).to.equal('/client/messages/upload-documents/done')
    const done = await agent.get(response.headers.location!)
    expect(textOf(parseHtml(done.text), 'h1')).to.equal('Documents uploaded')
    const activities = await testApp.deps.activities.listForClient(clientId)
    expect(activities.map(activity => activity.activityType)).to.deep.equal(['inbound_upload'])
    const documents = await testApp.deps.documents.listForOwner(clientId)
    expect(documents.map(document => [document.originalFileName, document.pageCount]).sort()).to.deep.equal([
      ['payslip.png', null],
      ['statement.pdf', 3],
    ])
  })

  it('asks for a file when none is chosen', async () => {
    const { agent } = await signedInClient(testApp)
    const response = await uploadDocuments(agent, [])
    expect(response.status).to.equal(400)
    expect(errorsOn(response.text)).to.deep.equal(['#documents Select a file to upload'])
  })

  it('gives one error per refused file, names the files it took, and records each refusal', async () => {
    const { agent, clientId } = await signedInClient(testApp)
    const response = await uploadDocuments(agent, [
      { name: 'good.png', content: png() },
      { name: 'renamed.pdf', content: docx() },
      { name: 'huge.png', content: pngOfSize(5 * MB + 10) },
      { name: 'long.pdf', content: pdf({ pages: 51 }) },
      { name: 'virus.png', content: png({ extra: eicarTestBytes() }) },
    ])
    expect(response.status).to.equal(400)
    expect(errorsOn(response.text)).to.deep.equal([
      '#documents renamed.pdf must be a JPG, PNG, GIF, TIF or PDF',
      '#documents huge.png must be smaller than 5MB',
      '#documents long.pdf must have 50 pages or fewer',
      '#documents virus.png contains a virus',
    ])
    expect(textOf(parseHtml(response.text), '[data-test="accepted-files"]')).to.equal('good.png')
    const activities = await testApp.deps.activities.listForClient(clientId)
    expect(activities.filter(activity => activity.activityType === 'upload_error')).to.have.length(4)
    expect(activities.filter(activity => activity.activityType === 'inbound_upload')).to.have.length(1)
  })

  it('refuses more than 5 files at once, and the 11th document of the day', async () => {
    const { agent } = await signedInClient(testApp)
    const files = (count: number) =>
      Array.from({ length: count }, (_item, index) => ({ name: `${index}.png`, content: png() }))
    expect(errorsOn((await uploadDocuments(agent, files(6))).text)).to.deep.equal([
      '#documents You can only select up to 5 files at the same time',
    ])
    expect((await uploadDocuments(agent, files(5))).status).to.equal(302)
    expect((await uploadDocuments(agent, files(5))).status).to.equal(302)
    expect(errorsOn((await uploadDocuments(agent, files(1))).text)).to.deep.equal([
      '#documents You can only upload 10 documents a day',
    ])
  })

  it('refuses an upload without the form’s CSRF token, and anyone not signed in', async () => {
    const { agent } = await signedInClient(testApp)
    const forged = await agent.post('/client/messages/upload-documents').attach('documents', png(), 'a.png')
    expect(forged.status).to.equal(403)
    const anonymous = await request(testApp.app).get('/client/messages/upload-documents')
    expect(anonymous.headers.location).to.equal('/client/sign-in')
  })
})
