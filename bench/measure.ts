/*
 * One page's figures for the benchmark: throughput and latency under load, and the time one request
 * takes when it has the server to itself (concurrency 1), which on loopback is the server's own time.
 */
import fs from 'node:fs'
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
  /** The serving process's CPU time per request under load: unlike req/s, other work on the machine barely moves it. */
  cpuMsPerRequest: number | undefined
}

/** A process's user + system CPU time in milliseconds, from /proc (Linux); undefined elsewhere. */
function cpuMs(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')
    // utime and stime are fields 14 and 15 of the file, 12 and 13 after the command name, in ticks of 10 ms.
    return (Number(fields[11]) + Number(fields[12])) * 10
  } catch {
    return undefined
  }
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
  pid?: number,
): Promise<Measurement> {
  await autocannon({ url, connections, duration: 2, headers }) // warm up
  const cpuBefore = cpuMs(pid)
  const loaded = await autocannon({ url, connections, duration: seconds, headers })
  const cpuAfter = cpuMs(pid)
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
    cpuMsPerRequest:
      cpuBefore === undefined || cpuAfter === undefined
        ? undefined
        : Number(((cpuAfter - cpuBefore) / loaded.requests.total).toFixed(3)),
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
