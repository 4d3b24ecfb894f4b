/* What a staff tool keeps in its session (each tool has its own session and cookie). */
declare module 'express-session' {
  interface SessionData {
    /** The signed-in staff member. */
    staff: { staffId: string; name: string }
    /** The role chosen after sign-in, from the profiles the member holds for the tool's system. */
    staffRole: string
    /** A one-off success message for the next page. */
    flash: string
    /** Signed in with a temporary password: nothing opens until it is changed. */
    passwordChangeRequired: boolean
    /** A new user's temporary password, held only until the next page shows it once. */
    oneTimePassword: { staffId: string; password: string }
    /** A card payment a caseworker is taking by telephone: the provider's id, kept here and never read from a URL. */
    telephonePayment: { paymentId: string; clientId: number; caseId: number }
    /** An approved email response being checked before it is sent: the fields as typed, never free text. */
    emailResponse: { activityId: number; templateId: string; fields: Record<string, string | string[]> }
  }
}

export {}
