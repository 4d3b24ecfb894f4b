import { expect } from 'chai'
import { pino } from 'pino'
import { ClamdScanner, interpretReply } from '../../../services/virus-scan/clamd-scanner.ts'
import { EicarOnlyTestScanner } from '../../../services/virus-scan/eicar-test-scanner.ts'
import { createVirusScanner } from '../../../services/virus-scan/index.ts'
import { testConfig, testUploadsConfig } from '../../support/test-app.ts'

function recordingLogger() {
  const lines: string[] = []
  const logger = pino({ level: 'info' }, { write: (line: string) => lines.push(line) })
  return { logger, lines }
}

describe('virus scanner choice', () => {
  it('uses clamd when it is configured', () => {
    const { logger } = recordingLogger()
    const config = testConfig({ uploads: testUploadsConfig({ clamd: { host: '127.0.0.1', port: 3310 } }) })
    const scanner = createVirusScanner(config, logger)
    expect(scanner).to.be.instanceOf(ClamdScanner)
    expect(scanner.description).to.equal('clamd on 127.0.0.1:3310')
  })

  it('falls back outside production to the EICAR-only stand-in, saying loudly that it is not a scanner', () => {
    const { logger, lines } = recordingLogger()
    const config = testConfig({ env: 'development', uploads: testUploadsConfig({ clamd: undefined }) })
    const scanner = createVirusScanner(config, logger)
    expect(scanner).to.be.instanceOf(EicarOnlyTestScanner)
    expect(lines.join('')).to.contain('It is NOT a virus scanner')
  })

  it('refuses to run in production without clamd', () => {
    const { logger } = recordingLogger()
    const config = testConfig({ env: 'production', uploads: testUploadsConfig({ clamd: undefined }) })
    expect(() => createVirusScanner(config, logger)).to.throw('CLAMD_HOST')
  })
})

describe('clamd replies', () => {
  it('treats only "stream: OK" as clean', () => {
    expect(interpretReply('stream: OK\0')).to.deep.equal({ outcome: 'clean' })
    expect(interpretReply('stream: OK and more\0').outcome).to.equal('failed')
    expect(interpretReply('').outcome).to.equal('failed')
  })

  it('reads the signature of a virus', () => {
    expect(interpretReply('stream: Eicar-Test-Signature.UNOFFICIAL FOUND\0')).to.deep.equal({
      outcome: 'infected',
      signature: 'Eicar-Test-Signature.UNOFFICIAL',
    })
  })

  it('fails, never passes, a file too big to scan or a clamd error', () => {
    expect(interpretReply('stream: Heuristics.Limits.Exceeded.MaxFileSize FOUND\0').outcome).to.equal('failed')
    expect(interpretReply('INSTREAM size limit exceeded. ERROR\0').outcome).to.equal('failed')
    expect(interpretReply('UNKNOWN COMMAND\0').outcome).to.equal('failed')
  })
})
