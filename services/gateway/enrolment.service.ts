import type { AuditLog } from '../../models/audit.model.ts'
import type { ClientModel } from '../../models/client.model.ts'
import type { IdentityAccountModel } from '../../models/identity-account.model.ts'
import type { Clock } from '../clock.ts'
import type { IdentityAccount } from './identity-provider.ts'

export const ENROLMENT_FAILURE_LIMIT = 5
export const ENROLMENT_WINDOW_HOURS = 24

export interface KnownFacts {
  customerReferenceNumber: string
  nationalInsuranceNumber: string
  dateOfBirth: string
  referenceName: string | null
}

export type EnrolmentResult =
  | { outcome: 'enrolled'; clientId: number }
  | { outcome: 'noMatch' }
  | { outcome: 'locked'; lockedUntil: Date }
  | { outcome: 'recordEnrolledElsewhere' }
  | { outcome: 'accountAlreadyEnrolled' }

/**
 * Enrolment for the Child Maintenance Service: the identity account is linked to the one client
 * record whose three known facts all match. A failure never says which fact was wrong; 5 failures in
 * 24 hours lock enrolment for the account for 24 hours; a record links to one account only.
 */
export class EnrolmentService {
  constructor(
    private readonly accounts: IdentityAccountModel,
    private readonly clients: ClientModel,
    private readonly auditLog: AuditLog,
    private readonly clock: Clock,
  ) {}

  async enrol(account: IdentityAccount, facts: KnownFacts): Promise<EnrolmentResult> {
    const now = this.clock.now()
    const audit = (action: string, subjectId?: number, details?: Record<string, unknown>) =>
      this.auditLog.record({
        actorType: 'identity_account',
        actorId: String(account.accountId),
        action,
        subjectType: subjectId ? 'client' : 'identity_account',
        subjectId: subjectId ?? account.accountId,
        details,
      })

    if (account.enrolmentLockedUntil && account.enrolmentLockedUntil > now)
      return { outcome: 'locked', lockedUntil: account.enrolmentLockedUntil }
    if (await this.clients.findByIdentityAccount(account.accountId)) return { outcome: 'accountAlreadyEnrolled' }

    const client = await this.clients.findByKnownFacts(
      facts.customerReferenceNumber,
      facts.nationalInsuranceNumber,
      facts.dateOfBirth,
    )
    if (!client) {
      await this.accounts.recordEnrolmentAttempt(account.accountId, false, now)
      await audit('enrolment_failed')
      const windowStart = new Date(now.getTime() - ENROLMENT_WINDOW_HOURS * 3_600_000)
      if ((await this.accounts.countFailedEnrolmentsSince(account.accountId, windowStart)) >= ENROLMENT_FAILURE_LIMIT) {
        const lockedUntil = new Date(now.getTime() + ENROLMENT_WINDOW_HOURS * 3_600_000)
        await this.accounts.lockEnrolment(account.accountId, lockedUntil)
        await audit('enrolment_locked', undefined, { until: lockedUntil.toISOString() })
        return { outcome: 'locked', lockedUntil }
      }
      return { outcome: 'noMatch' }
    }
    if (
      client.identity_account_id !== null ||
      !(await this.clients.linkIdentityAccount(client.id, account.accountId, now))
    ) {
      await audit('enrolment_refused_record_enrolled_elsewhere', client.id)
      return { outcome: 'recordEnrolledElsewhere' }
    }
    await this.accounts.recordEnrolmentAttempt(account.accountId, true, now)
    await this.accounts.setEnrolmentReferenceName(account.accountId, facts.referenceName)
    await audit('enrolled', client.id)
    return { outcome: 'enrolled', clientId: client.id }
  }
}
