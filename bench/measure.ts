/*
 * One page's figures for the benchmark: throughput and latency under load, and the time one request
 * takes when it has the server to itself (concurrency 1), which on loopback is the server's own time.
 */
import { request } from 'node:http'
import autocannon from 'autocannon'

export interface Measurement {
  name: string
  requestsPerSecond: number
  p50: number
  p99: number
  /** Mean milliseconds per request with one connection. */
  serverMs: number
  errors: number
  non2xx: number
  bytes: number
  /** Bytes on the wire when the client accepts gzip. */
  compressedBytes: number
}

export interface Load {
  seconds: number
  connections: number
}

export async function measure(
  name: string,
  url: string,
  { seconds, connections }: Load,
  headers: Record<string, string> = {},
): Promise<Measurement> {
  await autocannon({ url, connections, duration: 2, headers }) // warm up
  const loaded = await autocannon({ url, connections, duration: seconds, headers })
  const alone = await autocannon({ url, connections: 1, duration: Math.max(2, Math.round(seconds / 2)), headers })
  const sample = await fetch(url, { headers, redirect: 'manual' })
  return {
    name,
    requestsPerSecond: Math.round(loaded.requests.average),
    p50: loaded.latency.p50,
    p99: loaded.latency.p99,
    serverMs: Number(alone.latency.average.toFixed(2)),
    errors: loaded.errors + alone.errors,
    non2xx: loaded.non2xx + alone.non2xx,
    bytes: (await sample.arrayBuffer()).byteLength,
    compressedBytes: await compressedLength(url, headers),
  }
}

/** The size on the wire when the client accepts gzip: read raw off the socket, as fetch would unzip it. */
async function compressedLength(url: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    request(url, { headers: { ...headers, 'accept-encoding': 'gzip' } }, response => {
      let total = 0
      response.on('data', (chunk: Buffer) => (total += chunk.length))
      response.on('end', () => resolve(total))
    })
      .on('error', reject)
      .end()
  })
}
