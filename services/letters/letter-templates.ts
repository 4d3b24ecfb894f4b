/*
 * The letters the service issues. Each has a title and body per language in locales/<lang>/letters.json
 * (placeholders filled from the letter's details) and an English title caseworkers read on the
 * activity. Letters the law says must be posted (enforcement, arrears, appeals) always go by post,
 * whatever the client's contact preference; they are still shown on the site.
 */

export const letterTemplates = {
  PAYMENT_PLAN: { title: 'Your payment plan', byLaw: false },
  ANNUAL_REVIEW: { title: 'Your annual review', byLaw: false },
  CMSL9800: { title: 'We need to update your security details', byLaw: false },
  ARREARS_NOTICE: { title: 'You have missed child maintenance payments', byLaw: true },
} as const

export type LetterTemplateCode = keyof typeof letterTemplates

export function isLetterTemplateCode(code: string): code is LetterTemplateCode {
  return Object.hasOwn(letterTemplates, code)
}

/** Whether the law says this letter must go by post. */
export function mustBePosted(code: LetterTemplateCode): boolean {
  return letterTemplates[code].byLaw
}

/** Self-service clients get letters on the site (and an email to say so); everyone else, and legal letters, by post. */
export function deliveryFor(code: LetterTemplateCode, contactPreference: string): 'self_service' | 'post' {
  return !mustBePosted(code) && contactPreference === 'self_service' ? 'self_service' : 'post'
}
