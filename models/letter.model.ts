import { randomInt } from 'node:crypto'
import type { LetterRow } from '../types/knex-tables-activities.d.ts'
import { returnedId, toCount, type Database } from './db.ts'

export type LetterDelivery = 'self_service' | 'post'

export interface NewLetter {
  clientId: number
  caseId: number | null
  /** Which letter template, such as "CMSL9800". */
  templateCode: string
  language: 'en' | 'cy'
  /** The figures the template needs. */
  details: Record<string, unknown>
  delivery: LetterDelivery
  /** A staff ID, or "system". */
  issuedBy: string
}

export interface Letter extends NewLetter {
  id: number
  reference: string
  issuedAt: string
  readAt: string | null
}

const REFERENCE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'

/** A letter reference such as "L-7KQ2M9XA": random, short, easy to read out. */
export function newLetterReference(): string {
  let code = ''
  for (let index = 0; index < 8; index++) code += REFERENCE_ALPHABET.charAt(randomInt(REFERENCE_ALPHABET.length))
  return `L-${code}`
}

function toLetter(row: LetterRow): Letter {
  return {
    id: row.id,
    reference: row.reference,
    clientId: row.client_id,
    caseId: row.case_id,
    templateCode: row.template_code,
    language: row.language === 'cy' ? 'cy' : 'en',
    details: JSON.parse(row.details) as Record<string, unknown>,
    delivery: row.delivery as LetterDelivery,
    issuedAt: row.issued_at,
    issuedBy: row.issued_by,
    readAt: row.read_at,
  }
}

/** Letters issued to clients. Every query for a client's letter is scoped to that client. */
export class Letters {
  constructor(private readonly db: Database) {}

  async issue(letter: NewLetter, now: Date, transaction: Database = this.db): Promise<Letter> {
    const reference = newLetterReference()
    const issuedAt = now.toISOString()
    const inserted: unknown[] = await transaction('letters')
      .insert({
        reference,
        client_id: letter.clientId,
        case_id: letter.caseId,
        template_code: letter.templateCode,
        language: letter.language,
        details: JSON.stringify(letter.details),
        delivery: letter.delivery,
        issued_at: issuedAt,
        issued_by: letter.issuedBy,
      })
      .returning('id')
    return { ...letter, id: returnedId(inserted[0]), reference, issuedAt, readAt: null }
  }

  async findById(id: number): Promise<Letter | undefined> {
    const row = await this.db('letters').where({ id }).first()
    return row ? toLetter(row) : undefined
  }

  /** A client's own letter; another client's is the same as none. */
  async findForClient(clientId: number, id: number): Promise<Letter | undefined> {
    const row = await this.db('letters').where({ id, client_id: clientId }).first()
    return row ? toLetter(row) : undefined
  }

  async listForClient(clientId: number): Promise<Letter[]> {
    const rows = await this.db('letters')
      .where({ client_id: clientId })
      .orderBy([
        { column: 'issued_at', order: 'desc' },
        { column: 'id', order: 'desc' },
      ])
    return rows.map(toLetter)
  }

  async markRead(clientId: number, id: number, now: Date): Promise<void> {
    await this.db('letters')
      .where({ id, client_id: clientId })
      .whereNull('read_at')
      .update({ read_at: now.toISOString() })
  }

  async countUnread(clientId: number): Promise<number> {
    return toCount(
      await this.db('letters').where({ client_id: clientId }).whereNull('read_at').count({ count: '*' }).first(),
    )
  }
}
