import { spawn } from 'node:child_process'
import { expect } from 'chai'
import { AuditLog } from '../../../models/audit.model.ts'
import { openDatabase, toCount, type Database } from '../../../models/db.ts'
import {
  NotTheCasePayingParentError,
  PaymentLedger,
  type CardPaymentToRecord,
  type RecordedCardPayment,
} from '../../../models/payment-ledger.model.ts'
import { createTestApp, type TestApp } from '../../support/test-app.ts'

interface Parties {
  georgeId: number
  cindyId: number
  caseId: number
}

async function partiesOf(db: Database): Promise<Parties> {
  const found = await db('cases').where({ case_number: '1200000101' }).first()
  return { georgeId: found!.paying_parent_client_id, cindyId: found!.receiving_parent_client_id, caseId: found!.id }
}

/** Records the payment from a separate Node process sharing the database, once told to go. */
function recordInAnotherProcess(settings: TestApp['database']['settings'], payment: CardPaymentToRecord) {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'test/integration/payments/support/record-card-payment.ts',
      JSON.stringify({ settings, payment }),
    ],
    { stdio: ['pipe', 'pipe', 'inherit'] },
  )
  let output = ''
  let signalReady: () => void = () => undefined
  const ready = new Promise<void>(resolve => (signalReady = resolve))
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString()
    if (output.includes('ready\n')) signalReady()
  })
  const result = new Promise<RecordedCardPayment>((resolve, reject) => {
    child.on('close', code => {
      const last = output.trim().split('\n').at(-1) ?? ''
      if (code === 0) resolve(JSON.parse(last) as RecordedCardPayment)
      else reject(new Error(`the other process failed with ${code}: ${output}`))
    })
  })
  return { ready, go: () => child.stdin.write('go\n'), result }
}

describe('recording a card payment in the ledger', () => {
  let testApp: TestApp
  let ledger: PaymentLedger
  let parties: Parties
  before(async () => {
    testApp = await createTestApp({ demoData: true })
    ledger = new PaymentLedger(testApp.database.db, testApp.deps.auditLog, testApp.clock)
    parties = await partiesOf(testApp.database.db)
  })
  after(() => testApp.close())

  function payment(providerPaymentId: string, overrides: Partial<CardPaymentToRecord> = {}): CardPaymentToRecord {
    return {
      clientId: parties.georgeId,
      caseId: parties.caseId,
      amountPence: 2599,
      providerPaymentId,
      reference: 'SAR 1234',
      paidOn: '2026-11-23',
      ...overrides,
    }
  }

  const entriesFor = (externalId: string) => testApp.database.db('ledger_entries').where({ external_id: externalId })
  const auditsFor = async (externalId: string) =>
    (await testApp.deps.auditLog.byAction('card_payment.recorded')).filter(
      entry => entry.details?.providerPaymentId === externalId,
    )

  it('records money in on the case, with an audit entry of who paid what', async () => {
    const result = await ledger.recordCardPayment(payment('pay-first'))
    expect(result.recorded).to.equal(true)
    const [entry] = await entriesFor('pay-first')
    expect(entry).to.deep.include({
      id: result.entryId,
      case_id: parties.caseId,
      client_id: parties.georgeId,
      direction: 'in',
      amount_pence: 2599,
      transaction_date: '2026-11-23',
      method: 'debit_card',
      entry_type: 'card_payment',
      reference: 'SAR 1234',
      source: 'card_payment',
    })
    const [audit] = await auditsFor('pay-first')
    expect(audit).to.deep.include({
      actorType: 'client',
      actorId: String(parties.georgeId),
      subjectType: 'case',
      subjectId: String(parties.caseId),
    })
    expect(audit!.details).to.deep.include({ ledgerEntryId: result.entryId, amountPence: 2599 })
  })

  it('records a payment once, however often its return page is loaded', async () => {
    const first = await ledger.recordCardPayment(payment('pay-reloaded'))
    const again = await ledger.recordCardPayment(payment('pay-reloaded'))
    expect(again).to.deep.equal({ recorded: false, entryId: first.entryId })
    expect(await entriesFor('pay-reloaded')).to.have.length(1)
    expect(await auditsFor('pay-reloaded')).to.have.length(1)
  })

  it('records a payment once when two connections and another process record it at the same moment', async () => {
    const second = openDatabase(testApp.database.settings)
    const secondLedger = new PaymentLedger(second, new AuditLog(second, testApp.clock), testApp.clock)
    const other = recordInAnotherProcess(testApp.database.settings, payment('pay-raced'))
    try {
      await other.ready
      other.go()
      const results = await Promise.all([
        ledger.recordCardPayment(payment('pay-raced')),
        secondLedger.recordCardPayment(payment('pay-raced')),
        ledger.recordCardPayment(payment('pay-raced')),
        secondLedger.recordCardPayment(payment('pay-raced')),
        other.result,
      ])
      expect(results.filter(result => result.recorded)).to.have.length(1)
      expect(new Set(results.map(result => result.entryId)).size).to.equal(1)
      expect(await entriesFor('pay-raced')).to.have.length(1)
      expect(await auditsFor('pay-raced')).to.have.length(1)
    } finally {
      await second.destroy()
    }
  })

  it('refuses a client who is not the paying parent on the case, and leaves nothing behind', async () => {
    const before = toCount(await testApp.database.db('audit_log').count({ n: '*' }).first())
    let refused: unknown
    try {
      await ledger.recordCardPayment(payment('pay-wrong-client', { clientId: parties.cindyId }))
    } catch (error) {
      refused = error
    }
    expect(refused).to.be.instanceOf(NotTheCasePayingParentError)
    expect(await entriesFor('pay-wrong-client')).to.have.length(0)
    expect(toCount(await testApp.database.db('audit_log').count({ n: '*' }).first())).to.equal(before)
  })

  it('refuses a payment id already recorded for someone else', async () => {
    await ledger.recordCardPayment(payment('pay-taken'))
    let refused: unknown
    try {
      await ledger.recordCardPayment(payment('pay-taken', { clientId: parties.cindyId }))
    } catch (error) {
      refused = error
    }
    expect(refused).to.be.instanceOf(Error)
    expect(await entriesFor('pay-taken')).to.have.length(1)
  })

  it('refuses an amount that is not whole pence above zero', async () => {
    for (const amountPence of [0, -100, 10.5]) {
      let refused: unknown
      try {
        await ledger.recordCardPayment(payment(`pay-amount-${amountPence}`, { amountPence }))
      } catch (error) {
        refused = error
      }
      expect(refused, String(amountPence)).to.be.instanceOf(Error)
    }
  })
})
