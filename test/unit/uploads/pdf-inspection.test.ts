import { expect } from 'chai'
import { inspectPdf } from '../../../services/uploads/pdf-inspection.ts'
import { encryptedPdf, pdf } from '../../fixtures/files.ts'

describe('PDF inspection', () => {
  it('counts the pages', async () => {
    expect(await inspectPdf(pdf({ pages: 1 }))).to.deep.equal({ readable: true, pageCount: 1 })
    expect(await inspectPdf(pdf({ pages: 51 }))).to.deep.equal({ readable: true, pageCount: 51 })
  })

  it('finds a PDF encrypted with a password', async () => {
    expect(await inspectPdf(encryptedPdf())).to.deep.equal({ readable: false, problem: 'passwordProtected' })
  })

  it('finds a PDF that cannot be read', async () => {
    expect(await inspectPdf(Buffer.from('%PDF-1.4\nthis is not a document'))).to.deep.equal({
      readable: false,
      problem: 'unreadable',
    })
    const truncated = pdf({ pages: 3 }).subarray(0, 200)
    expect((await inspectPdf(truncated)).readable).to.equal(false)
  })
})
