/*
 * Why a file can be refused, what the client is told (GOV.UK file upload wording, in
 * locales/<language>/uploads.json) and what caseworkers see on the upload error record.
 */

export const refusalReasons = [
  'tooManyFiles',
  'tooLarge',
  'empty',
  'wrongType',
  'virus',
  'uploadFailed',
  'passwordProtected',
  'unreadable',
  'tooManyPages',
  'dailyLimit',
] as const

export type RefusalReason = (typeof refusalReasons)[number]

/** The causes recorded for caseworkers, after the procedure's list of upload errors. */
export const uploadErrorCauses = {
  failed_to_upload: 'The file has failed to upload',
  daily_limit_exceeded: 'The daily limit has been exceeded',
  incorrect_type: 'The document being uploaded is of an incorrect type',
  contains_virus: 'The file being uploaded contains a virus',
  too_many_pages: 'The document being uploaded has more than 50 pages',
  too_large: 'The file being uploaded is larger than 5MB',
  too_many_files: 'More than 5 files were uploaded at the same time',
  password_protected: 'The document being uploaded is password protected',
  unreadable: 'The file being uploaded is empty or cannot be opened',
} as const

export type UploadErrorCause = keyof typeof uploadErrorCauses

export const causeOf: Record<RefusalReason, UploadErrorCause> = {
  tooManyFiles: 'too_many_files',
  tooLarge: 'too_large',
  empty: 'unreadable',
  wrongType: 'incorrect_type',
  virus: 'contains_virus',
  uploadFailed: 'failed_to_upload',
  passwordProtected: 'password_protected',
  unreadable: 'unreadable',
  tooManyPages: 'too_many_pages',
  dailyLimit: 'daily_limit_exceeded',
}

/** "The selected file must be smaller than 5MB": for a page with one file. */
export function messageKeyOf(reason: RefusalReason): string {
  return `uploads:errors.${reason}`
}

/** "report.docx must be a JPG, PNG, GIF, TIF or PDF": the same, naming the file (value `fileName`), for several files. */
export function fileMessageKeyOf(reason: RefusalReason): string {
  return `uploads:fileErrors.${reason}`
}
