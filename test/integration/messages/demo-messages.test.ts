import { expect } from 'chai'
import type { Letter } from '../../../models/letter.model.ts'
import { renderLetterPdf } from '../../../services/letters/letter-pdf.ts'
import { clientIdByReference } from '../../support/demo-clients.ts'
import { pdfLines } from '../../support/pdf-text.ts'
import { createTestApp, type TestApp } from '../../support/test-app.ts'

describe('demo letters and contact history', () => {
  let testApp: TestApp
  before(async () => {
    testApp = await createTestApp({ demoData: true })
  })
  after(() => testApp.close())

  const clientId = (crn: string) => clientIdByReference(testApp, crn)

  it('gives Ewan Jones letters, one of them new, and a contact history', async () => {
    const ewan = await clientId('121004000034')
    const letters = await testApp.deps.letters.listForClient(ewan)
    expect(letters.map(letter => letter.templateCode)).to.deep.equal(['ANNUAL_REVIEW', 'PAYMENT_PLAN'])
    expect(await testApp.deps.letters.countUnread(ewan)).to.equal(1)
    const history = await testApp.deps.contactHistory.page(ewan, {}, 1)
    expect(history.entries.map(entry => entry.activityType)).to.deep.equal([
      'outbound_letter',
      'outbound_email',
      'inbound_message',
      'phone_call',
      'outbound_letter',
    ])
  })

  it('makes every demo letter’s PDF', async () => {
    for (const letter of await testApp.database.db('letters').select('id', 'client_id')) {
      const found: Letter = (await testApp.deps.letters.findForClient(letter.client_id, letter.id))!
      const client = { name: 'Demo Client', customerReferenceNumber: '121004000034' }
      const pdf = await renderLetterPdf({ letter: found, client, region: 'gb' }, testApp.deps.i18n)
      expect((await pdfLines(pdf)).flat().join(' '), found.reference).to.include(found.reference)
    }
  })
})
