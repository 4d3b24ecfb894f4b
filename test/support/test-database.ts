import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import knex from 'knex'
import { migrateToLatest, openDatabase, type Database } from '../../models/db.ts'

export interface TestDatabase {
  db: Database
  /** Where the database lives, for a second process that must share it. */
  settings: { databaseUrl: string | undefined; sqliteFile: string }
  destroy(): Promise<void>
}

/**
 * A fresh, migrated database for one test file: a new PostgreSQL database when DATABASE_URL is set
 * (the PostgreSQL run), otherwise a new SQLite file in the temporary folder.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL
  if (serverUrl) {
    const name = `cmss_test_${randomBytes(6).toString('hex')}`
    const admin = knex({ client: 'pg', connection: serverUrl, pool: { min: 0, max: 1 } })
    await admin.raw(`create database ${name}`)
    const url = new URL(serverUrl)
    url.pathname = `/${name}`
    return migrated({ databaseUrl: url.toString(), sqliteFile: '' }, async () => {
      await admin.raw(`drop database if exists ${name} with (force)`)
      await admin.destroy()
    })
  }
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'cmss-test-'))
  return migrated({ databaseUrl: undefined, sqliteFile: path.join(directory, 'test.sqlite3') }, () => {
    fs.rmSync(directory, { recursive: true, force: true })
  })
}

/** Opens and migrates the database; destroying it closes it, then removes it with `remove`. */
async function migrated(settings: TestDatabase['settings'], remove: () => void | Promise<void>): Promise<TestDatabase> {
  const db = openDatabase(settings)
  await migrateToLatest(db)
  return {
    db,
    settings,
    async destroy() {
      await db.destroy()
      await remove()
    },
  }
}
