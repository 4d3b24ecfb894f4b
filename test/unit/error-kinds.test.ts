import { expect } from 'chai'
import { isDatabaseUnavailable } from '../../middleware/setUpErrorHandlers.ts'

describe('database unavailable errors', () => {
  it('recognises a busy or unreachable database', () => {
    expect(isDatabaseUnavailable(Object.assign(new Error('busy'), { code: 'SQLITE_BUSY' }))).to.equal(true)
    expect(isDatabaseUnavailable(Object.assign(new Error('refused'), { code: 'ECONNREFUSED' }))).to.equal(true)
    expect(isDatabaseUnavailable(Object.assign(new Error('timeout'), { name: 'KnexTimeoutError' }))).to.equal(true)
    expect(isDatabaseUnavailable(Object.assign(new Error('lock timeout'), { code: '55P03' }))).to.equal(true)
  })

  it('recognises a PostgreSQL connection lost under a query or a transaction', () => {
    expect(isDatabaseUnavailable(new Error('select * from "clients" - Connection terminated unexpectedly'))).to.equal(
      true,
    )
    expect(
      isDatabaseUnavailable(new Error('ROLLBACK - Client has encountered a connection error and is not queryable')),
    ).to.equal(true)
    expect(isDatabaseUnavailable(new Error('Client was closed and is not queryable'))).to.equal(true)
    expect(isDatabaseUnavailable(new Error('timeout expired')), 'connection timeout').to.equal(true)
  })

  it('does not mistake other failures for it', () => {
    expect(isDatabaseUnavailable(new Error('boom'))).to.equal(false)
    expect(isDatabaseUnavailable(Object.assign(new Error('constraint'), { code: 'SQLITE_CONSTRAINT' }))).to.equal(false)
    expect(isDatabaseUnavailable(new Error('Connection terminated'))).to.equal(false)
    expect(isDatabaseUnavailable(new Error('Payment provider: timeout expired'))).to.equal(false)
    expect(isDatabaseUnavailable(null)).to.equal(false)
  })
})
