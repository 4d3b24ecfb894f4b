/** The limits of the upload facility, as the service's procedures state them. */
export const uploadLimits = {
  /** "The selected file must be smaller than 5MB". */
  maxFileBytes: 5 * 1024 * 1024,
  maxFilesPerUpload: 5,
  /** Counted across uploads, per client, per calendar day in the UK. */
  maxDocumentsPerDay: 10,
  maxPdfPages: 50,
} as const
