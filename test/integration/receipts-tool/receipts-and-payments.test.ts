import { expect } from 'chai'
import { hashPassword } from '../../../services/password.ts'
import { parseHtml, textOf } from '../../support/html.ts'
import { createTestApp, type TestApp } from '../../support/test-app.ts'
import { paymentForm, receiptForm } from './case-fixtures.ts'
import { PASSWORD, PAUL, signInAs, submit, type Agent } from './sign-in-helpers.ts'

// EC000003 in the demo data: a case with no money yet.
const CASE = '/receipts-tool/cases/3'
const RECEIPT = `${CASE}/receipts/new`
const PAYMENT = `${CASE}/payments/new`

function errorsOn(html: string): string[] {
  const $ = parseHtml(html)
  return $('.govuk-error-summary a')
    .map((_i, link) => $(link).text().trim())
    .get()
}

describe('receipts tool: receipts, payments and reversals', () => {
  let testApp: TestApp
  let paul: Agent
  let sam: Agent
  before(async () => {
    testApp = await createTestApp({ demoData: true })
    paul = await signInAs(testApp.app, PAUL, 'case_worker')
    // A Case Worker with no administrator profile.
    const now = testApp.clock.now().toISOString()
    await testApp.database.db('staff_members').insert({
      staff_id: '40000001',
      name: 'Sam Taylor',
      email: 'SAM.TAYLOR@CHILDMAINTENANCE.GSI.GOV.UK',
      phone: '4321',
      password_hash: await hashPassword(PASSWORD),
      created_at: now,
      updated_at: now,
    })
    await testApp.database
      .db('staff_profiles')
      .insert({ staff_id: '40000001', system: 'receipts_tool', role: 'case_worker', granted_at: now })
    sam = await signInAs(testApp.app, '40000001')
  })
  after(() => testApp.close())

  const ledger = () => testApp.database.db('exceptional_case_ledger').where({ case_id: 3 }).orderBy('id')
  const balance = async () => textOf(parseHtml((await paul.get(CASE)).text), '#balance-held')

  describe('recording a receipt', () => {
    for (const [fields, message] of [
      [{ 'dateReceived-day': '', 'dateReceived-month': '', 'dateReceived-year': '' }, 'Enter the date received'],
      [{ 'dateReceived-month': '' }, 'Date received must include a month'],
      [{ 'dateReceived-day': '31', 'dateReceived-month': '11' }, 'Date received must be a real date'],
      [{ 'dateReceived-day': '24' }, 'Date received must be today or in the past'],
      [{ 'dateReceived-year': '26' }, 'Year must include 4 numbers'],
      [{ amount: '' }, 'Enter the amount'],
      [{ amount: '0' }, 'Amount must be more than £0'],
      [{ amount: '-5' }, 'Enter the amount in pounds and pence, like 25.50'],
      [{ amount: '10.555' }, 'Enter the amount in pounds and pence, like 25.50'],
      [{ amount: '1000000.01' }, 'Amount must be £1,000,000 or less'],
      [{ method: 'bitcoin' }, 'Select how the money was received'],
      [{ payer: '' }, 'Enter the name of who paid'],
    ] as Array<[Record<string, string>, string]>) {
      it(`refuses it with “${message}”, keeping what was typed`, async () => {
        const response = await submit(paul, RECEIPT, RECEIPT, receiptForm(fields))
        expect(response.status).to.equal(400)
        expect(errorsOn(response.text)).to.deep.equal([message])
        expect(parseHtml(response.text)('#reference').val()).to.equal('000451')
        expect(await ledger()).to.have.length(0)
      })
    }

    it('records it in pence, today included, with who recorded it', async () => {
      const response = await submit(
        paul,
        RECEIPT,
        RECEIPT,
        receiptForm({ 'dateReceived-day': '23', amount: '£1,000.10' }),
      )
      expect(response.headers.location).to.equal(CASE)
      const [entry] = await ledger()
      expect(entry).to.include({
        entry_type: 'receipt',
        amount_pence: 100_010,
        transaction_date: '2026-11-23',
        method: 'cheque',
      })
      expect(entry).to.include({ party: 'Alex Turner', reference: '000451', recorded_by: PAUL })
      expect(await balance()).to.equal('£1,000.10')
      const [audit] = await testApp.deps.auditLog.forSubject('exceptional_case', 3)
      expect([audit!.action, audit!.actorId]).to.deep.equal(['exceptional_receipt_recorded', PAUL])
    })

    it('adds pence exactly: 10p and 20p make 30p', async () => {
      await submit(paul, RECEIPT, RECEIPT, receiptForm({ amount: '0.1' }))
      await submit(paul, RECEIPT, RECEIPT, receiptForm({ amount: '0.20' }))
      expect(await balance()).to.equal('£1,000.40')
    })
  })

  describe('recording a payment', () => {
    it('validates the payment', async () => {
      const response = await submit(
        paul,
        PAYMENT,
        PAYMENT,
        paymentForm({ 'datePaid-day': '30', amount: 'lots', method: '', payeeAccountReference: '' }),
      )
      expect(errorsOn(response.text)).to.deep.equal([
        'Date paid must be today or in the past',
        'Enter the amount in pounds and pence, like 25.50',
        'Select how the money was paid',
        'Enter the payee account reference',
      ])
    })

    it('refuses more than the balance held', async () => {
      const response = await submit(sam, PAYMENT, PAYMENT, paymentForm({ amount: '1000.41' }))
      expect(response.status).to.equal(400)
      expect(errorsOn(response.text)).to.deep.equal(['Amount must not be more than the balance held of £1,000.40'])
      expect(parseHtml(response.text)('#amount').val()).to.equal('1000.41')
    })

    it('offers no override to a Case Worker without an administrator profile, and ignores one sent anyway', async () => {
      expect(parseHtml((await sam.get(PAYMENT)).text)('input[name="override"]')).to.have.length(0)
      const response = await submit(
        sam,
        PAYMENT,
        PAYMENT,
        paymentForm({ amount: '2000', override: 'yes', overrideReason: 'Because' }),
      )
      expect(response.status).to.equal(400)
      expect((await ledger()).filter(entry => entry.entry_type === 'payment')).to.have.length(0)
    })

    it('pays out exactly the balance held', async () => {
      const response = await submit(sam, PAYMENT, PAYMENT, paymentForm({ amount: '1000.40' }))
      expect(response.headers.location).to.equal(CASE)
      expect(await balance()).to.equal('£0.00')
      const payment = (await ledger()).at(-1)!
      expect(payment).to.include({
        entry_type: 'payment',
        amount_pence: 100_040,
        party: 'TURNER-S-001',
        recorded_by: '40000001',
      })
    })

    it('lets an administrator override the balance check, with a reason', async () => {
      const noReason = await submit(
        paul,
        PAYMENT,
        PAYMENT,
        paymentForm({ amount: '25', override: 'yes', overrideReason: '' }),
      )
      expect(errorsOn(noReason.text)).to.deep.equal(['Enter the reason for paying more than the balance held'])
      const response = await submit(
        paul,
        PAYMENT,
        PAYMENT,
        paymentForm({ amount: '25', override: 'yes', overrideReason: 'Emergency payment agreed by the team leader' }),
      )
      expect(response.headers.location).to.equal(CASE)
      const payment = (await ledger()).at(-1)!
      expect(payment).to.include({
        amount_pence: 2_500,
        reason: 'Emergency payment agreed by the team leader',
        recorded_by: PAUL,
      })
      expect(Boolean(payment.balance_override)).to.equal(true)
      expect(await balance()).to.equal('-£25.00')
    })
  })

  describe('reversing an entry', () => {
    it('needs a reason', async () => {
      const [receipt] = await ledger()
      const path = `${CASE}/entries/${receipt!.id}/reverse`
      const response = await submit(paul, path, path, { reason: '' })
      expect(errorsOn(response.text)).to.deep.equal(['Enter the reason for the reversal'])
    })

    it('adds a reversing entry with the reason, dated today, and keeps the original as it was', async () => {
      const [receipt] = await ledger()
      const path = `${CASE}/entries/${receipt!.id}/reverse`
      const response = await submit(paul, path, path, { reason: 'Cheque returned unpaid' })
      expect(response.headers.location).to.equal(CASE)
      const entries = await ledger()
      expect(entries[0]).to.deep.equal(receipt)
      expect(entries.at(-1)).to.include({
        entry_type: 'receipt',
        amount_pence: -100_010,
        reverses_entry_id: receipt!.id,
        reason: 'Cheque returned unpaid',
        transaction_date: '2026-11-23',
        recorded_by: PAUL,
      })
      expect(await balance()).to.equal('-£1,025.10')
      const $ = parseHtml((await paul.get(CASE)).text)
      expect(textOf($, '#ledger'))
        .to.contain('Receipt reversal')
        .and.contain('Cheque returned unpaid')
        .and.contain('Reversed')
      const [audit] = await testApp.deps.auditLog.byAction('exceptional_receipt_reversed')
      expect(audit!.details).to.include({ entryId: receipt!.id, reason: 'Cheque returned unpaid' })
    })

    it('reverses an entry only once, and never a reversal', async () => {
      const entries = await ledger()
      const again = `${CASE}/entries/${entries[0]!.id}/reverse`
      const response = await submit(paul, again, again, { reason: 'Twice' })
      expect(response.status).to.equal(400)
      expect(errorsOn(response.text)).to.deep.equal(['This receipt has already been reversed'])
      expect((await paul.get(`${CASE}/entries/${entries.at(-1)!.id}/reverse`)).status).to.equal(404)
      expect(await ledger()).to.have.length(entries.length)
    })

    it('reverses a payment, putting the money back in the balance', async () => {
      const payment = (await ledger()).find(entry => entry.amount_pence === 2_500)!
      const path = `${CASE}/entries/${payment.id}/reverse`
      await submit(paul, path, path, { reason: 'Paid to the wrong account' })
      expect(await balance()).to.equal('-£1,000.10')
    })

    it('will not reverse another case’s entry through this case', async () => {
      const otherCaseEntry = await testApp.database.db('exceptional_case_ledger').where({ case_id: 1 }).first()
      expect((await paul.get(`${CASE}/entries/${otherCaseEntry!.id}/reverse`)).status).to.equal(404)
    })
  })
})
