import type { Language, Translate } from '../services/i18n.ts'
import type { Audience } from '../middleware/setUpSession.ts'

declare module 'express-session' {
  interface SessionData {
    audience: Audience
    lang: Language
    /** When the session began (ms since epoch), for the absolute time-out. */
    startedAt: number
    /** Signed in to the identity account (user ID and password). */
    identityAccountId: number
    /** Shown once, on the page after creating an account. */
    newUserId: string
    /** Password accepted for an enrolled client: the PIN (or a sign-in code) is still to come. */
    pendingClientId: number
    /** Forgotten-PIN questions answered: a new PIN is still to be chosen. */
    pinResetClientId: number
    /** Fully signed in to the client site. */
    clientId: number
    /** When the client last signed in before this visit, for "You last signed in on …". */
    previousSignInAt: string | null
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
