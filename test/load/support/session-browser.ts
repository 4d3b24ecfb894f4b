import { csrfTokenFrom } from '../../support/html.ts'

export interface Reply {
  status: number
  location: string | null
  text: string
}

/**
 * One user's browser for the load tests: keeps its cookies by name (every process is one site
 * behind a load balancer), follows no redirects, and posts forms and files with a CSRF token it
 * read from a page, as a browser with JavaScript off would.
 */
export class SessionBrowser {
  private readonly cookies = new Map<string, string>()

  constructor(private readonly onReply: (reply: Reply) => void = () => undefined) {}

  private remember(response: Response): void {
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(';')
      const [name, ...value] = pair!.split('=')
      if (header.toLowerCase().includes('expires=thu, 01 jan 1970')) this.cookies.delete(name!.trim())
      else this.cookies.set(name!.trim(), value.join('='))
    }
  }

  /** The Cookie header this browser sends, for a request made by hand. */
  cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ')
  }

  private async send(url: string, init: RequestInit = {}): Promise<Reply> {
    const cookie = this.cookieHeader()
    const response = await fetch(url, { ...init, redirect: 'manual', headers: { ...init.headers, cookie } })
    this.remember(response)
    const reply = { status: response.status, location: response.headers.get('location'), text: await response.text() }
    this.onReply(reply)
    return reply
  }

  get(url: string): Promise<Reply> {
    return this.send(url)
  }

  /** Posts the fields with the CSRF token of `formHtml` (the page the form came from). */
  post(url: string, formHtml: string, fields: Record<string, string> = {}): Promise<Reply> {
    return this.send(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: csrfTokenFrom(formHtml), ...fields }),
    })
  }

  /** Fetches the form page, then posts the fields to `url` with its token. */
  async submit(url: string, fields: Record<string, string>, formPage = url): Promise<Reply> {
    return this.post(url, (await this.get(formPage)).text, fields)
  }

  /** Posts files as a multipart form, the token first so it is read before the files. */
  postFiles(url: string, formHtml: string, field: string, files: Array<{ name: string; content: Buffer }>) {
    const form = new FormData()
    form.append('_csrf', csrfTokenFrom(formHtml))
    for (const file of files) form.append(field, new Blob([new Uint8Array(file.content)]), file.name)
    return this.send(url, { method: 'POST', body: form })
  }
}
