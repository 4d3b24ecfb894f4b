import { passwordProblem, type PasswordProblem } from '../../services/rules/password-rules.ts'
import { exactField, isEmailAddress, textField } from '../../services/validation/fields.ts'
import type { FieldError } from '../../services/validation/form-errors.ts'

export interface CreateAccountValues {
  firstName: string
  lastName: string
  email: string
  confirmEmail: string
}

const passwordKeys: Record<PasswordProblem, string> = {
  missing: 'passwordMissing',
  length: 'passwordLength',
  letterAndNumber: 'passwordLetterAndNumber',
  containsPassword: 'passwordContainsPassword',
  tooCommon: 'passwordTooCommon',
}

const NAME_MAX = 100

/** Checks the create-account form. Passwords are never returned as values: a re-shown form leaves them empty. */
export function validateCreateAccount(body: Record<string, unknown> | undefined): {
  values: CreateAccountValues
  password: string
  errors: FieldError[]
} {
  const values = {
    firstName: textField(body, 'firstName'),
    lastName: textField(body, 'lastName'),
    email: textField(body, 'email'),
    confirmEmail: textField(body, 'confirmEmail'),
  }
  const password = exactField(body, 'password')
  const confirmPassword = exactField(body, 'confirmPassword')
  const errors: FieldError[] = []
  const error = (field: string, key: string) => errors.push({ field, key: `gateway:createAccount.errors.${key}` })

  if (values.firstName === '' && values.lastName === '') error('firstName', 'nameMissing')
  if (values.firstName.length > NAME_MAX) error('firstName', 'firstNameTooLong')
  if (values.lastName.length > NAME_MAX) error('lastName', 'lastNameTooLong')
  if (values.email === '') error('email', 'emailMissing')
  else if (!isEmailAddress(values.email)) error('email', 'emailFormat')
  if (values.confirmEmail === '') error('confirmEmail', 'confirmEmailMissing')
  else if (values.email !== '' && values.confirmEmail.toLowerCase() !== values.email.toLowerCase())
    error('confirmEmail', 'confirmEmailMismatch')
  const problem = passwordProblem(password)
  if (problem) error('password', passwordKeys[problem])
  if (confirmPassword === '') error('confirmPassword', 'confirmPasswordMissing')
  else if (!problem && confirmPassword !== password) error('confirmPassword', 'confirmPasswordMismatch')
  return { values, password, errors }
}
