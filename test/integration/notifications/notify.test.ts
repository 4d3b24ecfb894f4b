import { createHmac } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { expect } from 'chai'
import { OutboundMessageModel } from '../../../models/outbound-message.model.ts'
import { FixedClock } from '../../../services/clock.ts'
import { createI18n } from '../../../services/i18n.ts'
import { NotifyNotificationService } from '../../../services/notifications/notify-notification-service.ts'
import { OutboxNotificationService } from '../../../services/notifications/outbox-notification-service.ts'
import { createTestDatabase, type TestDatabase } from '../../support/test-database.ts'

const serviceId = '26785a09-ab16-4eb0-8407-a37497a57506'
const secret = '3d844edf-8d35-48ac-975b-e847b4f122b0'
const apiKey = `cmss_test-${serviceId}-${secret}`

interface Received {
  path: string
  body: Record<string, unknown>
  tokenValid: boolean
}

/** A local stand-in for the GOV.UK Notify API: checks the JWT the client signs, records the request. */
function startNotifyStub(received: Received[]): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    let raw = ''
    req.on('data', chunk => (raw += String(chunk)))
    req.on('end', () => {
      const token = (req.headers.authorization ?? '').replace('Bearer ', '')
      const [header, payload, signature] = token.split('.')
      const expected = createHmac('sha256', secret).update(`${header}.${payload}`).digest('base64url')
      const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString() || '{}') as { iss?: string }
      received.push({
        path: req.url ?? '',
        body: JSON.parse(raw) as Record<string, unknown>,
        tokenValid: signature === expected && claims.iss === serviceId,
      })
      res.writeHead(201, { 'Content-Type': 'application/json' })
      res.end(
        JSON.stringify({
          id: 'notify-message-1',
          reference: null,
          content: { body: 'x', subject: 'y', from_email: 'z@example.com' },
          uri: '',
          template: { id: 't', version: 1, uri: '' },
        }),
      )
    })
  })
  return new Promise(resolve => server.listen(0, '127.0.0.1', () => resolve(server)))
}

describe('notifications adapter', () => {
  let database: TestDatabase
  const clock = new FixedClock('2026-11-23T10:00:00.000Z')
  const i18n = createI18n()

  beforeEach(async () => {
    database = await createTestDatabase()
  })
  afterEach(() => database.destroy())

  it('keeps emails and texts in the outbox by default, rendered in the client’s language', async () => {
    const outbox = new OutboundMessageModel(database.db)
    const service = new OutboxNotificationService(outbox, i18n, clock)
    await service.sendEmail({
      template: 'signInCode',
      language: 'cy',
      emailAddress: 'a@example.com',
      clientId: null,
      values: { firstName: 'Aled', code: '123456' },
    })
    await service.sendSms({
      template: 'pinChanged',
      language: 'en',
      phoneNumber: '07700900123',
      clientId: null,
      values: { firstName: 'Aled', date: '23 November 2026' },
    })
    const [sms, email] = await outbox.latest()
    expect(email).to.include({ channel: 'email', recipient: 'a@example.com', status: 'stored', language: 'cy' })
    expect(email!.body).to.contain('Annwyl Aled').and.contain('123456')
    expect(sms).to.include({ channel: 'sms', recipient: '07700900123', subject: null })
  })

  it('sends through GOV.UK Notify with a signed token and the rendered subject and body, and records Notify’s id', async () => {
    const received: Received[] = []
    const stub = await startNotifyStub(received)
    try {
      const outbox = new OutboundMessageModel(database.db)
      const baseUrl = `http://127.0.0.1:${(stub.address() as AddressInfo).port}`
      const service = new NotifyNotificationService(
        { apiKey, emailTemplateId: 'email-template', smsTemplateId: 'sms-template', baseUrl },
        outbox,
        i18n,
        clock,
      )
      await service.sendEmail({
        template: 'signInCode',
        language: 'en',
        emailAddress: 'b@example.com',
        clientId: null,
        values: { firstName: 'Bea', code: '654321' },
        reference: 'ref-1',
      })
      expect(received).to.have.length(1)
      expect(received[0]!.path).to.equal('/v2/notifications/email')
      expect(received[0]!.tokenValid).to.equal(true)
      expect(received[0]!.body).to.deep.include({
        template_id: 'email-template',
        email_address: 'b@example.com',
        reference: 'ref-1',
      })
      const personalisation = received[0]!.body.personalisation as { subject: string; body: string }
      expect(personalisation.subject).to.equal('Your Child Maintenance Service sign-in code')
      expect(personalisation.body).to.contain('654321')
      const [recorded] = await outbox.latest()
      expect(recorded).to.include({ status: 'sent', provider_id: 'notify-message-1' })
    } finally {
      stub.close()
    }
  })

  it('records nothing as sent when Notify refuses the message', async () => {
    const server = http.createServer((_req, res) => {
      res.writeHead(400, { 'Content-Type': 'application/json' })
      res.end(
        JSON.stringify({
          errors: [{ error: 'BadRequestError', message: 'Missing personalisation' }],
          status_code: 400,
        }),
      )
    })
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    try {
      const outbox = new OutboundMessageModel(database.db)
      const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
      const service = new NotifyNotificationService(
        { apiKey, emailTemplateId: 'e', smsTemplateId: 's', baseUrl },
        outbox,
        i18n,
        clock,
      )
      let failed = false
      try {
        await service.sendEmail({
          template: 'signInCode',
          language: 'en',
          emailAddress: 'c@example.com',
          clientId: null,
          values: { firstName: 'C', code: '1' },
        })
      } catch {
        failed = true
      }
      expect(failed).to.equal(true)
      expect(await outbox.latest()).to.have.length(0)
    } finally {
      server.close()
    }
  })
})
