/*
 * Reading posted form fields safely: a field may be missing, repeated (an array) or, from a hostile
 * client, anything else. Every reader returns a plain string.
 */

type Body = Record<string, unknown> | undefined

function raw(body: Body, name: string): unknown {
  return body && Object.hasOwn(body, name) ? body[name] : undefined
}

/** The field's text with surrounding spaces removed; '' when missing or not text. */
export function textField(body: Body, name: string): string {
  const value = raw(body, name)
  return typeof value === 'string' ? value.trim() : ''
}

/** The field exactly as typed (for passwords and PINs, where spaces may matter). */
export function exactField(body: Body, name: string): string {
  const value = raw(body, name)
  return typeof value === 'string' ? value : ''
}

/** Whether a checkbox with this value was ticked. */
export function isTicked(body: Body, name: string, value: string): boolean {
  const posted = raw(body, name)
  return posted === value || (Array.isArray(posted) && posted.includes(value))
}

/** An email address in a format worth sending to: something@domain.tld, no spaces. */
export function isEmailAddress(value: string): boolean {
  return value.length <= 254 && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)
}
