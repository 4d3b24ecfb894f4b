import { expect } from 'chai'
import type { SessionData } from 'express-session'
import { DatabaseSessionStore, pruneExpiredSessions } from '../../../models/session.model.ts'
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

describe('database session store', () => {
  let database: TestDatabase
  let clock: FixedClock
  let store: DatabaseSessionStore
  const data = { cookie: { originalMaxAge: null }, lang: 'cy' } as unknown as SessionData

  beforeEach(async () => {
    database = await createTestDatabase()
    clock = new FixedClock('2026-11-23T10:00:00.000Z')
    store = new DatabaseSessionStore(database.db, clock, IDLE_MS)
  })
  afterEach(() => database.destroy())

  async function expiry(sid: string): Promise<number> {
    const row = await database.db('sessions').where({ sid }).first()
    return Number(row!.expires_at)
  }

  it('gives back what it stored until the idle deadline passes', async () => {
    await call(callback => store.set('abc', data, callback))
    expect(await call<SessionData | null>(callback => store.get('abc', callback))).to.deep.include({ lang: 'cy' })
    clock.advanceMinutes(16)
    expect(await call<SessionData | null>(callback => store.get('abc', callback))).to.equal(null)
  })

  it('moves the deadline on at most once a minute', async () => {
    await call(callback => store.set('abc', data, callback))
    const first = await expiry('abc')
    clock.advanceMinutes(0.5)
    await call(callback => store.touch('abc', data, callback))
    expect(await expiry('abc')).to.equal(first)
    clock.advanceMinutes(2)
    await call(callback => store.touch('abc', data, callback))
    expect(await expiry('abc')).to.equal(clock.now().getTime() + IDLE_MS)
  })

  it('does not bring an expired session back to life', async () => {
    await call(callback => store.set('abc', data, callback))
    clock.advanceMinutes(20)
    await call(callback => store.touch('abc', data, callback))
    expect(await call<SessionData | null>(callback => store.get('abc', callback))).to.equal(null)
  })

  it('forgets a destroyed session at once', async () => {
    await call(callback => store.set('abc', data, callback))
    await call(callback => store.destroy('abc', callback))
    expect(await database.db('sessions').where({ sid: 'abc' }).first()).to.equal(undefined)
  })

  it('prunes only sessions past their deadline', async () => {
    await call(callback => store.set('old', data, callback))
    clock.advanceMinutes(10)
    await call(callback => store.set('new', data, callback))
    clock.advanceMinutes(6)
    expect(await pruneExpiredSessions(database.db, clock)).to.equal(1)
    expect((await database.db('sessions').select('sid')).map(row => row.sid)).to.deep.equal(['new'])
  })
})
