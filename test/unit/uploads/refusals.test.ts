import { expect } from 'chai'
import { createI18n } from '../../../services/i18n.ts'
import { uploadFieldErrors } from '../../../services/uploads/upload-form-errors.ts'
import type { UploadOutcome } from '../../../services/uploads/document-uploads.ts'
import { displayFileName } from '../../../services/uploads/temporary-upload.ts'
import {
  causeOf,
  fileMessageKeyOf,
  messageKeyOf,
  refusalReasons,
  uploadErrorCauses,
} from '../../../services/uploads/refusals.ts'

const i18n = createI18n()

describe('upload refusals', () => {
  it('uses the GOV.UK file upload wording', () => {
    const t = i18n.getFixedT('en')
    expect(t(messageKeyOf('wrongType'))).to.equal('The selected file must be a JPG, PNG, GIF, TIF or PDF')
    expect(t(messageKeyOf('tooLarge'))).to.equal('The selected file must be smaller than 5MB')
    expect(t(messageKeyOf('tooManyFiles'))).to.equal('You can only select up to 5 files at the same time')
    expect(t(messageKeyOf('virus'))).to.equal('The selected file contains a virus')
    expect(t(messageKeyOf('dailyLimit'))).to.equal('You can only upload 10 documents a day')
    expect(t(messageKeyOf('uploadFailed'))).to.equal('The selected file could not be uploaded – try again')
    expect(t(messageKeyOf('passwordProtected'))).to.equal('The selected file is password protected')
  })

  it('has a message in English and Welsh, and a caseworker description, for every reason', () => {
    for (const language of ['en', 'cy']) {
      const t = i18n.getFixedT(language)
      for (const reason of refusalReasons) {
        expect(i18n.exists(messageKeyOf(reason), { lng: language }), `${language} ${reason}`).to.equal(true)
        expect(t(fileMessageKeyOf(reason), { fileName: 'scan.pdf' })).to.match(/scan\.pdf|5/)
      }
    }
    for (const reason of refusalReasons) expect(uploadErrorCauses[causeOf[reason]]).to.be.a('string')
  })

  it('records the causes the procedure lists', () => {
    expect(uploadErrorCauses[causeOf.uploadFailed]).to.equal('The file has failed to upload')
    expect(uploadErrorCauses[causeOf.dailyLimit]).to.equal('The daily limit has been exceeded')
    expect(uploadErrorCauses[causeOf.wrongType]).to.equal('The document being uploaded is of an incorrect type')
    expect(uploadErrorCauses[causeOf.virus]).to.equal('The file being uploaded contains a virus')
    expect(uploadErrorCauses[causeOf.tooManyPages]).to.equal('The document being uploaded has more than 50 pages')
  })
})

describe('upload form errors', () => {
  const outcome = (...reasons: Array<'accepted' | (typeof refusalReasons)[number]>): UploadOutcome => {
    const results = reasons.map((reason, index) =>
      reason === 'accepted'
        ? { fileName: `ok-${index}.png`, status: 'accepted' as const, documentId: index, contentType: '', sizeBytes: 1 }
        : { fileName: `file-${index}.pdf`, status: 'refused' as const, reason },
    )
    const acceptedCount = reasons.filter(reason => reason === 'accepted').length
    return { results, acceptedCount, refusedCount: results.length - acceptedCount }
  }

  it('gives GOV.UK’s message for a single file', () => {
    expect(uploadFieldErrors(outcome('virus'), 'documents')).to.deep.equal([
      { field: 'documents', href: 'documents', key: 'uploads:errors.virus', values: undefined },
    ])
  })

  it('gives one error per refused file, naming it, when there were several', () => {
    const errors = uploadFieldErrors(outcome('accepted', 'wrongType', 'tooLarge'), 'documents')
    expect(errors).to.deep.equal([
      {
        field: 'documents',
        href: 'documents',
        key: 'uploads:fileErrors.wrongType',
        values: { fileName: 'file-1.pdf' },
      },
      {
        field: 'documents-2',
        href: 'documents',
        key: 'uploads:fileErrors.tooLarge',
        values: { fileName: 'file-2.pdf' },
      },
    ])
  })

  it('gives one error for a selection of too many files', () => {
    const errors = uploadFieldErrors(outcome(...new Array<'tooManyFiles'>(6).fill('tooManyFiles')), 'documents')
    expect(errors).to.deep.equal([{ field: 'documents', key: 'uploads:errors.tooManyFiles' }])
  })

  it('gives none when every file was accepted', () => {
    expect(uploadFieldErrors(outcome('accepted', 'accepted'), 'documents')).to.deep.equal([])
  })
})

describe('display file names', () => {
  it('keeps only the last part of a path the browser sent', () => {
    expect(displayFileName('C:\\Users\\me\\payslip.pdf')).to.equal('payslip.pdf')
    expect(displayFileName('../../etc/passwd')).to.equal('passwd')
  })

  it('drops control and direction characters, and names a nameless file', () => {
    expect(displayFileName('pay\u0000slip\u202e.pdf')).to.equal('payslip.pdf')
    expect(displayFileName('   ')).to.equal('file')
  })

  it('keeps Welsh and other letters, and at most 255 characters', () => {
    expect(displayFileName('llythyr-ŵyr.pdf')).to.equal('llythyr-ŵyr.pdf')
    expect(displayFileName(`${'a'.repeat(300)}.pdf`)).to.have.length(255)
  })
})
