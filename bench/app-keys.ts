/**
 * The keys the benchmark's app runs with. `npm run seed:large` encrypts the demo clients' PINs with
 * the same key (unless given another), so the bench can sign them in against that database.
 */
export const BENCH_KEYS = {
  SESSION_SECRET: 'bench-only-session-secret-0123456789abcdef',
  PIN_ENCRYPTION_KEY: Buffer.alloc(32, 3).toString('base64'),
  BANK_DETAILS_ENCRYPTION_KEY: Buffer.alloc(32, 4).toString('base64'),
}
