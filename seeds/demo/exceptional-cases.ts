import { returnedId, type Database } from '../../models/db.ts'
import { caseReferenceFor } from '../../models/exceptional-case.model.ts'
import { addDays } from '../../services/rules/calendar.ts'

/*
 * Demo exceptional cases for the Receipts and Payments Tool, with money dated around today: one
 * case with receipts, payments and a returned cheque, one holding money for weeks, one not yet paid.
 * Recorded by Paul Cox (35220900), a demo Case Worker. Everyone here is made up.
 */

interface DemoEntry {
  type: 'receipt' | 'payment'
  daysAgo: number
  pence: number
  method: string
  party: string
  reference?: string
  /** Reverse this entry this many days ago, with the reason. */
  reversed?: { daysAgo: number; reason: string }
}

const RECORDED_BY = '35220900'

const demoExceptionalCases = [
  {
    case_type: 'one',
    missing_identifiers: 'paying_parent_nino',
    paying: ['Tomasz Nowak', '8 Mill Lane', 'Bradford', 'BD1 4RT'],
    receiving: ['Joanna Nowak', '27 Hope Street', 'Halifax', 'HX1 5DN'],
    child: ['Lena Nowak', '2016-04-12'],
    amountPence: 12_000,
    frequency: 'monthly',
    entries: [
      { type: 'receipt', daysAgo: 70, pence: 12_000, method: 'cheque', party: 'Tomasz Nowak', reference: '000123' },
      { type: 'payment', daysAgo: 66, pence: 12_000, method: 'bank_transfer', party: 'NOWAK-J-001' },
      {
        type: 'receipt',
        daysAgo: 40,
        pence: 12_000,
        method: 'cheque',
        party: 'Tomasz Nowak',
        reference: '000124',
        reversed: { daysAgo: 35, reason: 'Cheque returned unpaid by the bank' },
      },
      {
        type: 'receipt',
        daysAgo: 33,
        pence: 12_000,
        method: 'postal_order',
        party: 'Tomasz Nowak',
        reference: 'PO 55 102',
      },
      { type: 'payment', daysAgo: 30, pence: 12_000, method: 'bank_transfer', party: 'NOWAK-J-001' },
      {
        type: 'receipt',
        daysAgo: 3,
        pence: 12_000,
        method: 'bank_transfer',
        party: 'Tomasz Nowak',
        reference: 'FP 88213',
      },
    ] as DemoEntry[],
  },
  {
    case_type: 'two',
    cms_case_number: '120045678901',
    incident_reference: 'INC0004521',
    paying: ['Daniel Hughes', '15 Castle Road', 'Cardiff', 'CF10 1BH'],
    receiving: ['Rachel Hughes', '2 Park Place', 'Newport', 'NP20 4AB'],
    child: ['Owen Hughes', '2014-09-30'],
    amountPence: 4_550,
    frequency: 'weekly',
    entries: [
      { type: 'receipt', daysAgo: 60, pence: 18_200, method: 'cash', party: 'Daniel Hughes' },
      { type: 'receipt', daysAgo: 32, pence: 18_200, method: 'card', party: 'Daniel Hughes', reference: 'CARD 4471' },
      { type: 'payment', daysAgo: 29, pence: 9_100, method: 'cheque', party: 'HUGHES-R-014' },
    ] as DemoEntry[],
  },
  {
    case_type: 'one',
    missing_identifiers: 'child_crn',
    paying: ['Kwame Mensah', '40 Victoria Road', 'Leicester', 'LE2 1TH'],
    receiving: ['Abena Mensah', '9 Granby Street', 'Leicester', 'LE1 6EJ'],
    child: ['Kofi Mensah', '2019-01-22'],
    amountPence: 3_800,
    frequency: 'weekly',
    entries: [] as DemoEntry[],
  },
]

function parent(prefix: string, [name, line1, town, postcode]: string[]) {
  return {
    [`${prefix}_name`]: name,
    [`${prefix}_address_line_1`]: line1,
    [`${prefix}_address_town`]: town,
    [`${prefix}_address_postcode`]: postcode,
  }
}

async function insertId(trx: Database, table: 'exceptional_cases' | 'exceptional_case_ledger', row: object) {
  const inserted: unknown[] = await trx(table).insert(row).returning('id')
  return returnedId(inserted[0])
}

export async function seedExceptionalCases(trx: Database, now: string, today: string): Promise<void> {
  for (const [index, demo] of demoExceptionalCases.entries()) {
    const caseId = await insertId(trx, 'exceptional_cases', {
      case_reference: `demo-${index}`,
      case_type: demo.case_type,
      missing_identifiers: demo.missing_identifiers ?? null,
      cms_case_number: demo.cms_case_number ?? null,
      incident_reference: demo.incident_reference ?? null,
      ...parent('paying_parent', demo.paying),
      ...parent('receiving_parent', demo.receiving),
      maintenance_amount_pence: demo.amountPence,
      maintenance_frequency: demo.frequency,
      created_by: RECORDED_BY,
      created_at: now,
      updated_at: now,
    })
    await trx('exceptional_cases')
      .where({ id: caseId })
      .update({ case_reference: caseReferenceFor(caseId) })
    await trx('exceptional_case_children').insert({
      case_id: caseId,
      full_name: demo.child[0],
      date_of_birth: demo.child[1],
    })
    for (const entry of demo.entries) {
      const row = {
        case_id: caseId,
        entry_type: entry.type,
        method: entry.method,
        party: entry.party,
        reference: entry.reference ?? null,
        balance_override: false,
        recorded_by: RECORDED_BY,
        recorded_at: now,
      }
      const id = await insertId(trx, 'exceptional_case_ledger', {
        ...row,
        amount_pence: entry.pence,
        transaction_date: addDays(today, -entry.daysAgo),
      })
      if (entry.reversed) {
        await insertId(trx, 'exceptional_case_ledger', {
          ...row,
          amount_pence: -entry.pence,
          transaction_date: addDays(today, -entry.reversed.daysAgo),
          reverses_entry_id: id,
          reason: entry.reversed.reason,
        })
      }
    }
  }
}
