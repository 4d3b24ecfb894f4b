import type { AppDependencies } from '../../dependencies.ts'
import { CaseworkerClientViewModel } from '../../models/caseworker-client-view.model.ts'
import { StaffModel } from '../../models/staff.model.ts'
import { StaffSignIn } from '../staff-sign-in.ts'
import { ActivityActions } from './activity-actions.ts'
import { CallRecorder } from './call-record.ts'
import { ClientNotices } from './client-notices.ts'
import { EmailResponder } from './email-responder.ts'
import { NotificationResender } from './notification-resender.ts'
import { ClientSecurityActions } from './client-security-actions.ts'
import { createServiceRequestAppliers, type ServiceRequestAppliers } from './service-request-appliers.ts'
import { ServiceRequestDecisions } from './service-request-decisions.ts'

type IntranetDependencies = Pick<
  AppDependencies,
  | 'db'
  | 'clock'
  | 'auditLog'
  | 'clients'
  | 'serviceRequests'
  | 'activities'
  | 'notifications'
  | 'i18n'
  | 'logger'
  | 'outbox'
  | 'config'
  | 'bankAccounts'
  | 'letterIssuer'
  | 'textUpdates'
>

/** The parts the caseworker intranet uses, built from the app's dependencies. */
export function createCaseworkerIntranet(deps: IntranetDependencies, appliers?: ServiceRequestAppliers) {
  const { db, clock, auditLog } = deps
  const staff = new StaffModel(db, clock)
  const notices = new ClientNotices(deps.notifications, deps.i18n, deps.logger)
  const activityActions = new ActivityActions(db, deps.activities, auditLog, clock)
  const serviceRequestAppliers = appliers ?? createServiceRequestAppliers(deps.clients, deps.bankAccounts)
  return {
    staff,
    signIn: new StaffSignIn(staff, auditLog, clock),
    caseView: new CaseworkerClientViewModel(db),
    security: new ClientSecurityActions(db, auditLog, clock, deps.letterIssuer),
    notices,
    activityActions,
    calls: new CallRecorder(db, deps.activities, auditLog, clock),
    resender: new NotificationResender(
      db,
      deps.notifications,
      deps.outbox,
      deps.activities,
      auditLog,
      clock,
      deps.textUpdates,
    ),
    emailResponder: new EmailResponder({
      db,
      clock,
      i18n: deps.i18n,
      notifications: deps.notifications,
      outbox: deps.outbox,
      activities: deps.activities,
      activityActions,
      auditLog,
      sender: deps.config.caseworkerEmailSender,
      textUpdates: deps.textUpdates,
    }),
    serviceRequestDecisions: new ServiceRequestDecisions(
      {
        db,
        clock,
        requests: deps.serviceRequests,
        clients: deps.clients,
        activities: deps.activities,
        auditLog,
        notices,
      },
      serviceRequestAppliers,
    ),
    serviceRequestAppliers,
  }
}

export type CaseworkerIntranet = ReturnType<typeof createCaseworkerIntranet>

/** Profiles on the CMS 2012 system that open the intranet. */
export const intranetRoles = ['case_worker', 'team_leader'] as const
