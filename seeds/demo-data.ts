import { returnedId, type Database } from '../models/db.ts'
import type { Clock } from '../services/clock.ts'
import { ukCalendarDate } from '../services/format/dates.ts'
import { hashPassword } from '../services/password.ts'
import type { PinSecret } from '../services/pin-secret.ts'
import { addMonths, nextAnniversary } from '../services/rules/calendar.ts'
import { PAYING_PARENT_CHARGE_PERCENT } from '../services/rules/collection-charges.ts'
import { demoCases } from './demo/cases.ts'
import { seedDemoApplication } from './demo/applications.ts'
import { seedExceptionalCases } from './demo/exceptional-cases.ts'
import { seedMessagesAndLetters } from './demo/messages.ts'
import { ledgerHistory, paymentSchedule } from './demo/money.ts'
import {
  DEMO_STAFF_PASSWORD,
  demoClients,
  demoSpecialClientRecords,
  demoStaff,
  demoStaffDirectory,
  type DemoClient,
} from './demo/people.ts'

export interface SeedDependencies {
  pinSecret: PinSecret
  clock: Clock
}

function clientRow(client: DemoClient, pinSecret: PinSecret, now: string, identityAccountId: number | null) {
  const account = client.identityAccount
  return {
    customer_reference_number: client.customerReferenceNumber,
    national_insurance_number: client.nationalInsuranceNumber,
    date_of_birth: client.dateOfBirth,
    title: client.title,
    first_name: client.firstName,
    last_name: client.lastName,
    gender: client.gender,
    email: client.email ?? null,
    phone_home: client.phoneHome ?? null,
    phone_mobile: client.phoneMobile ?? null,
    address_line_1: client.address.line1,
    address_line_2: client.address.line2 ?? null,
    address_town: client.address.town,
    address_county: client.address.county ?? null,
    address_postcode: client.address.postcode,
    address_country: client.address.country,
    contact_preference: client.contactPreference,
    preferred_language: client.preferredLanguage ?? 'en',
    region: client.region,
    pin_ciphertext: pinSecret.encrypt(client.pin, client.customerReferenceNumber),
    pin_updated_at: now,
    identity_account_id: identityAccountId,
    enrolled_at: account?.enrolledAt ?? null,
    self_service: Boolean(account),
    first_sign_in_at: account?.firstSignInAt ?? null,
    last_sign_in_at: account?.lastSignInAt ?? null,
    created_at: now,
    updated_at: now,
  }
}

async function insertReturningId(
  trx: Database,
  table: 'identity_accounts' | 'clients' | 'cases',
  row: Record<string, unknown>,
): Promise<number> {
  const inserted: unknown[] = await trx(table).insert(row).returning('id')
  return returnedId(inserted[0])
}

/**
 * Loads the demo data: the stable clients and staff from the README, their cases, calculations,
 * payment plans and two years of payments, dated around today so every screen has something to show.
 */
export async function seedDemoData(db: Database, { pinSecret, clock }: SeedDependencies): Promise<void> {
  const now = clock.now().toISOString()
  const today = ukCalendarDate(clock.now())
  // Slow hashing happens before the transaction opens, never inside it.
  const identityHashes = new Map<string, string>()
  for (const client of demoClients) {
    if (client.identityAccount) identityHashes.set(client.key, await hashPassword(client.identityAccount.password))
  }
  const staffHashes = new Map<string, string>()
  for (const member of demoStaff) staffHashes.set(member.staffId, await hashPassword(DEMO_STAFF_PASSWORD))

  await db.transaction(async trx => {
    const clientIds = new Map<string, number>()
    for (const client of demoClients) {
      let identityAccountId: number | null = null
      if (client.identityAccount) {
        identityAccountId = await insertReturningId(trx, 'identity_accounts', {
          user_id: client.identityAccount.userId,
          first_name: client.firstName,
          last_name: client.lastName,
          email: client.identityAccount.email,
          password_hash: identityHashes.get(client.key),
          created_at: client.identityAccount.enrolledAt,
          updated_at: client.identityAccount.enrolledAt,
        })
      }
      clientIds.set(
        client.key,
        await insertReturningId(trx, 'clients', clientRow(client, pinSecret, now, identityAccountId)),
      )
    }

    for (const demoCase of demoCases) {
      const payingParentId = clientIds.get(demoCase.payingParent)!
      const receivingParentId = clientIds.get(demoCase.receivingParent)!
      const caseId = await insertReturningId(trx, 'cases', {
        case_number: demoCase.caseNumber,
        paying_parent_client_id: payingParentId,
        receiving_parent_client_id: receivingParentId,
        region: demoCase.region,
        service_type: demoCase.serviceType,
        method_of_payment: demoCase.methodOfPayment,
        receiving_parent_payment_method: demoCase.receivingParentPaymentMethod,
        case_start_date: demoCase.caseStartDate,
        annual_review_date: nextAnniversary(demoCase.caseStartDate, today),
        created_at: now,
        updated_at: now,
      })
      await trx('qualifying_children').insert(
        demoCase.children.map(child => ({
          case_id: caseId,
          first_name: child.firstName,
          last_name: child.lastName,
          date_of_birth: child.dateOfBirth,
        })),
      )
      await trx('maintenance_calculations').insert(
        demoCase.calculations.map(calculation => ({
          case_id: caseId,
          effective_date: addMonths(demoCase.caseStartDate, calculation.monthsAfterStart),
          reason: calculation.reason,
          rate: calculation.rate,
          paying_parent_gross_weekly_income_pence: calculation.grossWeeklyIncomePence,
          qualifying_children_count: demoCase.children.length,
          other_relevant_children_count: calculation.otherRelevantChildren,
          shared_care_nights_per_year: calculation.sharedCareNightsPerYear,
          weekly_amount_pence: calculation.weeklyAmountPence,
          collection_charge_percent: demoCase.serviceType === 'collect_and_pay' ? PAYING_PARENT_CHARGE_PERCENT : 0,
          created_at: now,
        })),
      )
      const schedule = paymentSchedule(demoCase, today)
      await trx.batchInsert(
        'payment_schedule_items',
        schedule.map(row => ({
          case_id: caseId,
          due_date: row.dueDate,
          amount_pence: row.amountPence,
          collection_charge_pence: row.collectionChargePence,
          method: demoCase.methodOfPayment,
        })),
        100,
      )
      const ledger = ledgerHistory(demoCase, schedule, today)
      await trx.batchInsert(
        'ledger_entries',
        ledger.map(row => ({
          case_id: caseId,
          client_id: row.direction === 'in' ? payingParentId : receivingParentId,
          direction: row.direction,
          amount_pence: row.amountPence,
          transaction_date: row.transactionDate,
          method:
            row.method ?? (row.direction === 'in' ? demoCase.methodOfPayment : demoCase.receivingParentPaymentMethod),
          entry_type: row.entryType,
          source: 'demo_data',
          created_at: now,
        })),
        100,
      )
    }

    await seedDemoApplication(trx, clientIds.get('nia')!, today, clock.now())
    await trx('special_client_records').insert(
      demoSpecialClientRecords.map(record => ({
        client_id: clientIds.get(record.client)!,
        reason: record.reason,
        marked_by: record.markedBy,
        marked_at: record.markedAt,
      })),
    )

    await trx('staff_directory').insert(
      demoStaffDirectory.map(({ staffId, name, email }) => ({ staff_id: staffId, name, email })),
    )
    for (const member of demoStaff) {
      await trx('staff_members').insert({
        staff_id: member.staffId,
        name: member.name,
        email: member.email,
        phone: member.phone,
        password_hash: staffHashes.get(member.staffId),
        created_at: now,
        updated_at: now,
      })
      const profiles = [
        ...member.receiptsToolRoles.map(role => ({ system: 'receipts_tool', role })),
        ...member.intranetRoles.map(role => ({ system: 'cms2012', role })),
      ]
      if (profiles.length > 0) {
        await trx('staff_profiles').insert(
          profiles.map(profile => ({ staff_id: member.staffId, ...profile, granted_at: now })),
        )
      }
    }

    await seedExceptionalCases(trx, now, today)
    await seedMessagesAndLetters(trx, clientIds, clock.now())

    await trx('audit_log').insert({
      occurred_at: now,
      actor_type: 'system',
      actor_id: null,
      action: 'demo_data_loaded',
    })
  })
}

/** Whether the database has no clients yet: demo data is loaded on a first run only. */
export async function isFirstRun(db: Database): Promise<boolean> {
  const row = await db('clients').first('id')
  return row === undefined
}
