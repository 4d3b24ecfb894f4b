import type { Server } from 'node:http'
import { createApp } from './app.ts'
import { loadConfig } from './config.ts'
import { buildDependencies } from './dependencies.ts'
import { migrateToLatest, openDatabase } from './models/db.ts'
import { pruneExpiredSessions } from './models/session.model.ts'
import { isFirstRun, seedDemoData } from './seeds/demo-data.ts'

const SHUTDOWN_GRACE_MS = 10_000
const SESSION_PRUNE_INTERVAL_MS = 10 * 60_000

async function start(): Promise<void> {
  const config = loadConfig()
  const db = openDatabase(config)
  await migrateToLatest(db)
  const deps = buildDependencies(config, db)
  if (config.seedDemoData && (await isFirstRun(db))) {
    await seedDemoData(db, deps)
    deps.logger.info('Loaded the demo data (see README for the demo accounts)')
  }

  const app = createApp(deps)
  const server: Server = app.listen(config.port, () => {
    deps.logger.info(`Child Maintenance Self Service listening on http://localhost:${config.port}`)
  })

  const pruning = setInterval(() => {
    pruneExpiredSessions(db, deps.clock).catch((error: unknown) =>
      deps.logger.error({ err: error }, 'session pruning failed'),
    )
  }, SESSION_PRUNE_INTERVAL_MS)
  pruning.unref()

  // Scheduled jobs: safe to run in every process and after every restart (each text is claimed once).
  const runScheduledJobs = () => {
    deps.paymentDueReminders
      .run()
      .then(sent => sent > 0 && deps.logger.info({ sent }, 'payment due texts sent'))
      .catch((error: unknown) => deps.logger.error({ err: error }, 'payment due texts failed'))
  }
  runScheduledJobs()
  const scheduledJobs = setInterval(runScheduledJobs, config.scheduledJobsIntervalMinutes * 60_000)
  scheduledJobs.unref()

  let stopping = false
  const shutDown = (signal: string) => {
    if (stopping) return
    stopping = true
    deps.logger.info(`${signal} received: finishing in-flight requests`)
    clearInterval(pruning)
    clearInterval(scheduledJobs)
    const forced = setTimeout(() => {
      deps.logger.error('Requests did not finish in time; stopping anyway')
      process.exit(1)
    }, SHUTDOWN_GRACE_MS)
    forced.unref()
    // Stop accepting connections, let in-flight requests finish, then close the database.
    server.close(() => {
      db.destroy().then(
        () => process.exit(0),
        () => process.exit(1),
      )
    })
    server.closeIdleConnections()
  }
  process.on('SIGTERM', () => shutDown('SIGTERM'))
  process.on('SIGINT', () => shutDown('SIGINT'))
}

start().catch((error: unknown) => {
  console.error('The service could not start:', error)
  process.exit(1)
})
