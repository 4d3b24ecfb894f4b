/*
 * `npm run test:postgres`: the integration suite, then the load and fault tests, against
 * PostgreSQL, the scale-out database. It uses
 * DATABASE_URL when set; otherwise it starts a throwaway cluster on 127.0.0.1 and removes it after.
 * Each test file gets its own fresh database on that server.
 */
import { buildAssets } from './build-assets.ts'
import { startClamd } from './clamd-daemon.ts'
import { startPostgresCluster, type PostgresCluster } from './postgres-cluster.ts'
import { printSummary, runStage, type StageResult } from './run-stage.ts'

const mocha = (...specs: string[]) => ['mocha', '--config', '.mocharc.json', ...specs]

buildAssets()
const clamd = await startClamd()
Object.assign(process.env, clamd.environment)
let cluster: PostgresCluster | undefined
const databaseUrl = process.env.DATABASE_URL ?? (cluster = await startPostgresCluster()).url
const env = { DATABASE_URL: databaseUrl }
const results: StageResult[] = []
try {
  results.push(
    await runStage(
      'integration tests on PostgreSQL',
      'npx',
      mocha('test/integration/**/*.test.ts', 'test/security/**/*.test.ts'),
      env,
    ),
  )
  results.push(await runStage('load and fault tests on PostgreSQL', 'npx', mocha('test/load/**/*.test.ts'), env))
} finally {
  cluster?.stop()
  await clamd.stop()
}
process.exit(printSummary(results) ? 0 : 1)
