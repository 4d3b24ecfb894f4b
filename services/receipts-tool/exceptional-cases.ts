import type { AuditLog } from '../../models/audit.model.ts'
import type { Database } from '../../models/db.ts'
import type {
  ExceptionalCase,
  ExceptionalCaseModel,
  NewExceptionalCase,
  QualifyingChild,
} from '../../models/exceptional-case.model.ts'

export const missingIdentifierNames: Record<string, string> = {
  paying_parent_nino: 'Paying parent has no National Insurance number',
  receiving_parent_nino: 'Receiving parent has no National Insurance number',
  child_crn: 'A qualifying child has no child reference number',
}

export const frequencyNames: Record<string, string> = {
  weekly: 'Weekly',
  fortnightly: 'Every 2 weeks',
  four_weekly: 'Every 4 weeks',
  monthly: 'Monthly',
}

export const caseTypeNames: Record<string, string> = {
  one: 'Type one: cannot start on CMS 2012',
  two: 'Type two: moved from CMS 2012',
}

/** Opening exceptional cases and adding their children, each change audit logged with who made it. */
export class ExceptionalCases {
  constructor(
    private readonly db: Database,
    private readonly cases: ExceptionalCaseModel,
    private readonly auditLog: AuditLog,
  ) {}

  async create(actor: string, newCase: NewExceptionalCase, child: QualifyingChild): Promise<ExceptionalCase> {
    return this.db.transaction(async trx => {
      const created = await this.cases.insert(newCase, [child], actor, trx)
      await this.audit(actor, 'exceptional_case_created', created.id, { caseReference: created.caseReference }, trx)
      return created
    })
  }

  async addChild(actor: string, caseId: number, child: QualifyingChild): Promise<boolean> {
    return this.db.transaction(async trx => {
      if (!(await this.cases.touch(caseId, trx))) return false
      await this.cases.insertChild(caseId, child, trx)
      await this.audit(actor, 'exceptional_case_child_added', caseId, { fullName: child.fullName }, trx)
      return true
    })
  }

  private audit(actor: string, action: string, caseId: number, details: Record<string, unknown>, trx: Database) {
    return this.auditLog.record(
      { actorType: 'staff', actorId: actor, action, subjectType: 'exceptional_case', subjectId: caseId, details },
      trx,
    )
  }
}
