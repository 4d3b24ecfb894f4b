import { expect } from 'chai'
import { detectDocumentTypeOfBytes } from '../../../services/uploads/document-type.ts'
import { docx, encryptedPdf, exe, gif, jpeg, pdf, png, tiff } from '../../fixtures/files.ts'

describe('document type by content', () => {
  it('recognises each accepted type from its bytes', async () => {
    expect(await detectDocumentTypeOfBytes(jpeg())).to.equal('jpeg')
    expect(await detectDocumentTypeOfBytes(png())).to.equal('png')
    expect(await detectDocumentTypeOfBytes(gif())).to.equal('gif')
    expect(await detectDocumentTypeOfBytes(tiff())).to.equal('tiff')
    expect(await detectDocumentTypeOfBytes(pdf())).to.equal('pdf')
    expect(await detectDocumentTypeOfBytes(encryptedPdf())).to.equal('pdf')
  })

  it('refuses a Word document and a Windows program, whatever they are called', async () => {
    // Only bytes reach the detector: a name such as "evidence.pdf" can make no difference.
    expect(await detectDocumentTypeOfBytes(docx())).to.equal(undefined)
    expect(await detectDocumentTypeOfBytes(exe())).to.equal(undefined)
  })

  it('refuses plain text and empty content', async () => {
    expect(await detectDocumentTypeOfBytes(Buffer.from('Dear Child Maintenance Service,'))).to.equal(undefined)
    expect(await detectDocumentTypeOfBytes(Buffer.alloc(0))).to.equal(undefined)
  })

  it('refuses a file that only starts like a PNG', async () => {
    expect(await detectDocumentTypeOfBytes(Buffer.from([0x89, 0x50, 0x4e, 0x47]))).to.equal(undefined)
  })
})
