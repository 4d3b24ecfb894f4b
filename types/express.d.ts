import type { Language, Translate } from '../services/i18n.ts'
import type { Audience } from '../middleware/setUpSession.ts'

declare module 'express-session' {
  interface SessionData {
    audience: Audience
    lang: Language
    /** When the session began (ms since epoch), for the absolute time-out. */
    startedAt: number
  }
}

declare global {
  namespace Express {
    interface Request {
      t: Translate
      language: Language
    }
  }
}

export {}
