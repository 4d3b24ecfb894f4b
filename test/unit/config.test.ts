import { expect } from 'chai'
import { assertSafeForProduction, loadConfig } from '../../config.ts'
import { testConfig } from '../support/test-app.ts'

describe('configuration', () => {
  const saved = { ...process.env }
  afterEach(() => {
    process.env = { ...saved }
  })

  it('uses safe local defaults', () => {
    delete process.env.PORT
    delete process.env.DATABASE_URL
    process.env.NODE_ENV = 'development'
    const config = loadConfig()
    expect(config.port).to.equal(3000)
    expect(config.databaseUrl).to.equal(undefined)
    expect(config.sqliteFile).to.match(/data\/child-maintenance\.sqlite3$/)
    expect(config.sessionIdleMinutes).to.equal(15)
    expect(config.seedDemoData).to.equal(true)
  })

  it('reads the port and database URL from the environment', () => {
    process.env.PORT = '8080'
    process.env.DATABASE_URL = 'postgres://localhost/cmss'
    const config = loadConfig()
    expect(config.port).to.equal(8080)
    expect(config.databaseUrl).to.equal('postgres://localhost/cmss')
  })

  it('refuses a port that is not a whole number', () => {
    process.env.PORT = 'eighty'
    expect(() => loadConfig()).to.throw('PORT must be a whole number')
  })

  it('refuses to start in production with the default session secret', () => {
    expect(() => assertSafeForProduction(testConfig({ env: 'production' }))).to.throw('SESSION_SECRET')
  })

  it('refuses to start in production with the default PIN key', () => {
    const config = testConfig({ env: 'production', sessionSecret: 'x'.repeat(40) })
    expect(() => assertSafeForProduction(config)).to.throw('PIN_ENCRYPTION_KEY')
  })

  it('starts in production with its own secrets', () => {
    const config = testConfig({
      env: 'production',
      sessionSecret: 'x'.repeat(40),
      pinEncryptionKey: Buffer.alloc(32, 7),
    })
    expect(() => assertSafeForProduction(config)).not.to.throw()
  })

  it('does not load demo data in production unless asked', () => {
    process.env.NODE_ENV = 'production'
    process.env.SESSION_SECRET = 'y'.repeat(40)
    process.env.PIN_ENCRYPTION_KEY = Buffer.alloc(32, 9).toString('base64')
    expect(loadConfig().seedDemoData).to.equal(false)
  })
})
