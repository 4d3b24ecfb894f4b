import { expect } from 'chai'
import type { Request, Response } from 'express'
import { Writable } from 'node:stream'
import { setUpRequestLogging } from '../../../middleware/setUpRequestLogging.ts'
import { createLogger } from '../../../services/logger.ts'

const nowhere = new Writable({ write: (_chunk, _encoding, done) => done() })

function run(logLevel: 'info' | 'error'): { req: Record<string, unknown>; calledNext: boolean } {
  const req = { method: 'GET', url: '/client', headers: {} }
  const res = { on: () => res, statusCode: 200, getHeader: () => undefined, setHeader: () => undefined }
  let calledNext = false
  setUpRequestLogging(createLogger({ logLevel }, nowhere))(
    req as unknown as Request,
    res as unknown as Response,
    () => (calledNext = true),
  )
  return { req, calledNext }
}

describe('request logging set-up', () => {
  it('gives each request a logger when request lines are logged (info)', () => {
    const { req, calledNext } = run('info')
    expect(calledNext).to.equal(true)
    expect(req).to.have.property('log')
  })

  it('does nothing per request when the level is above info', () => {
    const { req, calledNext } = run('error')
    expect(calledNext).to.equal(true)
    expect(req).to.deep.equal({ method: 'GET', url: '/client', headers: {} })
  })
})
