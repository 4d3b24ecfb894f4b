import net from 'node:net'

export interface TcpProxy {
  /** The `target` URL with its host and port replaced by the proxy's. */
  url: string
  /**
   * Resets every open connection; new ones are refused (a database restarting) or, with `'ignore'`,
   * accepted and never answered (a database host that has gone quiet).
   */
  cut(newConnections?: 'refuse' | 'ignore'): void
  /** Accepts and forwards connections again. */
  restore(): void
  /**
   * Cuts (as `cut` does) as soon as a client sends `text`, before it reaches the server: the
   * moment in a write when the database goes away. Resolves once it has happened.
   */
  cutWhenSent(text: string): Promise<void>
  close(): Promise<void>
}

/**
 * A TCP proxy on 127.0.0.1 in front of the server named by `target` (a URL such as a DATABASE_URL),
 * so a test can take the server away from the app and give it back while both keep running.
 */
export async function startTcpProxy(target: string): Promise<TcpProxy> {
  const upstream = new URL(target)
  const open = new Set<net.Socket>()
  let down: false | 'refuse' | 'ignore' = false
  let trigger: { text: string; fire: () => void } | undefined

  const cut = (newConnections: 'refuse' | 'ignore' = 'refuse') => {
    down = newConnections
    for (const socket of open) socket.resetAndDestroy()
    open.clear()
  }

  const server = net.createServer(client => {
    if (down === 'refuse') {
      client.resetAndDestroy()
      return
    }
    if (down === 'ignore') {
      open.add(client)
      client.on('error', () => undefined)
      client.on('close', () => open.delete(client))
      return
    }
    const toServer = net.connect(Number(upstream.port), upstream.hostname)
    for (const socket of [client, toServer]) {
      open.add(socket)
      socket.on('error', () => undefined)
      socket.on('close', () => {
        open.delete(socket)
        ;(socket === client ? toServer : client).destroy()
      })
    }
    toServer.pipe(client)
    client.on('data', (chunk: Buffer) => {
      if (trigger && chunk.includes(trigger.text)) {
        const { fire } = trigger
        trigger = undefined
        cut()
        fire()
        return
      }
      toServer.write(chunk)
    })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const proxied = new URL(target)
  proxied.hostname = '127.0.0.1'
  proxied.port = String((server.address() as net.AddressInfo).port)

  return {
    url: proxied.toString(),
    cut,
    restore() {
      down = false
    },
    cutWhenSent(text) {
      return new Promise(resolve => {
        trigger = { text, fire: resolve }
      })
    },
    close() {
      cut()
      return new Promise(resolve => server.close(() => resolve()))
    },
  }
}
