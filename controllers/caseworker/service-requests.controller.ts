import type { RequestHandler } from 'express'
import type { ClientModel } from '../../models/client.model.ts'
import type { ServiceRequestModel, ServiceRequestStatus } from '../../models/service-request.model.ts'
import { serviceRequestTypeNames } from '../../services/caseworker/service-request-appliers.ts'
import { heldRoles } from '../../middleware/special-client-records.ts'
import type { SpecialClientRecordsService } from '../../services/caseworker/special-client-records.ts'
import { textField } from '../../services/validation/fields.ts'

const statuses: Array<ServiceRequestStatus | 'all'> = ['open', 'completed', 'rejected', 'all']

/** The filters from the query string; anything unknown falls back to open requests of every type. */
export function readServiceRequestFilter(query: Record<string, unknown>) {
  const status = textField(query, 'status') as ServiceRequestStatus | 'all'
  const requestType = textField(query, 'type')
  return {
    status: statuses.includes(status) ? status : 'open',
    requestType: Object.hasOwn(serviceRequestTypeNames, requestType) ? requestType : '',
  }
}

/**
 * Service requests from self-service and caseworkers, oldest first, filtered by status and type. A
 * special client record's requests show, to staff without the profile, its CRN instead of its name.
 */
export function get(
  requests: ServiceRequestModel,
  clients: ClientModel,
  records: SpecialClientRecordsService,
): RequestHandler {
  return async (req, res) => {
    const filter = readServiceRequestFilter(req.query)
    const list = await requests.list({
      status: filter.status === 'all' ? undefined : filter.status,
      requestType: filter.requestType || undefined,
    })
    const clientIds = list.map(item => item.clientId)
    const named = new Map((await clients.findByIds(clientIds)).map(row => [row.id, row]))
    const hidden = await records.hiddenFrom(heldRoles(res), clientIds)
    res.render('pages/caseworker/service-requests/list', {
      filter,
      typeNames: serviceRequestTypeNames,
      requests: list.map(item => ({
        ...item,
        client: named.get(item.clientId),
        restricted: hidden.has(item.clientId),
      })),
    })
  }
}
