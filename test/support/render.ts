import type { Request, Response } from 'express'
import { createLanguageApplier } from '../../middleware/setUpI18n.ts'
import { createViewEnvironment } from '../../middleware/setUpNunjucks.ts'
import { clientUrls, type Region } from '../../routes/paths.ts'
import { loadAssetPaths } from '../../services/assets.ts'
import { createI18n, type Language } from '../../services/i18n.ts'

const environment = createViewEnvironment({ env: 'test' }, loadAssetPaths())
const applyLanguage = createLanguageApplier(createI18n())

export interface RenderOptions {
  language?: Language
  region?: Region
  url?: string
}

/** Renders a template with what the middleware gives every request, plus the page's own context. */
export function renderView(
  template: string,
  context: Record<string, unknown> = {},
  options: RenderOptions = {},
): string {
  const region = options.region ?? 'gb'
  const res = {
    locals: { cspNonce: 'test-nonce', region, urls: clientUrls[region], csrfToken: () => 'test-token' },
  } as unknown as Response
  const req = { originalUrl: options.url ?? '/client', query: {} } as unknown as Request
  applyLanguage(req, res, options.language ?? 'en')
  return environment.render(template, { ...res.locals, ...context })
}
