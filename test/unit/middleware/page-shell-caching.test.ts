import { expect } from 'chai'
import nunjucks from 'nunjucks'
import { FragmentCache } from '../../../middleware/fragment-cache.ts'
import { createLanguageApplier } from '../../../middleware/setUpI18n.ts'
import { createI18n } from '../../../services/i18n.ts'
import type { Request, Response } from 'express'

function environment(enabled: boolean): nunjucks.Environment {
  const env = new nunjucks.Environment(null, { autoescape: true })
  env.addExtension('FragmentCache', new FragmentCache(enabled))
  return env
}

const template = '{% cached "footer-" + lang %}<p>{{ text }}</p>{% endcached %}<span>{{ text }}</span>'

describe('caching the page shell', () => {
  it('renders a cached fragment once per key and reuses it', () => {
    const env = environment(true)
    expect(env.renderString(template, { lang: 'en', text: 'first' })).to.equal('<p>first</p><span>first</span>')
    expect(env.renderString(template, { lang: 'en', text: 'second' })).to.equal('<p>first</p><span>second</span>')
    expect(env.renderString(template, { lang: 'cy', text: 'third' })).to.equal('<p>third</p><span>third</span>')
  })

  it('keeps escaping what it caches', () => {
    expect(environment(true).renderString(template, { lang: 'en', text: '<b>' })).to.contain('<p>&lt;b&gt;</p>')
  })

  it('renders afresh every time in development, so template edits show', () => {
    const env = environment(false)
    env.renderString(template, { lang: 'en', text: 'first' })
    expect(env.renderString(template, { lang: 'en', text: 'second' })).to.equal('<p>second</p><span>second</span>')
  })

  it('remembers plain translations but interpolates every call with values', () => {
    const applyLanguage = createLanguageApplier(createI18n())
    const req = { originalUrl: '/client', query: {} } as unknown as Request
    const res = { locals: {} } as unknown as Response
    applyLanguage(req, res, 'cy')
    expect(req.t('common:skipLink')).to.equal(req.t('common:skipLink'))
    expect(req.t('common:skipLink')).not.to.equal(createI18n().getFixedT('en')('common:skipLink'))
    const first = req.t('common:phaseBanner', { href: '/one' })
    const second = req.t('common:phaseBanner', { href: '/two' })
    expect(first).to.contain('/one')
    expect(second).to.contain('/two')
  })
})
