import { expect } from 'chai'
import { ScheduledTexts } from '../../../models/scheduled-text.model.ts'
import { FixedClock } from '../../../services/clock.ts'
import { addDays } from '../../../services/rules/calendar.ts'
import { PaymentDueReminders } from '../../../services/text-updates/payment-due-reminders.ts'
import { clientIdByReference } from '../../support/demo-clients.ts'
import { signedInCaseworker } from '../../support/staff-journeys.ts'
import { takeTelephonePayment } from '../../support/payment-sandbox.ts'
import { createTestApp, type TestApp } from '../../support/test-app.ts'
import { optInToTexts, TEST_MOBILE, textsTo } from '../../support/text-updates.ts'

const EWAN = '121004000034'
const SARAH = '121004000042'

describe('SMS text updates', () => {
  let testApp: TestApp
  beforeEach(async () => {
    testApp = await createTestApp({ demoData: true })
  })
  afterEach(() => testApp.close())

  const db = () => testApp.database.db
  const clientId = (crn: string) => clientIdByReference(testApp, crn)

  /** Ewan's next payment due on or after the test's today, and a clock three days before it. */
  async function threeDaysBeforeEwansNextPayment() {
    const ewan = await clientId(EWAN)
    const item: { due_date: string } | undefined = await db()('payment_schedule_items')
      .join('cases', 'cases.id', 'payment_schedule_items.case_id')
      .where('cases.paying_parent_client_id', ewan)
      .where('payment_schedule_items.due_date', '>', '2026-11-26')
      .orderBy('payment_schedule_items.due_date')
      .first('payment_schedule_items.due_date')
    const clock = new FixedClock(`${addDays(item!.due_date, -3)}T09:00:00Z`)
    return { ewan, clock }
  }

  it('texts a paying parent once, three days before a payment is due, however often and wherever the job runs', async () => {
    const { ewan, clock } = await threeDaysBeforeEwansNextPayment()
    await optInToTexts(testApp, ewan)
    const job = () => new PaymentDueReminders(new ScheduledTexts(db()), testApp.deps.textUpdates, clock)
    // Two processes running the job at the same moment send one text between them.
    const [first, second] = await Promise.all([job().run(), job().run()])
    expect(first + second).to.equal(1)
    // After a restart the job finds the reminder already claimed.
    expect(await job().run()).to.equal(0)
    const texts = await textsTo(testApp, ewan)
    expect(texts).to.have.length(1)
    expect(texts[0]).to.deep.include({ template: 'textPaymentDue', recipient: TEST_MOBILE, language: 'en' })
    expect(texts[0]!.body).to.equal(
      'Hello Ewan, your next child maintenance payment is due in 3 days. Sign in to your Child Maintenance Service account to see your payment plan.',
    )
  })

  it('sends nothing to a client who has not opted in, or has no mobile number', async () => {
    const { ewan, clock } = await threeDaysBeforeEwansNextPayment()
    await optInToTexts(testApp, ewan, { sms_opt_in: false })
    const job = new PaymentDueReminders(new ScheduledTexts(db()), testApp.deps.textUpdates, clock)
    expect(await job.run()).to.equal(0)
    await optInToTexts(testApp, ewan, { phone_mobile: null })
    expect(await job.run()).to.equal(0)
    expect(await textsTo(testApp, ewan)).to.deep.equal([])
  })

  it('texts in Welsh for a client whose language is Welsh, with their first name only', async () => {
    const ewan = await clientId(EWAN)
    await optInToTexts(testApp, ewan, { preferred_language: 'cy' })
    expect(await testApp.deps.textUpdates.send(ewan, 'letterWaiting')).to.equal(true)
    const [text] = await textsTo(testApp, ewan)
    expect(text!.language).to.equal('cy')
    expect(text!.body).to.equal(
      'Helo Ewan, mae gennych lythyr newydd gan y Gwasanaeth Cynhaliaeth Plant. Mewngofnodwch i’ch cyfrif i’w ddarllen.',
    )
    expect(text!.body).not.to.contain('Jones')
  })

  it('stops at once when the client opts out', async () => {
    const ewan = await clientId(EWAN)
    await optInToTexts(testApp, ewan)
    expect(await testApp.deps.textUpdates.send(ewan, 'messageWaiting')).to.equal(true)
    await db()('clients').where({ id: ewan }).update({ sms_opt_in: false })
    expect(await testApp.deps.textUpdates.send(ewan, 'messageWaiting')).to.equal(false)
    expect(await textsTo(testApp, ewan)).to.have.length(1)
  })

  it('texts the receiving parent once when a payment for them is recorded, even if the return page is reloaded', async () => {
    const sarah = await clientId(SARAH)
    await optInToTexts(testApp, sarah)
    const ewan = await clientId(EWAN)
    const [ewansCase] = await db()('cases').where({ paying_parent_client_id: ewan, receiving_parent_client_id: sarah })
    const { agent } = await signedInCaseworker(testApp.app)
    const returned = await takeTelephonePayment(agent, ewan, ewansCase!.id, '25.00')
    await agent.get(returned.url)
    const texts = await textsTo(testApp, sarah)
    expect(texts.map(text => text.template)).to.deep.equal(['textPaymentReceived'])
  })

  it('sends a security notice when the client changes their PIN or contact details', async () => {
    const ewan = await clientId(EWAN)
    await optInToTexts(testApp, ewan)
    const row = async () => (await db()('clients').where({ id: ewan }).first())!
    expect((await testApp.deps.details.changePin.change(await row(), '9753108', '1357246')).outcome).to.equal('changed')
    await testApp.deps.details.contactDetails.change(await row(), 'email_changed', { email: 'ewan.new@example.com' })
    const texts = await textsTo(testApp, ewan)
    expect(texts.map(text => text.template)).to.deep.equal(['textSecurityNotice', 'textSecurityNotice'])
  })

  it('never fails the thing it tells the client about when a text cannot be sent', async () => {
    const ewan = await clientId(EWAN)
    await optInToTexts(testApp, ewan)
    const failing = await createTestApp({
      demoData: true,
      overrides: {
        notifications: {
          sendEmail: () => Promise.reject(new Error('Notify is down')),
          sendSms: () => Promise.reject(new Error('Notify is down')),
        },
      },
    })
    try {
      const id = await clientIdByReference(failing, EWAN)
      await optInToTexts(failing, id)
      expect(await failing.deps.textUpdates.send(id, 'securityNotice')).to.equal(false)
    } finally {
      await failing.close()
    }
  })
})
