import type { Express } from 'express'

export interface ListedRoute {
  method: string
  path: string
}

interface Layer {
  rawPath?: string | string[]
  route?: { path: string | string[]; methods: Record<string, boolean> }
  handle: { stack?: Layer[] }
}

function join(prefix: string, path: string): string {
  if (path === '/' || path === '') return prefix || '/'
  return `${prefix}${path}`.replace(/\/{2,}/g, '/')
}

function walk(stack: Layer[], prefix: string, routes: ListedRoute[]): void {
  for (const layer of stack) {
    if (layer.route) {
      for (const path of ([] as string[]).concat(layer.route.path)) {
        for (const [method, on] of Object.entries(layer.route.methods)) {
          if (on && method !== '_all') routes.push({ method: method.toUpperCase(), path: join(prefix, path) })
        }
      }
    } else if (layer.handle.stack) {
      for (const path of ([] as string[]).concat(layer.rawPath ?? '/'))
        walk(layer.handle.stack, join(prefix, path === '/' ? '' : path), routes)
    }
  }
}

/** Every route the app answers, read from its own routers, so a new route is covered without being listed. */
export function listRoutes(app: Express): ListedRoute[] {
  const routes: ListedRoute[] = []
  walk((app as unknown as { router: { stack: Layer[] } }).router.stack, '', routes)
  const seen = new Set<string>()
  return routes.filter(route => {
    const key = `${route.method} ${route.path}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/** A path with each :parameter filled, for requesting it. */
export function fillParams(path: string, value = '1'): string {
  return path.replace(/:(\w+)/g, value)
}
