/*
 * Client PINs: 7 digits. A new PIN must not be one digit repeated (1111111) or a simple run up or
 * down (1234567, 7654321, 0123456), and when changing it must differ from the current one.
 */

export const PIN_LENGTH = 7

export type NewPinProblem = 'missing' | 'format' | 'sameDigit' | 'run' | 'unchanged'

function isRun(pin: string): boolean {
  const digits = [...pin].map(Number)
  const steps = new Set(digits.slice(1).map((digit, index) => digit - digits[index]!))
  return steps.size === 1 && (steps.has(1) || steps.has(-1))
}

/** The first rule a proposed new PIN breaks, or undefined when it is acceptable. */
export function newPinProblem(pin: string, currentPin?: string): NewPinProblem | undefined {
  if (pin === '') return 'missing'
  if (!new RegExp(`^\\d{${PIN_LENGTH}}$`).test(pin)) return 'format'
  if (/^(\d)\1+$/.test(pin)) return 'sameDigit'
  if (isRun(pin)) return 'run'
  if (currentPin !== undefined && pin === currentPin) return 'unchanged'
  return undefined
}

/** "1st", "2nd", "3rd", "4th"… for labels such as "2nd digit of your PIN". */
export function ordinalKey(position: number): string {
  return `ordinal.${position}`
}
