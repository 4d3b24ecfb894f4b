/*
 * Signs a demo client in over HTTP, as a browser would (CSRF token from each form, cookies kept),
 * so the benchmark can measure signed-in pages with the session cookie it gets back.
 */

/**
 * In production session cookies are Secure, so they are only set over HTTPS. The app runs behind a
 * TLS-terminating load balancer there; the benchmark says the same with the header that balancer adds.
 */
export const FORWARDED_HTTPS = { 'x-forwarded-proto': 'https' }

const PIN_LABEL = /<label[^>]*for="(firstDigit|secondDigit)"[^>]*>\s*(\d+)/g

export class CookieJar {
  private readonly cookies = new Map<string, string>()

  keep(response: Response): void {
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';')
      const [name, ...value] = pair!.split('=')
      this.cookies.set(name!.trim(), value.join('='))
    }
  }

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ')
  }
}

export function csrfToken(html: string): string {
  const token = /name="_csrf" value="([^"]+)"/.exec(html)?.[1]
  if (!token) throw new Error('No CSRF token on the page')
  return token
}

export async function step(jar: CookieJar, url: string, form?: Record<string, string>): Promise<Response> {
  const response = await fetch(url, {
    method: form ? 'POST' : 'GET',
    redirect: 'manual',
    headers: {
      ...FORWARDED_HTTPS,
      cookie: jar.header(),
      ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
    },
    body: form ? new URLSearchParams(form).toString() : undefined,
  })
  jar.keep(response)
  return response
}

/** The Cookie header of a signed-in session for the client with this user ID, password and PIN. */
export async function signInClient(baseUrl: string, userId: string, password: string, pin: string): Promise<string> {
  const jar = new CookieJar()
  const signInPage = await (await step(jar, `${baseUrl}/client/sign-in`)).text()
  const passwordStep = await step(jar, `${baseUrl}/client/sign-in`, { _csrf: csrfToken(signInPage), userId, password })
  if (passwordStep.status !== 302) throw new Error(`Sign-in answered ${passwordStep.status}`)
  const pinPage = await (await step(jar, `${baseUrl}/client/sign-in/pin`)).text()
  const digits: Record<string, string> = {}
  for (const [, field, position] of pinPage.matchAll(PIN_LABEL)) digits[field!] = pin.charAt(Number(position) - 1)
  const pinStep = await step(jar, `${baseUrl}/client/sign-in/pin`, { _csrf: csrfToken(pinPage), ...digits })
  if (pinStep.headers.get('location') !== '/client/home') throw new Error('The PIN step did not sign in')
  return jar.header()
}
