import { expect } from 'chai'
import express, { Router } from 'express'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { setUpErrorHandlers } from '../../../middleware/setUpErrorHandlers.ts'
import { createLanguageApplier, setUpI18n } from '../../../middleware/setUpI18n.ts'
import { createViewEnvironment, setUpNunjucks } from '../../../middleware/setUpNunjucks.ts'
import { createSessionMiddleware } from '../../../middleware/setUpSession.ts'
import { forRegion } from '../../../middleware/region.ts'
import { parseHtml, textOf } from '../../support/html.ts'
import { createTestApp, type TestApp } from '../../support/test-app.ts'

/**
 * The client session in front of two pages that start a session: one fails as a busy database
 * does (the problem page), one succeeds. Counts the connections the server accepts, so a test can
 * tell whether the server cut the connection after answering.
 */
async function serve(testApp: TestApp) {
  const { deps } = testApp
  const app = express()
  setUpNunjucks(app, createViewEnvironment(deps.config, deps.assetPath))
  const applyLanguage = createLanguageApplier(deps.i18n)
  app.use(setUpI18n(applyLanguage))
  const router = Router()
  router.use(forRegion('gb'), ...createSessionMiddleware('client', deps))
  router.get('/busy', (req, _res, next) => {
    req.session.lang = 'en'
    next(Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' }))
  })
  router.get('/done', (req, res) => {
    req.session.lang = 'en'
    res.send('done')
  })
  app.use('/client', router)
  const { notFound, errorHandler } = setUpErrorHandlers(deps.logger, applyLanguage)
  app.use(notFound)
  app.use(errorHandler)

  const server = http.createServer(app)
  let connections = 0
  server.on('connection', () => (connections += 1))
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/client`
  return {
    url,
    connections: () => connections,
    close: () => new Promise<void>(resolve => server.close(() => resolve())),
  }
}

/** Sessions can be read but no longer written, as when another connection holds the write lock. */
async function refuseSessionWrites(testApp: TestApp) {
  for (const event of ['insert', 'update'])
    await testApp.database.db.raw(
      `create trigger refuse_session_${event} before ${event} on sessions begin select raise(abort, 'database is locked'); end`,
    )
}

describe('a session that cannot be stored at the end of a request', () => {
  let testApp: TestApp
  let server: Awaited<ReturnType<typeof serve>>
  beforeEach(async function () {
    // SQLite triggers stand in for the failure; the PostgreSQL run proves the same in test/load.
    if (process.env.DATABASE_URL) this.skip()
    testApp = await createTestApp()
    server = await serve(testApp)
    await refuseSessionWrites(testApp)
  })
  afterEach(async () => {
    await server?.close()
    await testApp?.close()
  })

  /** Two requests one after the other on one keep-alive connection, unless the server cut it. */
  async function twice(path: string) {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 })
    const get = () =>
      new Promise<{ status: number; text: string }>((resolve, reject) => {
        http
          .get(`${server.url}${path}`, { agent }, response => {
            let text = ''
            response.setEncoding('utf8')
            response.on('data', (chunk: string) => (text += chunk))
            response.on('end', () => resolve({ status: response.statusCode!, text }))
            response.on('error', reject)
          })
          .on('error', reject)
      })
    const first = await get()
    await new Promise(resolve => setTimeout(resolve, 50))
    const second = await get()
    agent.destroy()
    return { first, second }
  }

  it('still sends the whole problem page and keeps the connection open', async () => {
    const { first, second } = await twice('/busy')
    for (const reply of [first, second]) {
      expect(reply.status).to.equal(503)
      expect(textOf(parseHtml(reply.text), 'h1')).to.equal('Sorry, there is a problem with the service')
      expect(reply.text.trimEnd()).to.match(/<\/html>$/)
    }
    expect(server.connections(), 'connections the server accepted').to.equal(1)
  })

  it('cuts the connection after a success, so a page whose session was lost never looks complete', async () => {
    await twice('/done')
    expect(server.connections(), 'connections the server accepted').to.equal(2)
  })
})
