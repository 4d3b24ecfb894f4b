/*
 * The GOV.UK Pay test card numbers and what the sandbox does with each, as GOV.UK Pay's own sandbox
 * does: good cards are authorised, the decline, expired-card and wrong-security-code cards are
 * declined, the processing-error card fails with an error, and any other card is not supported.
 */

export type SandboxAuthorisation = 'authorised' | 'declined' | 'error'

export const testCards = {
  authorised: [
    '4444333322221111',
    '4242424242424242',
    '4000056655665556',
    '5105105105105100',
    '5200828282828210',
    '371449635398431',
    '3566002020360505',
    '6011000990139424',
    '36148900647913',
    '4000180000000002',
    '5101180000000007',
  ],
  declined: ['4000000000000002', '4000000000000069', '4000000000000127'],
  error: ['4000000000000119'],
} as const

/** What the sandbox's pretend bank says to a card number (digits only). */
export function authorisationFor(cardDigits: string): SandboxAuthorisation {
  if ((testCards.authorised as readonly string[]).includes(cardDigits)) return 'authorised'
  if ((testCards.declined as readonly string[]).includes(cardDigits)) return 'declined'
  // The processing-error card, and any card that is not a test card: GOV.UK Pay's sandbox calls
  // those "Unsupported card details" and ends the payment in error.
  return 'error'
}
