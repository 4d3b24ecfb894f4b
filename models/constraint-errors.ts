/** Whether a database error is a unique-constraint violation, on SQLite or PostgreSQL. */
export function isUniqueViolation(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown }
  if (code === '23505') return true
  return code === 'SQLITE_CONSTRAINT' && typeof message === 'string' && message.includes('UNIQUE')
}
