import fs from 'node:fs'
import path from 'node:path'
import knex, { type Knex } from 'knex'
import type { Config } from '../config.ts'
import { knexSettings, migrationSettings } from '../knexfile.ts'

export type Database = Knex

/** Opens the database named by the configuration, creating the SQLite folder when needed. */
export function openDatabase(config: Pick<Config, 'databaseUrl' | 'sqliteFile'>): Database {
  if (!config.databaseUrl) fs.mkdirSync(path.dirname(config.sqliteFile), { recursive: true })
  return knex(knexSettings(config))
}

export async function migrateToLatest(db: Database): Promise<void> {
  await db.migrate.latest(migrationSettings)
}

export function isPostgres(db: Database): boolean {
  return (db.client as { config: Knex.Config }).config.client === 'pg'
}

/** The id from an `insert … returning('id')`: an object on PostgreSQL, a bare number on SQLite. */
export function returnedId(inserted: unknown): number {
  const id = typeof inserted === 'object' && inserted !== null ? (inserted as { id: unknown }).id : inserted
  if (typeof id !== 'number') throw new Error('The insert returned no id')
  return id
}

/** Reads a numeric count from a knex `count` result, which is a string on PostgreSQL. */
export function toCount(row: Record<string, unknown> | undefined): number {
  if (!row) return 0
  const value = Object.values(row)[0]
  if (typeof value === 'number') return value
  return typeof value === 'string' || typeof value === 'bigint' ? Number(value) : 0
}
