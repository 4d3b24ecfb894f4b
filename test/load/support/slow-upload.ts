import http from 'node:http'

export interface SlowUpload {
  /** Resolves once the server has read the start of the request: it is in flight. */
  started: Promise<void>
  /** Sends the rest of the body. */
  finish(): void
  response: Promise<{ status: number; location: string | undefined }>
}

/**
 * A document upload sent in two halves, so the request stays in flight for as long as the test
 * wants: the token and half the file first, the rest when `finish` is called.
 */
export function startSlowUpload(
  url: string,
  cookie: string,
  csrfToken: string,
  file: { name: string; content: Buffer },
) {
  const boundary = `----load-test-${Date.now()}`
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\n${csrfToken}\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="documents"; filename="${file.name}"\r\n` +
      'Content-Type: image/png\r\n\r\n',
  )
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`)
  const half = Math.floor(file.content.length / 2)
  const body = [
    Buffer.concat([head, file.content.subarray(0, half)]),
    Buffer.concat([file.content.subarray(half), tail]),
  ]
  const request = http.request(url, {
    method: 'POST',
    headers: {
      cookie,
      'content-type': `multipart/form-data; boundary=${boundary}`,
      'content-length': body[0]!.length + body[1]!.length,
    },
  })
  const response = new Promise<{ status: number; location: string | undefined }>((resolve, reject) => {
    request.on('response', incoming => {
      incoming.resume()
      incoming.on('end', () => resolve({ status: incoming.statusCode!, location: incoming.headers.location }))
    })
    request.on('error', reject)
  })
  const started = new Promise<void>(resolve => request.write(body[0], () => setTimeout(resolve, 300)))
  return { started, finish: () => request.end(body[1]), response } satisfies SlowUpload
}
