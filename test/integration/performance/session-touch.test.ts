import { expect } from 'chai'
import type { SessionData } from 'express-session'
import { DatabaseSessionStore } from '../../../models/session.model.ts'
import { FixedClock } from '../../../services/clock.ts'
import { createTestDatabase, type TestDatabase } from '../../support/test-database.ts'

const IDLE_MS = 15 * 60_000

function call<T>(action: (callback: (error?: unknown, value?: T) => void) => void): Promise<T | undefined> {
  return new Promise((resolve, reject) =>
    action((error, value) =>
      error ? reject(error instanceof Error ? error : new Error('the store failed')) : resolve(value),
    ),
  )
}

/** A request's round trip through the store, as express-session makes it: read, then touch. */
describe('session store writes per request', () => {
  let database: TestDatabase
  let clock: FixedClock
  let store: DatabaseSessionStore
  let statements: string[]
  const data = { cookie: { originalMaxAge: null }, lang: 'en' } as unknown as SessionData
  const recordStatement = (query: { sql: string }) => statements.push(query.sql)

  beforeEach(async () => {
    database = await createTestDatabase()
    clock = new FixedClock('2026-11-23T10:00:00.000Z')
    store = new DatabaseSessionStore(database.db, clock, IDLE_MS)
    await call(callback => store.set('abc', data, callback))
    statements = []
    database.db.on('query', recordStatement)
  })
  afterEach(async () => {
    database.db.off('query', recordStatement)
    await database.destroy()
  })

  const expiry = async () => Number((await database.db('sessions').where({ sid: 'abc' }).first())!.expires_at)

  it('reads a fresh session and touches it without a second statement', async () => {
    clock.advanceMinutes(0.5)
    await call(callback => store.get('abc', callback))
    await call(callback => store.touch('abc', data, callback))
    expect(statements).to.have.length(1)
    expect(statements[0]).to.match(/^select/i)
  })

  it('touches without a statement when the same session’s requests overlap', async () => {
    clock.advanceMinutes(0.5)
    await Promise.all([call(callback => store.get('abc', callback)), call(callback => store.get('abc', callback))])
    await call(callback => store.touch('abc', data, callback))
    await call(callback => store.touch('abc', data, callback))
    expect(statements.filter(sql => !/^select/i.test(sql))).to.deep.equal([])
  })

  it('moves a deadline on once a minute however many requests touch it', async () => {
    clock.advanceMinutes(2)
    await call(callback => store.get('abc', callback))
    await call(callback => store.touch('abc', data, callback))
    await call(callback => store.touch('abc', data, callback))
    expect(statements.filter(sql => /^update/i.test(sql))).to.have.length(1)
    expect(await expiry()).to.equal(clock.now().getTime() + IDLE_MS)
  })

  it('still moves a deadline on once it is more than a minute old', async () => {
    const first = await expiry()
    clock.advanceMinutes(2)
    await call(callback => store.get('abc', callback))
    await call(callback => store.touch('abc', data, callback))
    expect(await expiry()).to.equal(clock.now().getTime() + IDLE_MS)
    expect(await expiry()).to.be.above(first)
  })

  it('does not trust a remembered deadline after the session was saved or destroyed', async () => {
    await call(callback => store.get('abc', callback))
    await call(callback => store.destroy('abc', callback))
    await call(callback => store.touch('abc', data, callback))
    expect(await database.db('sessions').where({ sid: 'abc' }).first()).to.equal(undefined)
    expect(statements.filter(sql => /^update/i.test(sql))).to.have.length(1)
  })
})
