declare module 'express-session' {
  interface SessionData {
    /**
     * The client's card payment, kept from its creation until they start another: the return page
     * looks it up by this id, never by anything in the URL.
     */
    cardPayment: { paymentId: string; caseId: number; myReference: string | null }
  }
}

export {}
