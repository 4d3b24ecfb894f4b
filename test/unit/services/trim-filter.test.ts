import { expect } from 'chai'
import nunjucks from 'nunjucks'
import { createViewEnvironment } from '../../../middleware/setUpNunjucks.ts'
import { trim } from '../../../services/format/trim.ts'

const { SafeString } = nunjucks.runtime

/** Nunjucks's own filter, which ours replaces and must match. */
const nunjucksTrim = new nunjucks.Environment().getFilter('trim') as (value: unknown) => unknown

const everyWhiteSpace = ' \t\n\v\f\r\u00a0\u1680\u2000\u2005\u200a\u2028\u2029\u202f\u205f\u3000\ufeff'

const samples = [
  '',
  'no space',
  '  both ends  ',
  `${everyWhiteSpace}<p>inside ${everyWhiteSpace} kept</p>${everyWhiteSpace}`,
  everyWhiteSpace,
  '\u200b zero-width space is not white space \u200b',
  `\n    <div class="govuk-hint">${'x '.repeat(5000)}</div>\n  `,
]

describe('the trim filter', () => {
  it('strips the same characters as Nunjucks’s own from plain strings', () => {
    for (const sample of samples) {
      const ours = trim(sample)
      expect(ours, JSON.stringify(sample)).to.be.a('string').and.equal(nunjucksTrim(sample))
    }
  })

  it('keeps a SafeString safe, with the same text as Nunjucks’s own', () => {
    for (const sample of samples) {
      const ours = trim(new SafeString(sample))
      const theirs = nunjucksTrim(new SafeString(sample))
      expect(ours).to.be.instanceOf(SafeString)
      expect(theirs).to.be.instanceOf(SafeString)
      expect(String(ours)).to.equal(String(theirs))
    }
  })

  it('renders the same as Nunjucks’s own: macro output unescaped, plain text escaped', () => {
    const template = '{% macro bold() %}  <b>bold</b>  {% endmacro %}[{{ bold() | trim }}][{{ plain | trim }}]'
    const context = { plain: '  <i>typed</i> & more  ' }
    const builtIn = new nunjucks.Environment(null, { autoescape: true })
    const ours = new nunjucks.Environment(null, { autoescape: true }).addFilter('trim', trim)
    const rendered = ours.renderString(template, context)
    expect(rendered).to.equal('[<b>bold</b>][&lt;i&gt;typed&lt;/i&gt; &amp; more]')
    expect(rendered).to.equal(builtIn.renderString(template, context))
  })

  it('is the filter the app’s views use', () => {
    const environment = createViewEnvironment({ env: 'test' }, name => name)
    expect(environment.getFilter('trim')).to.equal(trim)
  })
})
