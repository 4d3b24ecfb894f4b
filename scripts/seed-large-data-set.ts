/*
 * `npm run seed:large [-- FILE]`: builds an SQLite database (by default data/large.sqlite3) with the
 * demo data and a large data set on top (50,000 clients, 5 million ledger entries; LARGE_CLIENTS and
 * LARGE_LEDGER_ENTRIES change the sizes), for `BENCH_DATA=large npm run bench`. With DATABASE_URL
 * set it fills that PostgreSQL database instead. Running it again adds nothing.
 */
import path from 'node:path'
import { loadConfig, projectRoot } from '../config.ts'
import { buildDependencies } from '../dependencies.ts'
import { migrateToLatest, openDatabase } from '../models/db.ts'
import { isFirstRun, seedDemoData } from '../seeds/demo-data.ts'
import { FULL_SIZE, seedLargeDataSet } from '../seeds/large-data-set.ts'

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
