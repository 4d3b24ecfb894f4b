/*
 * Signs demo staff in over HTTP for the benchmark, as bench/client-sign-in.ts does for a client:
 * a caseworker on the intranet, and an administrator on the Receipts and Payments Tool.
 */
import { CookieJar, csrfToken, step } from './client-sign-in.ts'

/** Paul Cox: a CMS 2012 Case Worker on the intranet, and System Administrator on the Receipts Tool. */
export const DEMO_STAFF = { staffId: '35220900', password: 'Demo-staff-1' }

async function signIn(jar: CookieJar, baseUrl: string, signInPath: string): Promise<Response> {
  const page = await (await step(jar, `${baseUrl}${signInPath}`)).text()
  const response = await step(jar, `${baseUrl}${signInPath}`, { _csrf: csrfToken(page), ...DEMO_STAFF })
  if (response.status !== 302) throw new Error(`${signInPath} answered ${response.status}`)
  return response
}

/** The Cookie header of a caseworker's intranet session. */
export async function signInCaseworker(baseUrl: string): Promise<string> {
  const jar = new CookieJar()
  await signIn(jar, baseUrl, '/caseworker/sign-in')
  return jar.header()
}

/** The id of the client with this Customer Reference Number, found through the caseworker's search. */
export async function findClientId(baseUrl: string, cookie: string, customerReferenceNumber: string): Promise<string> {
  const query = new URLSearchParams({ by: 'crn', customerReferenceNumber })
  const response = await fetch(`${baseUrl}/caseworker/find-a-client?${query}`, {
    redirect: 'manual',
    headers: { 'x-forwarded-proto': 'https', cookie },
  })
  const text = `${response.headers.get('location') ?? ''} ${await response.text()}`
  const id = /\/caseworker\/clients\/(\d+)/.exec(text)?.[1]
  if (!id) throw new Error(`No client found for ${customerReferenceNumber}`)
  return id
}

/** The Cookie header of a Receipts and Payments Tool session in the System Administrator role. */
export async function signInAdministrator(baseUrl: string): Promise<string> {
  const jar = new CookieJar()
  const response = await signIn(jar, baseUrl, '/receipts-tool/sign-in')
  if (response.headers.get('location') === '/receipts-tool/user-role') {
    const page = await (await step(jar, `${baseUrl}/receipts-tool/user-role`)).text()
    const chosen = await step(jar, `${baseUrl}/receipts-tool/user-role`, {
      _csrf: csrfToken(page),
      role: 'system_administrator',
    })
    if (chosen.status !== 302) throw new Error(`Choosing the administrator role answered ${chosen.status}`)
  }
  return jar.header()
}
