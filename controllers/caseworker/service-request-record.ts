import type { Request, Response } from 'express'
import type { ServiceRequest, ServiceRequestModel } from '../../models/service-request.model.ts'
import { renderNotFound } from './not-found.ts'

/** The service request named in the URL, or a 404 page. */
export async function serviceRequestFromPath(
  req: Request,
  res: Response,
  requests: ServiceRequestModel,
): Promise<ServiceRequest | undefined> {
  const id = Number(req.params.requestId)
  const request = Number.isSafeInteger(id) && id > 0 ? await requests.findById(id) : undefined
  if (!request) renderNotFound(res)
  return request
}
