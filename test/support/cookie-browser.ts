import { csrfTokenFrom } from './html.ts'

export interface Page {
  status: number
  location: string | null
  text: string
}

/**
 * A minimal browser for talking to several app processes as one user: it keeps cookies by name
 * (all our processes are one site behind a load balancer) and follows nothing automatically.
 */
export class CookieBrowser {
  private readonly cookies = new Map<string, string>()
  /** Every Set-Cookie header received, whole, for checking its attributes. */
  readonly setCookies: string[] = []

  /** `headers` go with every request, e.g. the X-Forwarded-Proto a TLS-ending proxy adds. */
  constructor(private readonly headers: Record<string, string> = {}) {}

  private remember(response: Response): void {
    for (const header of response.headers.getSetCookie()) {
      this.setCookies.push(header)
      const [pair] = header.split(';')
      const [name, ...value] = pair!.split('=')
      if (header.toLowerCase().includes('expires=thu, 01 jan 1970')) this.cookies.delete(name!.trim())
      else this.cookies.set(name!.trim(), value.join('='))
    }
  }

  private cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ')
  }

  async get(url: string): Promise<Page> {
    const response = await fetch(url, { redirect: 'manual', headers: { ...this.headers, cookie: this.cookieHeader() } })
    this.remember(response)
    return { status: response.status, location: response.headers.get('location'), text: await response.text() }
  }

  /** Fetches the form page for its CSRF token, then posts the fields to `url`. */
  async submit(url: string, fields: Record<string, string>, formPage = url): Promise<Page> {
    const form = await this.get(formPage)
    const response = await fetch(url, {
      method: 'POST',
      redirect: 'manual',
      headers: { ...this.headers, cookie: this.cookieHeader(), 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: csrfTokenFrom(form.text), ...fields }),
    })
    this.remember(response)
    return { status: response.status, location: response.headers.get('location'), text: await response.text() }
  }
}
