import type { RequestHandler } from 'express'
import type { ClientModel } from '../../models/client.model.ts'
import type { ServiceRequestModel, ServiceRequestStatus } from '../../models/service-request.model.ts'
import { serviceRequestTypeNames } from '../../services/caseworker/service-request-appliers.ts'
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

/** Service requests from self-service and caseworkers, oldest first, filtered by status and type. */
export function get(requests: ServiceRequestModel, clients: ClientModel): RequestHandler {
  return async (req, res) => {
    const filter = readServiceRequestFilter(req.query)
    const list = await requests.list({
      status: filter.status === 'all' ? undefined : filter.status,
      requestType: filter.requestType || undefined,
    })
    const named = new Map((await clients.findByIds(list.map(item => item.clientId))).map(row => [row.id, row]))
    res.render('pages/caseworker/service-requests/list', {
      filter,
      typeNames: serviceRequestTypeNames,
      requests: list.map(item => ({ ...item, client: named.get(item.clientId) })),
    })
  }
}
