/*
 * Identity account passwords, from the seed: 8 to 12 characters with at least one letter and one
 * number. We also refuse the word "password" in any case and a short list of very common choices.
 */

export const PASSWORD_MIN_LENGTH = 8
export const PASSWORD_MAX_LENGTH = 12

const veryCommonPasswords = new Set([
  '12345678a',
  '123456789a',
  'a12345678',
  'abc12345',
  'abcd1234',
  'aa123456',
  'asdf1234',
  'qwe12345',
  'qwerty123',
  'qwerty12',
  'qwerty1',
  'qwertyui1',
  '1q2w3e4r',
  '1qaz2wsx',
  'zaq12wsx',
  'a1b2c3d4',
  'letmein1',
  'welcome1',
  'welcome123',
  'iloveyou1',
  'monkey123',
  'football1',
  'baseball1',
  'sunshine1',
  'princess1',
  'dragon123',
  'trustno1',
  'admin123',
  'master12',
  'shadow12',
  'superman1',
  'michael1',
  'charlie1',
  'jordan23',
  'liverpool1',
  'chelsea1',
  'arsenal1',
  'passw0rd',
  'p4ssword',
  'changeme1',
])

export type PasswordProblem = 'missing' | 'length' | 'letterAndNumber' | 'containsPassword' | 'tooCommon'

/** The first rule the password breaks, or undefined when it is acceptable. */
export function passwordProblem(password: string): PasswordProblem | undefined {
  if (password === '') return 'missing'
  if (password.length < PASSWORD_MIN_LENGTH || password.length > PASSWORD_MAX_LENGTH) return 'length'
  if (!/[a-z]/i.test(password) || !/\d/.test(password)) return 'letterAndNumber'
  if (password.toLowerCase().includes('password')) return 'containsPassword'
  if (veryCommonPasswords.has(password.toLowerCase())) return 'tooCommon'
  return undefined
}
