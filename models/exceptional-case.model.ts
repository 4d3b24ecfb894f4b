import { randomUUID } from 'node:crypto'
import type { Clock } from '../services/clock.ts'
import type { ExceptionalCaseChildRow, ExceptionalCaseRow } from '../types/knex-tables-receipts-tool.d.ts'
import { returnedId, type Database } from './db.ts'

export type CaseType = 'one' | 'two'

export interface Parent {
  name: string
  addressLine1: string
  addressLine2: string
  town: string
  postcode: string
}

export interface QualifyingChild {
  fullName: string
  dateOfBirth: string
}

export interface NewExceptionalCase {
  caseType: CaseType
  /** Type one: which participants lack which identifier, e.g. "paying_parent_nino". */
  missingIdentifiers: string[]
  /** Type two: the CMS 2012 case number and the incident that moved the case here. */
  cmsCaseNumber: string
  incidentReference: string
  payingParent: Parent
  receivingParent: Parent
  maintenanceAmountPence: number
  maintenanceFrequency: string
}

export interface ExceptionalCase extends NewExceptionalCase {
  id: number
  caseReference: string
  createdBy: string
  createdAt: string
}

export interface CaseSummary {
  id: number
  caseReference: string
  caseType: CaseType
  payingParentName: string
  receivingParentName: string
}

function parentColumns(prefix: 'paying_parent' | 'receiving_parent', parent: Parent) {
  return {
    [`${prefix}_name`]: parent.name,
    [`${prefix}_address_line_1`]: parent.addressLine1,
    [`${prefix}_address_line_2`]: parent.addressLine2 || null,
    [`${prefix}_address_town`]: parent.town,
    [`${prefix}_address_postcode`]: parent.postcode,
  }
}

function parentOf(row: ExceptionalCaseRow, prefix: 'paying_parent' | 'receiving_parent'): Parent {
  return {
    name: row[`${prefix}_name`],
    addressLine1: row[`${prefix}_address_line_1`],
    addressLine2: row[`${prefix}_address_line_2`] ?? '',
    town: row[`${prefix}_address_town`],
    postcode: row[`${prefix}_address_postcode`],
  }
}

function toCase(row: ExceptionalCaseRow): ExceptionalCase {
  return {
    id: row.id,
    caseReference: row.case_reference,
    caseType: row.case_type as CaseType,
    missingIdentifiers: row.missing_identifiers ? row.missing_identifiers.split(',') : [],
    cmsCaseNumber: row.cms_case_number ?? '',
    incidentReference: row.incident_reference ?? '',
    payingParent: parentOf(row, 'paying_parent'),
    receivingParent: parentOf(row, 'receiving_parent'),
    maintenanceAmountPence: row.maintenance_amount_pence,
    maintenanceFrequency: row.maintenance_frequency,
    createdBy: row.created_by,
    createdAt: row.created_at,
  }
}

const summaryColumns = {
  id: 'id',
  caseReference: 'case_reference',
  caseType: 'case_type',
  payingParentName: 'paying_parent_name',
  receivingParentName: 'receiving_parent_name',
} as const

/** The off-system case reference, from the case's id: EC000001. */
export function caseReferenceFor(id: number): string {
  return `EC${String(id).padStart(6, '0')}`
}

/** Exceptional cases (kept outside CMS 2012) and their qualifying children. */
export class ExceptionalCaseModel {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  /** Inserts the case and its children; the reference comes from the new id, so it is set in a second step. */
  async insert(
    newCase: NewExceptionalCase,
    children: QualifyingChild[],
    createdBy: string,
    trx: Database,
  ): Promise<ExceptionalCase> {
    const now = this.clock.now().toISOString()
    const inserted: unknown[] = await trx('exceptional_cases')
      .insert({
        case_reference: `pending-${randomUUID().slice(0, 12)}`,
        case_type: newCase.caseType,
        missing_identifiers: newCase.caseType === 'one' ? newCase.missingIdentifiers.join(',') : null,
        cms_case_number: newCase.caseType === 'two' ? newCase.cmsCaseNumber : null,
        incident_reference: newCase.caseType === 'two' ? newCase.incidentReference : null,
        ...parentColumns('paying_parent', newCase.payingParent),
        ...parentColumns('receiving_parent', newCase.receivingParent),
        maintenance_amount_pence: newCase.maintenanceAmountPence,
        maintenance_frequency: newCase.maintenanceFrequency,
        created_by: createdBy,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
    const id = returnedId(inserted[0])
    await trx('exceptional_cases')
      .where({ id })
      .update({ case_reference: caseReferenceFor(id) })
    for (const child of children) await this.insertChild(id, child, trx)
    return (await this.find(id, trx))!
  }

  async insertChild(caseId: number, child: QualifyingChild, trx: Database): Promise<void> {
    await trx('exceptional_case_children').insert({
      case_id: caseId,
      full_name: child.fullName,
      date_of_birth: child.dateOfBirth,
    })
  }

  async find(id: number, trx: Database = this.db): Promise<ExceptionalCase | undefined> {
    const row = await trx('exceptional_cases').where({ id }).first()
    return row ? toCase(row) : undefined
  }

  async childrenOf(caseId: number): Promise<QualifyingChild[]> {
    const rows: ExceptionalCaseChildRow[] = await this.db('exceptional_case_children')
      .where({ case_id: caseId })
      .orderBy('id')
    return rows.map(row => ({ fullName: row.full_name, dateOfBirth: row.date_of_birth }))
  }

  /** Cases whose reference, CMS case number or either parent's name contains the words searched for. */
  async search(query: string, limit = 50): Promise<CaseSummary[]> {
    const pattern = `%${query.toLowerCase().replace(/[\\%_]/g, character => `\\${character}`)}%`
    const rows = await this.db('exceptional_cases')
      .where(builder => {
        for (const column of ['case_reference', 'cms_case_number', 'paying_parent_name', 'receiving_parent_name']) {
          void builder.orWhereRaw(`lower(${column}) like ? escape '\\'`, [pattern])
        }
      })
      .orderBy('id', 'desc')
      .limit(limit)
      .select(summaryColumns)
    return rows as CaseSummary[]
  }

  async recent(limit = 50): Promise<CaseSummary[]> {
    const rows = await this.db('exceptional_cases').orderBy('id', 'desc').limit(limit).select(summaryColumns)
    return rows as CaseSummary[]
  }

  async findByReference(caseReference: string): Promise<CaseSummary | undefined> {
    const row = await this.db('exceptional_cases').where({ case_reference: caseReference }).first(summaryColumns)
    return row as CaseSummary | undefined
  }

  /**
   * Marks the case as changed. As the first statement of a money transaction it takes the write
   * lock (SQLite) or the case row's lock (PostgreSQL), so balance checks on one case run one at a time.
   */
  async touch(caseId: number, trx: Database): Promise<boolean> {
    return (
      (await trx('exceptional_cases').where({ id: caseId }).update({ updated_at: this.clock.now().toISOString() })) ===
      1
    )
  }
}
