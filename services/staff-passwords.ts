import { randomInt } from 'node:crypto'
import type { FieldError } from './validation/form-errors.ts'

/* Staff passwords: temporary ones made by the tool, and the rules for the ones staff choose. */

/** Letters and digits that cannot be mistaken for each other when read out or copied. */
const ALPHABET = 'abcdefghjkmnpqrstuvwxyzACDEFGHJKLMNPQRTUVWXY3479'

/** A random temporary password in three groups of four, like "k7Qe-tWmA-9hRc" (about 67 bits). */
export function temporaryPassword(): string {
  const character = () => ALPHABET[randomInt(ALPHABET.length)]!
  return Array.from({ length: 3 }, () => Array.from({ length: 4 }, character).join('')).join('-')
}

export const MIN_PASSWORD_LENGTH = 10

export function newPasswordErrors(password: string, confirmation: string): FieldError[] {
  if (password === '') return [{ field: 'newPassword', key: 'Enter a new password' }]
  if (password.length < MIN_PASSWORD_LENGTH) {
    return [{ field: 'newPassword', key: `Password must be ${MIN_PASSWORD_LENGTH} characters or more` }]
  }
  if (password.length > 128) return [{ field: 'newPassword', key: 'Password must be 128 characters or fewer' }]
  if (confirmation !== password) return [{ field: 'confirmPassword', key: 'The passwords do not match' }]
  return []
}
