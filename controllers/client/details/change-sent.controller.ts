import type { RequestHandler } from 'express'
import type { ServiceRequestModel } from '../../../models/service-request.model.ts'

/** The confirmation with the reference: only for the client's own request, anyone else's is not found. */
export function get(serviceRequests: ServiceRequestModel): RequestHandler {
  return async (req, res, next) => {
    const reference = typeof req.params.reference === 'string' ? req.params.reference : ''
    const request = await serviceRequests.findForClient(req.session.clientId!, reference)
    if (request?.source !== 'self_service') return next()
    res.render('pages/client/details/change-sent', { request })
  }
}
