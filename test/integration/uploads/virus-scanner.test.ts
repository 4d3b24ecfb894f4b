import { expect } from 'chai'
import net from 'node:net'
import { startClamd, type ClamdDaemon } from '../../../scripts/clamd-daemon.ts'
import { ClamdScanner } from '../../../services/virus-scan/clamd-scanner.ts'
import { eicarTestBytes } from '../../../services/virus-scan/eicar.ts'
import { EicarOnlyTestScanner } from '../../../services/virus-scan/eicar-test-scanner.ts'
import { clamdForTests, type TestClamd } from '../../support/clamd.ts'
import { TemporaryFiles } from '../../support/temporary-files.ts'
import { png, pngOfSize } from '../../fixtures/files.ts'

/** A stand-in clamd that answers each connection as the test says, to reach the failures a real one rarely gives. */
async function fakeClamd(answer: (socket: net.Socket) => void): Promise<{ port: number; close(): Promise<void> }> {
  const sockets = new Set<net.Socket>()
  const server = net.createServer(socket => {
    sockets.add(socket)
    socket.on('error', () => undefined)
    answer(socket)
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as net.AddressInfo
  return {
    port,
    close: () =>
      new Promise<void>(resolve => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      }),
  }
}

describe('virus scanning', function () {
  this.timeout(60_000)
  const files = new TemporaryFiles()
  const eicar = () => files.write(Buffer.concat([Buffer.from('Attached: '), eicarTestBytes(), Buffer.from('\n')]))
  let clamd: TestClamd

  before(async () => {
    clamd = await clamdForTests()
  })
  after(async () => {
    await clamd.stop()
    files.remove()
  })

  describe('through the real clamd', () => {
    it('finds the EICAR test file, anywhere in a file', async () => {
      const scanner = new ClamdScanner(clamd.address)
      const result = await scanner.scan(eicar())
      expect(result.outcome).to.equal('infected')
      const inPng = await scanner.scan(files.write(png({ extra: eicarTestBytes() })))
      expect(inPng.outcome).to.equal('infected')
    })

    it('passes a clean file, up to the 5 MB limit', async () => {
      const scanner = new ClamdScanner(clamd.address)
      expect(await scanner.scan(files.write(png()))).to.deep.equal({ outcome: 'clean' })
      expect(await scanner.scan(files.write(pngOfSize(5 * 1024 * 1024)))).to.deep.equal({ outcome: 'clean' })
    })

    it('answers PING', async () => {
      expect(await new ClamdScanner(clamd.address).ping()).to.equal(true)
    })

    it('fails a file it cannot read', async () => {
      const result = await new ClamdScanner(clamd.address).scan(`${files.directory}/missing`)
      expect(result.outcome).to.equal('failed')
    })
  })

  describe('with a clamd of our own', () => {
    let daemon: ClamdDaemon | undefined
    afterEach(async () => {
      await daemon?.stop()
      daemon = undefined
    })

    it('scans over the local socket too', async () => {
      daemon = await startClamd()
      const scanner = new ClamdScanner({ socket: daemon.socket })
      expect((await scanner.scan(eicar())).outcome).to.equal('infected')
      expect((await scanner.scan(files.write(png()))).outcome).to.equal('clean')
    })

    it('refuses, never passes, once the scanner has stopped', async () => {
      daemon = await startClamd()
      const scanner = new ClamdScanner({ host: daemon.host, port: daemon.port }, 2000)
      const clean = files.write(png())
      expect((await scanner.scan(clean)).outcome).to.equal('clean')
      await daemon.stop()
      const result = await scanner.scan(clean)
      expect(result.outcome).to.equal('failed')
      expect(await scanner.ping()).to.equal(false)
    })

    it('reports a file over its size limit instead of passing it unscanned (AlertExceedsMax)', async () => {
      daemon = await startClamd({ maxFileSize: '1M' })
      const scanner = new ClamdScanner({ host: daemon.host, port: daemon.port })
      const result = await scanner.scan(files.write(pngOfSize(2 * 1024 * 1024)))
      expect(result.outcome).to.equal('failed')
      expect(result.outcome === 'failed' && result.reason).to.contain('Heuristics.Limits.Exceeded')
    })
  })

  describe('failures a real clamd can give', () => {
    it('fails on an ERROR reply', async () => {
      const fake = await fakeClamd(socket => socket.end('INSTREAM size limit exceeded. ERROR\0'))
      const result = await new ClamdScanner({ host: '127.0.0.1', port: fake.port }, 2000).scan(files.write(png()))
      await fake.close()
      expect(result.outcome).to.equal('failed')
    })

    it('fails when clamd never answers', async () => {
      const fake = await fakeClamd(socket => socket.resume())
      const started = Date.now()
      const result = await new ClamdScanner({ host: '127.0.0.1', port: fake.port }, 300).scan(files.write(png()))
      await fake.close()
      expect(result).to.deep.include({ outcome: 'failed' })
      expect(Date.now() - started).to.be.lessThan(5000)
    })

    it('fails when clamd closes the connection without a reply', async () => {
      const fake = await fakeClamd(socket => socket.destroy())
      const result = await new ClamdScanner({ host: '127.0.0.1', port: fake.port }, 2000).scan(files.write(png()))
      await fake.close()
      expect(result.outcome).to.equal('failed')
    })

    it('fails when nothing listens', async () => {
      const fake = await fakeClamd(socket => socket.destroy())
      await fake.close()
      const result = await new ClamdScanner({ host: '127.0.0.1', port: fake.port }, 2000).scan(files.write(png()))
      expect(result.outcome).to.equal('failed')
    })
  })

  describe('the development stand-in', () => {
    it('recognises the EICAR test file, even across read chunks', async () => {
      const scanner = new EicarOnlyTestScanner()
      expect((await scanner.scan(eicar())).outcome).to.equal('infected')
      const straddling = Buffer.concat([Buffer.alloc(64 * 1024 - 30, 0x20), eicarTestBytes()])
      expect((await scanner.scan(files.write(straddling))).outcome).to.equal('infected')
    })

    it('passes anything else, which is why production never uses it', async () => {
      expect((await new EicarOnlyTestScanner().scan(files.write(png()))).outcome).to.equal('clean')
    })

    it('fails a file it cannot read', async () => {
      expect((await new EicarOnlyTestScanner().scan(`${files.directory}/missing`)).outcome).to.equal('failed')
    })
  })
})
