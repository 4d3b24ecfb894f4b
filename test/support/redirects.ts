import type request from 'supertest'

/** Follows redirects within the app (supertest does not), returning the page and where it ended up. */
export async function followRedirects(agent: request.Agent, url: string) {
  let current = url
  for (let hops = 0; hops < 5; hops++) {
    const response = await agent.get(current)
    if (response.status < 300 || response.status >= 400) return { url: current, response }
    current = response.headers.location!
  }
  throw new Error(`Too many redirects from ${url}`)
}
