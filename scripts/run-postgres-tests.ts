/*
 * `npm run test:postgres`: the integration suite against PostgreSQL, the scale-out database. It uses
 * DATABASE_URL when set; otherwise it starts a throwaway cluster on 127.0.0.1 and removes it after.
 * Each test file gets its own fresh database on that server.
 */
import { buildAssets } from './build-assets.ts'
import { startClamd } from './clamd-daemon.ts'
import { startPostgresCluster, type PostgresCluster } from './postgres-cluster.ts'
import { printSummary, runStage } from './run-stage.ts'

const mocha = ['mocha', '--config', '.mocharc.json', 'test/integration/**/*.test.ts', 'test/security/**/*.test.ts']

buildAssets()
const clamd = await startClamd()
Object.assign(process.env, clamd.environment)
let cluster: PostgresCluster | undefined
const databaseUrl = process.env.DATABASE_URL ?? (cluster = await startPostgresCluster()).url
const result = await runStage('integration tests on PostgreSQL', 'npx', mocha, { DATABASE_URL: databaseUrl }).finally(
  async () => {
    cluster?.stop()
    await clamd.stop()
  },
)
process.exit(printSummary([result]) ? 0 : 1)
