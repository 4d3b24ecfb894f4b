/*
 * A second app process for the concurrency test: it opens the same database, says "ready", waits for
 * "go" on stdin, records the card payment given as JSON in argv, and prints the result as JSON.
 */
import readline from 'node:readline'
import { AuditLog } from '../../../../models/audit.model.ts'
import { openDatabase } from '../../../../models/db.ts'
import { PaymentLedger, type CardPaymentToRecord } from '../../../../models/payment-ledger.model.ts'
import { systemClock } from '../../../../services/clock.ts'

const { settings, payment } = JSON.parse(process.argv[2]!) as {
  settings: { databaseUrl: string | undefined; sqliteFile: string }
  payment: CardPaymentToRecord
}
const db = openDatabase(settings)
const ledger = new PaymentLedger(db, new AuditLog(db, systemClock), systemClock)
await db.raw('select 1')
process.stdout.write('ready\n')
const input = readline.createInterface({ input: process.stdin })
for await (const line of input) {
  if (line.trim() === 'go') break
}
try {
  process.stdout.write(`${JSON.stringify(await ledger.recordCardPayment(payment))}\n`)
} finally {
  input.close()
  await db.destroy()
}
