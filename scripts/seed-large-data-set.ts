/*
 * `npm run seed:large [-- FILE]`: builds an SQLite database (by default data/large.sqlite3) with the
 * demo data and a large data set on top (50,000 clients, 5 million ledger entries; LARGE_CLIENTS and
 * LARGE_LEDGER_ENTRIES change the sizes), for `BENCH_DATA=large npm run bench`. With DATABASE_URL
 * set it fills that PostgreSQL database instead. Running it again adds nothing. The demo PINs are
 * encrypted with the bench's key unless PIN_ENCRYPTION_KEY says otherwise, so the bench can sign in.
 */
import path from 'node:path'
import { BENCH_KEYS } from '../bench/app-keys.ts'
import { loadConfig, projectRoot } from '../config.ts'
import { buildDependencies } from '../dependencies.ts'
import { migrateToLatest, openDatabase } from '../models/db.ts'
import { isFirstRun, seedDemoData } from '../seeds/demo-data.ts'
import { FULL_SIZE, seedLargeDataSet } from '../seeds/large-data-set.ts'

process.env.PIN_ENCRYPTION_KEY ??= BENCH_KEYS.PIN_ENCRYPTION_KEY
process.env.BANK_DETAILS_ENCRYPTION_KEY ??= BENCH_KEYS.BANK_DETAILS_ENCRYPTION_KEY
const sqliteFile = path.resolve(projectRoot, process.argv[2] ?? 'data/large.sqlite3')
const config = { ...loadConfig(), sqliteFile, logLevel: 'error' as const }
const size = {
  clients: Number(process.env.LARGE_CLIENTS ?? FULL_SIZE.clients),
  ledgerEntries: Number(process.env.LARGE_LEDGER_ENTRIES ?? FULL_SIZE.ledgerEntries),
}

const db = openDatabase(config)
try {
  const started = Date.now()
  await migrateToLatest(db)
  const deps = buildDependencies(config, db)
  if (await isFirstRun(db)) await seedDemoData(db, deps)
  const added = await seedLargeDataSet(db, size, deps.clock.now())
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  console.log(
    `${config.databaseUrl ? 'PostgreSQL' : path.relative(projectRoot, sqliteFile)}: added ${added.clients} clients, ` +
      `${added.cases} cases and ${added.ledgerEntries} ledger entries in ${seconds}s`,
  )
} finally {
  await db.destroy()
}
