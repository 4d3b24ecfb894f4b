import { expect } from 'chai'
import {
  dailyAllowance,
  pdfRefusal,
  scanRefusal,
  selectionRefusal,
  sizeRefusal,
  typeRefusal,
} from '../../../services/uploads/upload-policy.ts'
import { uploadLimits } from '../../../services/uploads/upload-limits.ts'

const MB = 1024 * 1024

describe('upload policy', () => {
  it('has the limits the procedures state', () => {
    expect(uploadLimits).to.deep.equal({
      maxFileBytes: 5 * MB,
      maxFilesPerUpload: 5,
      maxDocumentsPerDay: 10,
      maxPdfPages: 50,
    })
  })

  describe('files per upload', () => {
    it('takes up to 5 files and refuses a sixth', () => {
      expect(selectionRefusal(1)).to.equal(undefined)
      expect(selectionRefusal(5)).to.equal(undefined)
      expect(selectionRefusal(6)).to.equal('tooManyFiles')
    })
  })

  describe('size', () => {
    it('takes a file of exactly 5 MB and refuses one byte more', () => {
      expect(sizeRefusal({ sizeBytes: 5 * MB, exceededSizeLimit: false })).to.equal(undefined)
      expect(sizeRefusal({ sizeBytes: 5 * MB + 1, exceededSizeLimit: false })).to.equal('tooLarge')
    })

    it('refuses a file the upload middleware stopped keeping, whatever size was counted', () => {
      expect(sizeRefusal({ sizeBytes: 10, exceededSizeLimit: true })).to.equal('tooLarge')
    })

    it('refuses an empty file', () => {
      expect(sizeRefusal({ sizeBytes: 0, exceededSizeLimit: false })).to.equal('empty')
    })
  })

  describe('type', () => {
    it('refuses content that is none of the accepted types', () => {
      expect(typeRefusal(undefined)).to.equal('wrongType')
      for (const type of ['jpeg', 'png', 'gif', 'tiff', 'pdf'] as const) expect(typeRefusal(type)).to.equal(undefined)
    })
  })

  describe('virus scan', () => {
    it('passes only a clean verdict', () => {
      expect(scanRefusal({ outcome: 'clean' })).to.equal(undefined)
      expect(scanRefusal({ outcome: 'infected', signature: 'Eicar-Test-Signature' })).to.equal('virus')
    })

    it('refuses, asking to try again, when the scanner gives no verdict', () => {
      expect(scanRefusal({ outcome: 'failed', reason: 'connect ECONNREFUSED' })).to.equal('uploadFailed')
    })
  })

  describe('PDF', () => {
    it('takes up to 50 pages and refuses 51', () => {
      expect(pdfRefusal({ readable: true, pageCount: 50 })).to.equal(undefined)
      expect(pdfRefusal({ readable: true, pageCount: 51 })).to.equal('tooManyPages')
    })

    it('refuses a password-protected or unreadable PDF', () => {
      expect(pdfRefusal({ readable: false, problem: 'passwordProtected' })).to.equal('passwordProtected')
      expect(pdfRefusal({ readable: false, problem: 'unreadable' })).to.equal('unreadable')
    })
  })

  describe('daily allowance', () => {
    it('allows what is left of the 10 a day', () => {
      expect(dailyAllowance(0, 5)).to.equal(5)
      expect(dailyAllowance(7, 5)).to.equal(3)
      expect(dailyAllowance(10, 1)).to.equal(0)
      expect(dailyAllowance(12, 1)).to.equal(0)
    })
  })
})
