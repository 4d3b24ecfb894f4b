declare module 'express-session' {
  interface SessionData {
    /** The sandbox payments this browser opened through their one-time links (most recent last). */
    sandboxPaymentIds: string[]
  }
}

export {}
