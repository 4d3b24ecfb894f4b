import { expect } from 'chai'
import { createTestDatabase, type TestDatabase } from '../../support/test-database.ts'

/**
 * Each app process keeps several SQLite connections. A transaction that reads and then writes must
 * wait for one that is already writing, not be refused (a plain BEGIN lets both read the same
 * value, and then SQLite refuses the second write) and not lose the first one's change.
 */
describe('SQLite transactions from several connections', () => {
  let database: TestDatabase
  beforeEach(async function () {
    if (process.env.DATABASE_URL) this.skip()
    database = await createTestDatabase()
    await database.db.schema.createTable('tally', table => table.integer('value').notNullable())
    await database.db('tally').insert({ value: 0 })
  })
  afterEach(() => database?.destroy())

  const tally = async () => (await database.db<{ value: number }>('tally').first('value'))!.value

  /** Reads the tally, waits for `pause`, then writes it back one higher. */
  function addOne(pause: Promise<void>) {
    return database.db.transaction(async trx => {
      const { value } = (await trx<{ value: number }>('tally').first('value'))!
      await pause
      await trx('tally').update({ value: value + 1 })
    })
  }

  it('queues a read-then-write transaction behind another instead of refusing it or losing a write', async () => {
    let release!: () => void
    const held = new Promise<void>(resolve => (release = resolve))
    const first = addOne(held)
    // The second starts while the first has read and not yet written.
    await new Promise(resolve => setTimeout(resolve, 50))
    const second = addOne(Promise.resolve())
    await new Promise(resolve => setTimeout(resolve, 100))
    release()
    const outcomes = await Promise.allSettled([first, second])
    expect(outcomes.map(outcome => outcome.status)).to.deep.equal(['fulfilled', 'fulfilled'])
    expect(await tally()).to.equal(2)
  })

  it('still reads beside a transaction that holds the write lock', async () => {
    let release!: () => void
    const held = new Promise<void>(resolve => (release = resolve))
    const writing = addOne(held)
    await new Promise(resolve => setTimeout(resolve, 50))
    const started = Date.now()
    expect(await tally()).to.equal(0)
    expect(Date.now() - started).to.be.below(1000)
    release()
    await writing
  })
})
