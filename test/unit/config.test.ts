import { expect } from 'chai'
import { assertSafeForProduction, loadConfig } from '../../config.ts'
import { testConfig, testUploadsConfig } from '../support/test-app.ts'

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
      bankDetailsEncryptionKey: Buffer.alloc(32, 8),
      uploads: testUploadsConfig({ clamd: { host: 'clamd.internal', port: 3310 } }),
      govukPayApiKey: 'api_live_example',
    })
    expect(() => assertSafeForProduction(config)).not.to.throw()
  })

  it('refuses to take card payments through the sandbox in production unless a staging service asks to', () => {
    const production = {
      env: 'production' as const,
      sessionSecret: 'x'.repeat(40),
      pinEncryptionKey: Buffer.alloc(32, 7),
      bankDetailsEncryptionKey: Buffer.alloc(32, 8),
      uploads: testUploadsConfig({ clamd: { host: 'clamd.internal', port: 3310 } }),
    }
    expect(() => assertSafeForProduction(testConfig(production))).to.throw('GOVUK_PAY_API_KEY')
    expect(() =>
      assertSafeForProduction(testConfig({ ...production, paymentSandboxInProduction: true })),
    ).not.to.throw()
  })

  it('refuses to start in production with the default bank details key', () => {
    const config = testConfig({
      env: 'production',
      sessionSecret: 'x'.repeat(40),
      pinEncryptionKey: Buffer.alloc(32, 7),
      uploads: testUploadsConfig({ clamd: { host: 'clamd.internal', port: 3310 } }),
      govukPayApiKey: 'api_live_example',
    })
    expect(() => assertSafeForProduction(config)).to.throw('BANK_DETAILS_ENCRYPTION_KEY')
  })

  it('refuses to start in production without clamd to scan uploads', () => {
    const config = testConfig({
      env: 'production',
      sessionSecret: 'x'.repeat(40),
      pinEncryptionKey: Buffer.alloc(32, 7),
      uploads: testUploadsConfig({ clamd: undefined }),
      govukPayApiKey: 'api_live_example',
    })
    expect(() => assertSafeForProduction(config)).to.throw('CLAMD_HOST')
  })

  it('reads where clamd listens and where documents are kept', () => {
    delete process.env.CLAMD_SOCKET
    process.env.CLAMD_HOST = '10.0.0.5'
    process.env.CLAMD_PORT = '3311'
    process.env.DOCUMENT_STORAGE_DIR = '/srv/cmss/documents'
    const { uploads } = loadConfig()
    expect(uploads.clamd).to.deep.equal({ host: '10.0.0.5', port: 3311 })
    expect(uploads.storageDirectory).to.equal('/srv/cmss/documents')
    process.env.CLAMD_SOCKET = '/run/clamav/clamd.ctl'
    expect(loadConfig().uploads.clamd).to.deep.equal({ socket: '/run/clamav/clamd.ctl' })
  })

  it('keeps documents under data/ by default and runs without clamd outside production', () => {
    for (const name of ['CLAMD_SOCKET', 'CLAMD_HOST', 'CLAMD_PORT', 'DOCUMENT_STORAGE_DIR']) delete process.env[name]
    process.env.NODE_ENV = 'development'
    const { uploads } = loadConfig()
    expect(uploads.clamd).to.equal(undefined)
    expect(uploads.storageDirectory).to.match(/data\/documents$/)
  })

  it('sends caseworkers’ email responses from the seed’s address unless configured', () => {
    delete process.env.CASEWORKER_EMAIL_SENDER
    expect(loadConfig().caseworkerEmailSender).to.equal('internal.cmg@dwp.gsi.gov.uk')
    process.env.CASEWORKER_EMAIL_SENDER = 'replies@cms.example'
    expect(loadConfig().caseworkerEmailSender).to.equal('replies@cms.example')
    delete process.env.CASEWORKER_EMAIL_SENDER
  })

  it('does not load demo data in production unless asked', () => {
    process.env.NODE_ENV = 'production'
    process.env.SESSION_SECRET = 'y'.repeat(40)
    process.env.PIN_ENCRYPTION_KEY = Buffer.alloc(32, 9).toString('base64')
    process.env.BANK_DETAILS_ENCRYPTION_KEY = Buffer.alloc(32, 10).toString('base64')
    process.env.CLAMD_HOST = 'clamd.internal'
    process.env.GOVUK_PAY_API_KEY = 'api_live_example'
    expect(loadConfig().seedDemoData).to.equal(false)
  })
})
