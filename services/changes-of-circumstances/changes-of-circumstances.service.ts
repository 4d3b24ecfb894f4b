import type { ChangeEvidenceModel } from '../../models/change-evidence.model.ts'
import type { Database } from '../../models/db.ts'
import type { ServiceRequestsService } from '../service-requests/service-requests.service.ts'
import type { PendingChange } from './pending-change.ts'

/**
 * Changes of circumstances a caseworker must act on (name, an address typed in, children, income,
 * overnight care, anything else): each becomes a service request with source Self Service for the
 * case-owning team, with any evidence documents linked to it in the same transaction. The client
 * record is not changed here: the caseworker applies the change.
 */
export class ChangesOfCircumstancesService {
  constructor(
    private readonly db: Database,
    private readonly serviceRequests: ServiceRequestsService,
    private readonly evidence: ChangeEvidenceModel,
  ) {}

  async report(clientId: number, change: PendingChange): Promise<{ id: number; reference: string }> {
    return this.db.transaction(async trx => {
      const raised = await this.serviceRequests.raise(
        {
          clientId,
          caseId: change.caseId,
          source: 'self_service',
          requestType: change.requestType,
          requestedChange: { ...change.requestedChange },
          currentValues: change.currentValues,
          clientNote: null,
          createdBy: String(clientId),
        },
        trx,
      )
      await this.evidence.link(clientId, change.documentIds, raised.id, trx)
      return raised
    })
  }
}
