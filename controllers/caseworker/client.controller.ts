import type { RequestHandler } from 'express'
import type { AuditLog } from '../../models/audit.model.ts'
import type { CaseworkerClientViewModel } from '../../models/caseworker-client-view.model.ts'
import type { ClientModel } from '../../models/client.model.ts'
import { firstLogInDateShown } from '../../services/rules/self-service-dates.ts'
import { heldRoles } from '../../middleware/special-client-records.ts'
import type { SpecialClientRecordsService } from '../../services/caseworker/special-client-records.ts'
import { takeFlash } from '../../middleware/staff-status.ts'
import type { ClientRow } from '../../types/knex-tables.d.ts'
import { clientFromPath } from './client-record.ts'
import { recordClientView } from './record-view.ts'

/** The filled-in lines of one of the client's addresses, in order. */
function addressLines(client: ClientRow, prefix: 'address' | 'postal_address'): string[] {
  const parts = ['line_1', 'line_2', 'town', 'county', 'postcode', 'country'] as const
  return parts.map(part => client[`${prefix}_${part}`]).filter((line): line is string => Boolean(line))
}

/**
 * The client view: personal and contact details, contact preference, the self-service details the
 * seed lists, lock-out state and cases (an other parent who is a special client record shows, to staff
 * without the profile, by CRN only). Every view is audit logged with the caseworker's staff ID.
 */
export function get(
  clients: ClientModel,
  caseView: CaseworkerClientViewModel,
  auditLog: AuditLog,
  records: SpecialClientRecordsService,
): RequestHandler {
  return async (req, res) => {
    const client = await clientFromPath(req, res, clients)
    if (!client) return
    await recordClientView(auditLog, req, { action: 'client_record_viewed', clientId: client.id })
    const cases = await caseView.casesFor(client.id)
    const hidden = await records.hiddenFrom(
      heldRoles(res),
      cases.flatMap(item => (item.otherParent ? [item.otherParent.id] : [])),
    )
    res.render('pages/caseworker/client', {
      client,
      cases: cases.map(item => ({ ...item, otherParentRestricted: hidden.has(item.otherParent?.id ?? 0) })),
      selfService: {
        enrolled: Boolean(client.self_service),
        firstLogIn: firstLogInDateShown({
          selfService: Boolean(client.self_service),
          enrolledAt: client.enrolled_at,
          firstSignInAt: client.first_sign_in_at,
          lastSignInAt: client.last_sign_in_at,
        }),
        lastLogIn: client.last_sign_in_at,
      },
      homeAddress: addressLines(client, 'address'),
      postalAddress: addressLines(client, 'postal_address'),
      canTakePayment: cases.some(item => item.role === 'paying_parent' && item.serviceType === 'collect_and_pay'),
      flash: takeFlash(req),
    })
  }
}
