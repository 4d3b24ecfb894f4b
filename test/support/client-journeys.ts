import { expect } from 'chai'
import type TestAgent from 'supertest/lib/agent.js'
import type { Response } from 'supertest'
import { csrfTokenFrom, parseHtml } from './html.ts'

export type Agent = TestAgent

/** Posts a form the way a browser would: fetch the page, take its CSRF token, send the fields. */
export async function submitForm(
  agent: Agent,
  path: string,
  fields: Record<string, string>,
  formPage = path,
): Promise<Response> {
  const page = await agent.get(formPage)
  return agent
    .post(path)
    .type('form')
    .send({ _csrf: csrfTokenFrom(page.text), ...fields })
}

/** The two PIN positions the PIN page asks for, read from its labels ("2nd digit of your PIN"). */
export function askedPositions(html: string): [number, number] {
  const $ = parseHtml(html)
  const positions = $('label[for="firstDigit"], label[for="secondDigit"]')
    .map((_index, label) => Number.parseInt($(label).text().trim(), 10))
    .get<number>()
  expect(positions, 'PIN positions on the page').to.have.length(2)
  return [positions[0]!, positions[1]!]
}

/** The digits of a PIN at the asked positions. */
export function digitsFor(pin: string, [first, second]: [number, number]) {
  return { firstDigit: pin.charAt(first - 1), secondDigit: pin.charAt(second - 1) }
}

/** A wrong digit for a position: any digit but the right one. */
export function wrongDigitsFor(pin: string, positions: [number, number]) {
  const right = digitsFor(pin, positions)
  return { firstDigit: String((Number(right.firstDigit) + 1) % 10), secondDigit: right.secondDigit }
}

/** User ID and password: lands on the PIN page for an enrolled client. */
export async function signInWithPassword(
  agent: Agent,
  userId: string,
  password: string,
  region = '/client',
): Promise<Response> {
  return submitForm(agent, `${region}/sign-in`, { userId, password })
}

/** The whole sign-in: password, then the PIN digits asked for. Returns the response of the PIN step. */
export async function signIn(
  agent: Agent,
  userId: string,
  password: string,
  pin: string,
  region = '/client',
): Promise<Response> {
  const passwordStep = await signInWithPassword(agent, userId, password, region)
  expect(passwordStep.status, 'password step').to.equal(302)
  const pinPage = await agent.get(passwordStep.headers.location!)
  expect(pinPage.status, 'PIN page').to.equal(200)
  const response = await agent
    .post(`${region}/sign-in/pin`)
    .type('form')
    .send({ _csrf: csrfTokenFrom(pinPage.text), ...digitsFor(pin, askedPositions(pinPage.text)) })
  expect(response.status, 'PIN step').to.equal(302)
  return response
}

/** The session cookie the agent holds for the client site. */
export function clientCookieOf(response: Response): string {
  const cookie = ([] as string[])
    .concat(response.headers['set-cookie'] ?? [])
    .find(value => value.startsWith('cmss_client='))
  return cookie ? cookie.split(';')[0]! : ''
}
