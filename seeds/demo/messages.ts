import { returnedId, type Database } from '../../models/db.ts'
import { addWorkingDays, MESSAGE_RESPONSE_WORKING_DAYS } from '../../services/rules/working-days.ts'
import { letterTemplates, type LetterTemplateCode } from '../../services/letters/letter-templates.ts'

/*
 * Letters and contact history for the enrolled demo clients (Ewan and Sarah Jones), so My messages,
 * the letters list and "You have N new messages" have something to show from the first sign-in.
 */

interface DemoLetter {
  client: string
  templateCode: LetterTemplateCode
  daysAgo: number
  read: boolean
  reference: string
  details: Record<string, unknown>
}

interface DemoContact {
  client: string
  activityType: 'inbound_message' | 'outbound_email' | 'phone_call'
  direction: 'inbound' | 'outbound'
  subject: string
  daysAgo: number
  reference?: string
}

const demoLetters: DemoLetter[] = [
  {
    client: 'ewan',
    templateCode: 'PAYMENT_PLAN',
    daysAgo: 40,
    read: true,
    reference: 'L-DEMQ2EWA',
    details: { caseNumber: '1200000305', amountPence: 34000, firstPaymentDate: '2026-01-05' },
  },
  {
    client: 'ewan',
    templateCode: 'ANNUAL_REVIEW',
    daysAgo: 3,
    read: false,
    reference: 'L-DEMR3EWA',
    details: { caseNumber: '1200000305', reviewDate: '2027-01-05', newAmountPence: 35500 },
  },
  {
    client: 'sarah',
    templateCode: 'PAYMENT_PLAN',
    daysAgo: 10,
    read: false,
    reference: 'L-DEMQ4SAR',
    details: { caseNumber: '1200000305', amountPence: 34000, firstPaymentDate: '2026-01-05' },
  },
]

const demoContacts: DemoContact[] = [
  {
    client: 'ewan',
    activityType: 'phone_call',
    direction: 'inbound',
    subject: 'Asked when the next payment is due',
    daysAgo: 30,
  },
  {
    client: 'ewan',
    activityType: 'inbound_message',
    direction: 'inbound',
    subject: 'General query',
    daysAgo: 12,
    reference: 'M-DEMX5EWA',
  },
  {
    client: 'ewan',
    activityType: 'outbound_email',
    direction: 'outbound',
    subject: 'Approved response: your payment dates',
    daysAgo: 11,
  },
]

const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * 86_400_000)

export async function seedMessagesAndLetters(trx: Database, clientIds: Map<string, number>, now: Date): Promise<void> {
  for (const letter of demoLetters) {
    const clientId = clientIds.get(letter.client)!
    const issuedAt = daysBefore(now, letter.daysAgo).toISOString()
    const inserted: unknown[] = await trx('letters')
      .insert({
        reference: letter.reference,
        client_id: clientId,
        template_code: letter.templateCode,
        language: 'en',
        details: JSON.stringify(letter.details),
        delivery: 'post',
        issued_at: issuedAt,
        issued_by: 'system',
        read_at: letter.read ? issuedAt : null,
      })
      .returning('id')
    await trx('activities').insert({
      client_id: clientId,
      activity_type: 'outbound_letter',
      direction: 'outbound',
      subject: letterTemplates[letter.templateCode].title,
      reference: letter.reference,
      status: 'done',
      letter_id: returnedId(inserted[0]),
      created_at: issuedAt,
      created_by: 'system',
    })
  }
  for (const contact of demoContacts) {
    const at = daysBefore(now, contact.daysAgo)
    const isMessage = contact.activityType === 'inbound_message'
    await trx('activities').insert({
      client_id: clientIds.get(contact.client)!,
      activity_type: contact.activityType,
      direction: contact.direction,
      subject: contact.subject,
      body: isMessage ? 'Can I change the day my payments are taken?' : null,
      reference: contact.reference ?? null,
      status: 'done',
      due_on: isMessage ? addWorkingDays(at.toISOString().slice(0, 10), MESSAGE_RESPONSE_WORKING_DAYS) : null,
      created_at: at.toISOString(),
      created_by: isMessage ? 'self_service' : '35220900',
    })
  }
}
