import nunjucks from 'nunjucks'

/**
 * Nunjucks's own `trim` strips with the regular expression /^\s*|\s*$/g, which scans the whole string
 * from every position for the trailing match: slow on the long captured strings govuk-frontend's
 * macros pass to `| trim`. String.prototype.trim strips the same characters (white space and line
 * terminators) in one pass. A SafeString stays safe; anything else comes back as a plain string, to be
 * escaped as before.
 */
export function trim(value: unknown): string | nunjucks.runtime.SafeString {
  const text = (value as string).trim()
  return value instanceof nunjucks.runtime.SafeString ? new nunjucks.runtime.SafeString(text) : text
}
