import { expect } from 'chai'
import { parseHtml, textOf } from '../support/html.ts'
import { renderView } from '../support/render.ts'

describe('page templates', () => {
  describe('client layout', () => {
    it('marks the current language and links the other to the same page', () => {
      const $ = parseHtml(renderView('pages/client/landing.njk', {}, { language: 'cy', url: '/ni/help?lang=cy' }))
      expect($('html').attr('lang')).to.equal('cy')
      expect($('.govuk-language-navigation [aria-current="true"]').text().trim()).to.equal('Cymraeg')
      expect($('.govuk-language-navigation a').attr('href')).to.equal('/ni/help?lang=en')
      expect($('.govuk-language-navigation a').attr('lang')).to.equal('en')
      expect(textOf($, '.govuk-language-navigation a .govuk-visually-hidden')).to.equal('Change the language to English')
    })

    it('puts the phase banner feedback link and the Welsh footer licence in place', () => {
      const $ = parseHtml(renderView('pages/client/landing.njk', {}, { language: 'cy' }))
      expect($('.govuk-phase-banner a').attr('href')).to.equal('/client/contact')
      expect(textOf($, '.govuk-footer__licence-description')).to.contain('Drwydded Llywodraeth Agored')
      expect(textOf($, '.govuk-footer__copyright-logo')).to.equal('© Hawlfraint y Goron')
    })

    it('prefixes the title with "Error:" and shows the summary when a form has errors', () => {
      const errors = { errorSummary: [{ text: 'Enter your staff ID', href: '#staffId' }], formErrors: {} }
      const $ = parseHtml(renderView('pages/client/cookies.njk', { errors }))
      expect($('head title').text()).to.match(/^Error: Cookies – /)
      expect($('.govuk-error-summary a[href="#staffId"]').text()).to.equal('Enter your staff ID')
    })

    it('has no error summary or prefix when there are no errors', () => {
      const $ = parseHtml(renderView('pages/client/cookies.njk'))
      expect($('head title').text()).to.match(/^Cookies – /)
      expect($('.govuk-error-summary')).to.have.length(0)
    })
  })

  describe('content page', () => {
    it('renders headings, paragraphs, bullet lists and links from the content', () => {
      const sections = [
        { heading: 'One', paragraphs: ['First'], bullets: ['a', 'b'], after: ['Then'], links: [{ text: 'Go', href: '/x' }] },
      ]
      const $ = parseHtml(renderView('pages/client/content-page.njk', { title: 'T', intro: 'I', sections }))
      expect(textOf($, 'main h2')).to.equal('One')
      expect($('main ul.govuk-list--bullet li')).to.have.length(2)
      expect($('main a[href="/x"]').text()).to.equal('Go')
    })

    it('escapes content rather than trusting it', () => {
      const sections = [{ paragraphs: ['<script>alert(1)</script>'] }]
      const html = renderView('pages/client/content-page.njk', { title: 'T', sections })
      expect(html).to.contain('&lt;script&gt;alert(1)&lt;/script&gt;')
    })
  })

  describe('error page', () => {
    it('leaves the contact link out of staff error pages', () => {
      const $ = parseHtml(
        renderView('pages/errors/error-page.njk', {
          errorKind: 'notFound',
          errorLayout: 'layouts/staff.njk',
          staffServiceName: 'Transfer of Receipts to Future Scheme',
          staffServiceUrl: '/receipts-tool',
        }),
      )
      expect(textOf($, 'h1')).to.equal('Page not found')
      expect($('main a')).to.have.length(0)
    })
  })
})
