import type { AppDependencies } from '../../dependencies.ts'
import { CaseworkerClientViewModel } from '../../models/caseworker-client-view.model.ts'
import { StaffModel } from '../../models/staff.model.ts'
import { StaffSignIn } from '../staff-sign-in.ts'
import { ClientSecurityActions } from './client-security-actions.ts'

/** The parts the caseworker intranet uses, built from the app's dependencies. */
export function createCaseworkerIntranet({
  db,
  clock,
  auditLog,
  letterIssuer,
}: Pick<AppDependencies, 'db' | 'clock' | 'auditLog' | 'letterIssuer'>) {
  const staff = new StaffModel(db, clock)
  return {
    staff,
    signIn: new StaffSignIn(staff, auditLog, clock),
    caseView: new CaseworkerClientViewModel(db),
    security: new ClientSecurityActions(db, auditLog, clock, letterIssuer),
  }
}

export type CaseworkerIntranet = ReturnType<typeof createCaseworkerIntranet>

/** Profiles on the CMS 2012 system that open the intranet. */
export const intranetRoles = ['case_worker', 'team_leader'] as const
