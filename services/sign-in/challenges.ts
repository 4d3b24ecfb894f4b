import { randomInt } from 'node:crypto'
import { PIN_LENGTH } from '../rules/pin-rules.ts'

/** Two different PIN positions (1 to 7) chosen at random, in order: "2,5". */
export function choosePinPositions(): string {
  const first = randomInt(1, PIN_LENGTH + 1)
  let second = randomInt(1, PIN_LENGTH)
  if (second >= first) second += 1
  return [first, second].sort((a, b) => a - b).join(',')
}

export function parsePinPositions(stored: string): [number, number] {
  const [first, second] = stored.split(',').map(Number)
  if (!first || !second) throw new Error(`Not a PIN challenge: ${stored}`)
  return [first, second]
}

export type KnownFact = 'crn' | 'nino' | 'dob'

export interface Question {
  fact: KnownFact
  position: number
}

const factLength: Record<KnownFact, number> = { crn: 12, nino: 9, dob: 8 }

/**
 * The forgotten-PIN questions, in the seed's format: a character of the Customer Reference Number,
 * then a character of the National Insurance number or of the date of birth (as DDMMYYYY).
 */
export function chooseForgottenPinQuestions(hasNationalInsuranceNumber: boolean): string {
  const second: KnownFact = hasNationalInsuranceNumber && randomInt(2) === 0 ? 'nino' : 'dob'
  return [`crn:${randomInt(1, factLength.crn + 1)}`, `${second}:${randomInt(1, factLength[second] + 1)}`].join(',')
}

export function parseQuestions(stored: string): Question[] {
  return stored.split(',').map(part => {
    const [fact, position] = part.split(':')
    if ((fact !== 'crn' && fact !== 'nino' && fact !== 'dob') || !Number(position))
      throw new Error(`Not a question: ${part}`)
    return { fact, position: Number(position) }
  })
}
