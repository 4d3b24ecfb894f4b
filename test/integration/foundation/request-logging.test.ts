import { expect } from 'chai'
import request from 'supertest'
import { createLogger } from '../../../services/logger.ts'
import { createTestApp, type TestApp } from '../../support/test-app.ts'
import { collectLines } from '../../support/log-lines.ts'

/* One line per request at info level, with the path but never the query; above info, none. */

function appLoggingAt(logLevel: 'info' | 'error', lines: string[]): Promise<TestApp> {
  return createTestApp({ overrides: { logger: createLogger({ logLevel }, collectLines(lines)) } })
}

describe('request logging', () => {
  it('logs each page request at info level with its path and status, leaving out the query', async () => {
    const lines: string[] = []
    const testApp = await appLoggingAt('info', lines)
    try {
      await request(testApp.app).get('/client?lang=cy&crn=121004000034').expect(200)
      const logged = lines.map(line => JSON.parse(line) as Record<string, unknown>)
      expect(logged.map(line => line.req)).to.deep.equal([{ method: 'GET', path: '/client' }])
      expect(logged[0]!.res).to.deep.equal({ statusCode: 200 })
      expect(lines.join('')).not.to.contain('121004000034')
    } finally {
      await testApp.close()
    }
  })

  it('logs no request lines when the level is above info', async () => {
    const lines: string[] = []
    const testApp = await appLoggingAt('error', lines)
    try {
      await request(testApp.app).get('/client').expect(200)
      await request(testApp.app).get('/client/no-such-page').expect(404)
      expect(lines).to.deep.equal([])
    } finally {
      await testApp.close()
    }
  })
})
