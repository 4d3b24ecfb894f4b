import { newActivity, type Activities } from '../../models/activity.model.ts'
import type { AuditLog } from '../../models/audit.model.ts'
import type { ClientModel } from '../../models/client.model.ts'
import type { Database } from '../../models/db.ts'
import type { Letter, Letters } from '../../models/letter.model.ts'
import type { Clock } from '../clock.ts'
import type { NotificationService } from '../notifications/notification-service.ts'
import type { TextUpdates } from '../text-updates/text-updates.ts'
import { deliveryFor, letterTemplates, type LetterTemplateCode } from './letter-templates.ts'

const isLetterTemplateCode = (code: string): code is LetterTemplateCode => Object.hasOwn(letterTemplates, code)

export interface LetterRequest {
  clientId: number
  caseId?: number | null
  templateCode: LetterTemplateCode
  details?: Record<string, unknown>
  /** A staff ID, or "system". */
  issuedBy: string
}

/** A letter ready to record: who it is for, in which language, and how it goes. */
export interface PreparedLetter {
  request: LetterRequest
  language: 'en' | 'cy'
  delivery: 'self_service' | 'post'
  email: { address: string; firstName: string } | null
}

export interface LetterIssuerDependencies {
  db: Database
  clock: Clock
  clients: Pick<ClientModel, 'findById'>
  letters: Letters
  activities: Activities
  auditLog: AuditLog
  notifications: NotificationService
  textUpdates: Pick<TextUpdates, 'send'>
}

/**
 * Issues letters: the letter and its outbound letter activity (and audit entry) commit together;
 * then a text (to a client who opted in) and, for a letter on the site only, an email tell the client
 * it is waiting. Work that has its own transaction (a PIN reset) uses the three steps: prepare before
 * it, record in it, announce after.
 */
export class LetterIssuer {
  constructor(private readonly deps: LetterIssuerDependencies) {}

  async issue(request: LetterRequest): Promise<Letter> {
    const prepared = await this.prepare(request)
    const letter = await this.deps.db.transaction(trx => this.record(prepared, trx))
    await this.announce(prepared, letter)
    return letter
  }

  /**
   * Sends a client's letter again, as a new letter with its own reference, the same way a new one
   * would go (the client's contact preference may have changed). Undefined when the letter is not
   * the client's.
   */
  async resend(clientId: number, letterId: number, staffId: string): Promise<Letter | undefined> {
    const original = await this.deps.letters.findForClient(clientId, letterId)
    if (!original || !isLetterTemplateCode(original.templateCode)) return undefined
    return this.issue({
      clientId,
      caseId: original.caseId,
      templateCode: original.templateCode,
      details: original.details,
      issuedBy: staffId,
    })
  }

  async prepare(request: LetterRequest): Promise<PreparedLetter> {
    const client = await this.deps.clients.findById(request.clientId)
    if (!client) throw new Error(`No client ${request.clientId} to send a letter to`)
    const delivery = deliveryFor(request.templateCode, client.contact_preference)
    return {
      request,
      language: client.preferred_language === 'cy' ? 'cy' : 'en',
      delivery,
      email: client.email ? { address: client.email, firstName: client.first_name } : null,
    }
  }

  async record({ request, language, delivery }: PreparedLetter, trx: Database): Promise<Letter> {
    const now = this.deps.clock.now()
    const letter = await this.deps.letters.issue(
      {
        clientId: request.clientId,
        caseId: request.caseId ?? null,
        templateCode: request.templateCode,
        language,
        details: request.details ?? {},
        delivery,
        issuedBy: request.issuedBy,
      },
      now,
      trx,
    )
    await this.deps.activities.record(
      newActivity({
        clientId: request.clientId,
        caseId: request.caseId ?? null,
        activityType: 'outbound_letter',
        direction: 'outbound',
        subject: letterTemplates[request.templateCode].title,
        reference: letter.reference,
        status: 'done',
        letterId: letter.id,
        createdBy: request.issuedBy,
      }),
      now,
      trx,
    )
    await this.deps.auditLog.record(
      {
        actorType: request.issuedBy === 'system' ? 'system' : 'staff',
        actorId: request.issuedBy,
        action: 'letter.issued',
        subjectType: 'letter',
        subjectId: letter.id,
        details: { templateCode: request.templateCode, delivery, clientId: request.clientId },
      },
      trx,
    )
    return letter
  }

  /**
   * Every letter, posted or not, is on the client's Letters page, so a client who opted in to texts is
   * told of each one; the email goes only with a letter that is not posted too.
   */
  async announce(prepared: PreparedLetter, letter: Letter): Promise<void> {
    await this.deps.textUpdates.send(letter.clientId, 'letterWaiting')
    if (prepared.delivery !== 'self_service' || !prepared.email) return
    await this.deps.notifications.sendEmail({
      template: 'letterWaiting',
      language: prepared.language,
      emailAddress: prepared.email.address,
      values: { firstName: prepared.email.firstName },
      clientId: letter.clientId,
      reference: letter.reference,
    })
  }
}
