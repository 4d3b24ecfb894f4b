import { randomInt } from 'node:crypto'
import type { AuditLog } from '../../models/audit.model.ts'
import type { Database } from '../../models/db.ts'
import type { NewServiceRequest, ServiceRequestModel } from '../../models/service-request.model.ts'
import type { Clock } from '../clock.ts'

/** Letters and digits that cannot be mistaken for each other when read over the phone. */
const REFERENCE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'

/** A service request reference such as "SR-7KQ2M9XA": random, short, easy to read out. */
export function newServiceRequestReference(): string {
  let code = ''
  for (let index = 0; index < 8; index++) code += REFERENCE_ALPHABET.charAt(randomInt(REFERENCE_ALPHABET.length))
  return `SR-${code}`
}

export type RaiseServiceRequest = Omit<NewServiceRequest, 'reference'>

/**
 * Raises service requests for the case-owning team, with an audit entry in the same transaction.
 * Callers that store more with the request (evidence links) pass their own transaction.
 */
export class ServiceRequestsService {
  constructor(
    private readonly db: Database,
    private readonly requests: ServiceRequestModel,
    private readonly auditLog: AuditLog,
    private readonly clock: Clock,
  ) {}

  async raise(request: RaiseServiceRequest, transaction?: Database): Promise<{ id: number; reference: string }> {
    const run = async (trx: Database) => {
      const reference = newServiceRequestReference()
      const id = await this.requests.create({ ...request, reference }, this.clock.now(), trx)
      await this.auditLog.record(
        {
          actorType: request.source === 'self_service' ? 'client' : 'staff',
          actorId: request.createdBy,
          action: 'service_request_raised',
          subjectType: 'service_request',
          subjectId: id,
          details: { reference, clientId: request.clientId, requestType: request.requestType },
        },
        trx,
      )
      return { id, reference }
    }
    return transaction ? run(transaction) : this.db.transaction(run)
  }
}
