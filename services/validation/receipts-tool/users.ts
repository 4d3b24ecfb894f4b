import type { FieldError } from '../form-errors.ts'
import { requiredText, staffIdError, text } from '../staff-fields.ts'

export interface UserDetailsValues {
  name: string
  phone: string
  email: string
}

export function phoneError(phone: string): FieldError | undefined {
  if (phone === '') return { field: 'phone', key: 'Enter a phone number' }
  if (phone.length > 20) return { field: 'phone', key: 'Phone number must be 20 characters or fewer' }
  if (!/^\+?[0-9 ()-]+$/.test(phone) || phone.replace(/\D/g, '').length < 3) {
    return { field: 'phone', key: 'Enter a phone number, like 01632 960 001, or an extension, like 1234' }
  }
  return undefined
}

export function emailError(email: string): FieldError | undefined {
  if (email === '') return { field: 'email', key: 'Enter an email address' }
  if (email.length > 254) return { field: 'email', key: 'Email address must be 254 characters or fewer' }
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
    return { field: 'email', key: 'Enter an email address in the correct format, like name@example.com' }
  }
  return undefined
}

/** Create user: the staff ID to look up in the directory and, to save, the phone number. */
export function validateNewUser(body: Record<string, unknown>, saving: boolean) {
  const values = { staffId: text(body.staffId), phone: text(body.phone) }
  const errors = [staffIdError(values.staffId), saving ? phoneError(values.phone) : undefined].filter(
    (error): error is FieldError => error !== undefined,
  )
  return { values, errors }
}

export function validateUserDetails(body: Record<string, unknown>) {
  const values: UserDetailsValues = { name: text(body.name), phone: text(body.phone), email: text(body.email) }
  const errors = [
    requiredText(values.name, 'name', 'the user name', 100),
    phoneError(values.phone),
    emailError(values.email),
  ].filter((error): error is FieldError => error !== undefined)
  return { values, errors }
}
