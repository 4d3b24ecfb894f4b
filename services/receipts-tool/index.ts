import type { AppDependencies } from '../../dependencies.ts'
import { ExceptionalCaseModel } from '../../models/exceptional-case.model.ts'
import { ExceptionalLedgerModel } from '../../models/exceptional-ledger.model.ts'
import { StaffModel } from '../../models/staff.model.ts'
import { StaffSignIn } from '../staff-sign-in.ts'
import { staffSystems } from '../staff-roles.ts'
import { CaseMoney } from './case-money.ts'
import { ExceptionalCases } from './exceptional-cases.ts'
import { UserMaintenance } from './user-maintenance.ts'

/** The models and services the Receipts and Payments Tool's pages use, built on the app's dependencies. */
export function createReceiptsTool({ db, clock, auditLog }: Pick<AppDependencies, 'db' | 'clock' | 'auditLog'>) {
  const staff = new StaffModel(db, clock)
  const cases = new ExceptionalCaseModel(db, clock)
  const ledger = new ExceptionalLedgerModel(db, clock)
  return {
    clock,
    auditLog,
    staff,
    cases,
    ledger,
    signIn: new StaffSignIn(staff, auditLog, clock),
    users: new UserMaintenance(db, staff, auditLog, staffSystems.receiptsTool),
    exceptionalCases: new ExceptionalCases(db, cases, auditLog),
    money: new CaseMoney(db, cases, ledger, auditLog, clock),
  }
}

export type ReceiptsTool = ReturnType<typeof createReceiptsTool>
