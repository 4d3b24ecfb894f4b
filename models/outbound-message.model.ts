import type { OutboundMessageRow } from '../types/knex-tables-identity.d.ts'
import type { Database } from './db.ts'

export interface NewOutboundMessage {
  channel: 'email' | 'sms'
  recipient: string
  clientId: number | null
  template: string
  language: string
  subject: string | null
  body: string
  reference: string | null
  status: 'stored' | 'sent' | 'failed'
  providerId: string | null
}

/** Every email and text the notifications adapter sent or stored, for caseworkers to read. */
export class OutboundMessageModel {
  constructor(private readonly db: Database) {}

  async record(message: NewOutboundMessage, now: Date): Promise<void> {
    await this.db('outbound_messages').insert({
      channel: message.channel,
      recipient: message.recipient,
      client_id: message.clientId,
      template: message.template,
      language: message.language,
      subject: message.subject,
      body: message.body,
      reference: message.reference,
      status: message.status,
      provider_id: message.providerId,
      created_at: now.toISOString(),
    })
  }

  forClient(clientId: number, limit = 50): Promise<OutboundMessageRow[]> {
    return this.db('outbound_messages').where({ client_id: clientId }).orderBy('id', 'desc').limit(limit)
  }

  findById(id: number): Promise<OutboundMessageRow | undefined> {
    return this.db('outbound_messages').where({ id }).first()
  }

  /** The id of the message sent with a reference, the newest if several. */
  async idByReference(reference: string): Promise<number | undefined> {
    const row = await this.db('outbound_messages').where({ reference }).orderBy('id', 'desc').first('id')
    return row?.id
  }

  latest(limit = 50): Promise<OutboundMessageRow[]> {
    return this.db('outbound_messages').orderBy('id', 'desc').limit(limit)
  }
}
