/*
 * The floor under every signed-in page: the same fixed parts the app is built on, with nothing of the
 * app's own. `npm run bench` measures it beside the bare node:http server, so the ratio a signed-in page
 * could reach at best is measured in the same run as the pages. Each level adds one part:
 *
 *   express     Express 5 sending a page of the given size;
 *   session     and express-session, its sessions in the database (the app's store, SQLite through
 *               Knex), reading the signed-in session on each request;
 *   govuk-page  and one more Knex query, and instead of the fixed page a GOV.UK page: a heading and four
 *               GOV.UK Frontend components rendered by Nunjucks, inside GOV.UK Frontend's page template
 *               (rendered once at start, as the app renders its page shell once).
 *
 * Usage: node --import tsx bench/stack-floor/server.ts LEVEL PORT PAGE_BYTES SQLITE_FILE
 * GET /sign-in starts a session and answers with its cookie; GET / is the page measured.
 */
import path from 'node:path'
import express, { type RequestHandler } from 'express'
import session from 'express-session'
import nunjucks from 'nunjucks'
import { projectRoot } from '../../config.ts'
import { migrateToLatest, openDatabase, toCount } from '../../models/db.ts'
import { DatabaseSessionStore } from '../../models/session.model.ts'
import { systemClock } from '../../services/clock.ts'

export type FloorLevel = 'express' | 'session' | 'govuk-page'

/** What the floor keeps in its session: only that it was signed in. */
interface FloorSession {
  signedIn?: boolean
}

const [level, port, size, sqliteFile] = process.argv.slice(2) as [FloorLevel, string, string, string]
const body = `<!DOCTYPE html><html><body>${'x'.repeat(Math.max(0, Number(size) - 40))}</body></html>`

const app = express()
app.disable('x-powered-by')
app.set('etag', false) // as the app: its pages are not cached

if (level === 'express') {
  app.get('/', (_req, res) => {
    res.type('html').send(body)
  })
} else {
  const db = openDatabase({ databaseUrl: undefined, sqliteFile })
  await migrateToLatest(db)
  app.use(
    session({
      name: 'floor_session',
      store: new DatabaseSessionStore(db, systemClock, 60 * 60_000),
      secret: 'a bench-only secret of at least thirty-two characters',
      resave: false,
      saveUninitialized: false,
    }),
  )
  app.get('/sign-in', (req, res) => {
    ;(req.session as FloorSession).signedIn = true
    res.send('signed in')
  })
  const signedIn: RequestHandler = (req, res, next) => {
    if ((req.session as FloorSession).signedIn) next()
    else res.sendStatus(403)
  }
  if (level === 'session') {
    app.get('/', signedIn, (_req, res) => {
      res.type('html').send(body)
    })
  } else {
    const templates = nunjucks.configure(
      [import.meta.dirname, path.join(projectRoot, 'node_modules', 'govuk-frontend', 'dist')],
      { autoescape: true },
    )
    // The page template around the content is the same on every request: rendered once, as the app does.
    const marker = '<!-- content -->'
    const [shellStart, shellEnd] = templates.render('shell.njk', { contentMarker: marker }).split(marker) as [
      string,
      string,
    ]
    app.get('/', signedIn, async (_req, res) => {
      const sessions = await db('sessions').count({ count: '*' }).first()
      const rows = Array.from({ length: 6 }, (_, index) => index)
      const content = templates.render('content.njk', {
        messages: toCount(sessions),
        details: rows.map(index => ({ key: { text: `Detail ${index + 1}` }, value: { text: `Value ${index + 1}` } })),
        payments: [...rows, ...rows].map(index => [
          { text: `${index + 1} November 2026` },
          { text: `£${index + 1}0.00` },
          { text: 'Paid' },
        ]),
      })
      res.type('html').send(shellStart + content + shellEnd)
    })
  }
}

app.listen(Number(port), '127.0.0.1', () => process.send?.('ready'))
