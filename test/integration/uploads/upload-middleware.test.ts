import { expect } from 'chai'
import express, { Router, type Express } from 'express'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import request from 'supertest'
import { setUpBodyParsing } from '../../../middleware/setUpBodyParsing.ts'
import { createCsrfProtection } from '../../../middleware/setUpCsrf.ts'
import { setUpErrorHandlers } from '../../../middleware/setUpErrorHandlers.ts'
import { createLanguageApplier, setUpI18n } from '../../../middleware/setUpI18n.ts'
import { createViewEnvironment, setUpNunjucks } from '../../../middleware/setUpNunjucks.ts'
import { createSessionMiddleware } from '../../../middleware/setUpSession.ts'
import { forRegion } from '../../../middleware/region.ts'
import { createUploadParser, temporaryUploadsOf } from '../../../middleware/upload-files.ts'
import type { TemporaryUpload } from '../../../services/uploads/temporary-upload.ts'
import { docx, png, pngOfSize } from '../../fixtures/files.ts'
import { insertClientRecord } from '../../fixtures/clients.ts'
import { createTestApp, type TestApp } from '../../support/test-app.ts'
import { csrfTokenFrom, parseHtml, textOf } from '../../support/html.ts'
import { reasonsOf } from '../../support/upload-helpers.ts'

const MB = 1024 * 1024

interface Seen extends TemporaryUpload {
  existed: boolean
}

/**
 * The upload middleware as a page will use it: the client session, then multer, then the CSRF
 * check on the parsed body, then the upload service; the real error pages behind it.
 */
function uploadTestApp(testApp: TestApp, temporaryDirectory: string, clientId: number): Express {
  const { deps } = testApp
  const app = express()
  setUpNunjucks(app, createViewEnvironment(deps.config, deps.assetPath))
  const applyLanguage = createLanguageApplier(deps.i18n)
  app.use(setUpI18n(applyLanguage))
  app.use(setUpBodyParsing())
  const csrf = createCsrfProtection()
  const uploadFiles = createUploadParser({ temporaryDirectory })
  const router = Router()
  router.use(forRegion('gb'), ...createSessionMiddleware('client', deps), csrf.exposeToken)
  router.get('/upload', (_req, res) => {
    res.send(`<form><input name="_csrf" value="${(res.locals.csrfToken as () => string)()}"></form>`)
  })
  router.post('/upload', uploadFiles('documents'), csrf.protectUpload, async (req, res) => {
    const files = temporaryUploadsOf(req)
    const seen: Seen[] = files.map(file => ({ ...file, existed: file.path ? fs.existsSync(file.path) : false }))
    const outcome = await deps.documentUploads.accept(clientId, files)
    res.json({ message: (req.body as Record<string, unknown>).message, seen, outcome })
  })
  router.use(csrf.protectForms)
  app.use('/client', router)
  const { notFound, errorHandler } = setUpErrorHandlers(deps.logger, applyLanguage)
  app.use(notFound)
  app.use(errorHandler)
  return app
}

describe('the upload middleware', function () {
  this.timeout(60_000)
  const temporaryDirectory = fs.mkdtempSync(path.join(os.tmpdir(), 'cmss-test-upload-temp-'))
  let testApp: TestApp
  let app: Express

  before(async () => {
    testApp = await createTestApp()
    app = uploadTestApp(testApp, temporaryDirectory, await insertClientRecord(testApp.database.db))
  })
  after(async () => {
    await testApp.close()
    fs.rmSync(temporaryDirectory, { recursive: true, force: true })
  })

  async function signedForm() {
    const agent = request.agent(app)
    const token = csrfTokenFrom((await agent.get('/client/upload')).text)
    return { agent, token }
  }

  async function expectNoTemporaryFiles() {
    for (let attempt = 0; attempt < 50 && fs.readdirSync(temporaryDirectory).length > 0; attempt++) await sleep(20)
    expect(fs.readdirSync(temporaryDirectory)).to.deep.equal([])
  }

  it('streams the files to temporary files, keeps the typed fields, and removes the files afterwards', async () => {
    const { agent, token } = await signedForm()
    const response = await agent
      .post('/client/upload')
      .field('_csrf', token)
      .field('message', 'Here are my payslips – diolch')
      .attach('documents', png(), 'scan.pdf')
      .attach('documents', docx(), { filename: 'llythyr-ŵyr.docx', contentType: 'image/png' })
    expect(response.status).to.equal(200)
    const body = response.body as { message: string; seen: Seen[]; outcome: { results: [] } }
    expect(body.message).to.equal('Here are my payslips – diolch')
    expect(body.seen.map(file => [file.originalName, file.existed, file.exceededSizeLimit])).to.deep.equal([
      ['scan.pdf', true, false],
      ['llythyr-ŵyr.docx', true, false],
    ])
    expect(body.seen[0]?.path?.startsWith(temporaryDirectory)).to.equal(true)
    expect(reasonsOf(body.outcome)).to.deep.equal(['accepted', 'wrongType'])
    await expectNoTemporaryFiles()
  })

  it('stops keeping a file past 5 MB but reads on, so the client gets an error for it', async () => {
    const { agent, token } = await signedForm()
    const response = await agent
      .post('/client/upload')
      .field('_csrf', token)
      .field('message', 'typed text')
      .attach('documents', pngOfSize(6 * MB), 'big.png')
      .attach('documents', png(), 'small.png')
    const body = response.body as { message: string; seen: Seen[]; outcome: { results: [] } }
    expect(response.status).to.equal(200)
    expect(body.message).to.equal('typed text')
    expect(body.seen[0]).to.deep.include({ sizeBytes: 6 * MB, exceededSizeLimit: true, existed: false })
    expect(body.seen[0]).not.to.have.property('path')
    expect(reasonsOf(body.outcome)).to.deep.equal(['tooLarge', 'accepted'])
    await expectNoTemporaryFiles()
  })

  it('keeps no more than 5 files, so a larger selection is refused with one message', async () => {
    const { agent, token } = await signedForm()
    let post = agent.post('/client/upload').field('_csrf', token)
    for (let index = 0; index < 7; index++) post = post.attach('documents', png(), `page-${index}.png`)
    const body = (await post).body as { seen: Seen[]; outcome: { results: [] } }
    expect(body.seen.map(file => file.existed)).to.deep.equal([true, true, true, true, true, false, false])
    expect(reasonsOf(body.outcome)).to.deep.equal(new Array(7).fill('tooManyFiles'))
    await expectNoTemporaryFiles()
  })

  it('ignores an empty file input (no file chosen)', async () => {
    const { agent, token } = await signedForm()
    const response = await agent
      .post('/client/upload')
      .field('_csrf', token)
      .attach('documents', Buffer.alloc(0), { filename: '', contentType: 'application/octet-stream' })
    expect((response.body as { seen: Seen[] }).seen).to.deep.equal([])
  })

  it('refuses an upload without the CSRF token, after reading it, and removes its files', async () => {
    const { agent } = await signedForm()
    const response = await agent.post('/client/upload').field('_csrf', 'forged').attach('documents', png(), 'a.png')
    expect(response.status).to.equal(403)
    expect(textOf(parseHtml(response.text), 'h1')).to.equal('Sorry, the page has expired')
    await expectNoTemporaryFiles()
  })

  it('refuses outright, with the “too large” page, more than 10 files in one request', async () => {
    const { agent, token } = await signedForm()
    let post = agent.post('/client/upload').field('_csrf', token)
    for (let index = 0; index < 11; index++) post = post.attach('documents', png(), `page-${index}.png`)
    const response = await post
    expect(response.status).to.equal(413)
    expect(textOf(parseHtml(response.text), 'h1')).to.equal('Sorry, there is a problem with what you sent')
    await expectNoTemporaryFiles()
  })

  it('refuses outright a file of more than 25 MB', async () => {
    const { agent, token } = await signedForm()
    const response = await agent
      .post('/client/upload')
      .field('_csrf', token)
      .attach('documents', pngOfSize(26 * MB), 'enormous.png')
    expect(response.status).to.equal(413)
    await expectNoTemporaryFiles()
  })

  it('refuses files sent under another field name', async () => {
    const { agent, token } = await signedForm()
    const response = await agent.post('/client/upload').field('_csrf', token).attach('other', png(), 'a.png')
    expect(response.status).to.equal(413)
    await expectNoTemporaryFiles()
  })
})
