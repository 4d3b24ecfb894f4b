import type { Request, RequestHandler, Response } from 'express'
import type { ClientModel } from '../../models/client.model.ts'
import { caseworkerPaths, pathTo } from '../../routes/paths.ts'
import type { ApplicationProgress } from '../../services/applications/application-progress.ts'
import {
  applicationStages,
  awaitedFromClient,
  awaitedFromOtherParent,
  progressOf,
} from '../../services/applications/application-stages.ts'
import { staffFormErrors } from '../../services/validation/staff-errors.ts'
import { dateParts } from '../../services/validation/staff-fields.ts'
import type { FormErrors } from '../../services/validation/form-errors.ts'
import type { ClientRow } from '../../types/knex-tables.d.ts'
import { checkApplicationMove } from './application.validation.ts'
import { clientFromPath } from './client-record.ts'

type Applications = Pick<ApplicationProgress, 'forClient' | 'move'>

async function render(
  res: Response,
  client: ClientRow,
  applications: Applications,
  values: Record<string, unknown>,
  errors?: FormErrors,
): Promise<void> {
  const application = await applications.forClient(client.id)
  res.status(errors ? 400 : 200).render('pages/caseworker/application', {
    client,
    application,
    standings: application ? progressOf(application) : [],
    stages: applicationStages,
    awaitedFromClient,
    awaitedFromOtherParent,
    values,
    errors,
  })
}

function currentValues(application: Awaited<ReturnType<Applications['forClient']>>): Record<string, unknown> {
  if (!application) return {}
  const [year, month, day] = (application.firstPaymentOn ?? '').split('-')
  return {
    stage: application.stage,
    awaitedFromClient: application.awaitedFromClient,
    awaitedFromOtherParent: application.awaitedFromOtherParent,
    firstPaymentOn: { day: day ?? '', month: month ?? '', year: year ?? '' },
  }
}

/** Where a client's application stands, and the form to move it on (or back). */
export function get(clients: ClientModel, applications: Applications): RequestHandler {
  return async (req, res) => {
    const client = await clientFromPath(req, res, clients)
    if (!client) return
    await render(res, client, applications, currentValues(await applications.forClient(client.id)))
  }
}

function typedValues(req: Request): Record<string, unknown> {
  const body = req.body as Record<string, unknown>
  const list = (value: unknown) => ([] as unknown[]).concat(value ?? []).filter(each => typeof each === 'string')
  return {
    stage: typeof body.stage === 'string' ? body.stage : undefined,
    awaitedFromClient: list(body.awaitedFromClient),
    awaitedFromOtherParent: list(body.awaitedFromOtherParent),
    firstPaymentOn: dateParts(body, 'firstPaymentOn'),
  }
}

export function post(clients: ClientModel, applications: Applications): RequestHandler {
  return async (req, res) => {
    const client = await clientFromPath(req, res, clients)
    if (!client) return
    const check = checkApplicationMove(req.body as Record<string, unknown>)
    if (check.errors) {
      await render(res, client, applications, typedValues(req), staffFormErrors(check.errors))
      return
    }
    const moved = await applications.move(client.id, check.move, req.session.staff!.staffId)
    if (!moved) {
      await render(res, client, applications, {})
      return
    }
    req.session.flash = 'The application’s stage is updated. The client sees it on their account.'
    res.redirect(pathTo(caseworkerPaths.client, { clientId: client.id }))
  }
}
