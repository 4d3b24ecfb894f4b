import type { RequestHandler } from 'express'
import { regenerateSession, type Audience } from '../../middleware/setUpSession.ts'
import type { Clock } from '../../services/clock.ts'
import type { StaffSignIn } from '../../services/staff-sign-in.ts'
import type { FieldError } from '../../services/validation/form-errors.ts'
import { staffFormErrors } from '../../services/validation/staff-errors.ts'
import { staffIdError, text } from '../../services/validation/staff-fields.ts'

export interface StaffSignInSettings {
  system: string
  audience: Audience
  /** Where a member with one role goes, and where a member with several chooses one. */
  urls: { menu: string; chooseRole: string; changePassword: string }
  /** Names the tool in the message for a member with no profile for it. */
  toolName: string
}

const refusals: Record<string, (toolName: string) => FieldError> = {
  wrongCredentials: () => ({ field: 'staffId', key: 'Your staff ID or password is wrong' }),
  locked: () => ({
    field: 'staffId',
    key: 'Your account is locked after 5 wrong sign-in attempts. Try again in 30 minutes.',
  }),
  noProfile: toolName => ({
    field: 'staffId',
    key: `You do not have a profile for the ${toolName}. Ask a System Administrator to grant you one.`,
  }),
}

/** Signs a staff member in to one tool: a new session id, then their role (chosen, or the only one they hold). */
export function post(signIn: StaffSignIn, clock: Clock, settings: StaffSignInSettings): RequestHandler {
  return async (req, res) => {
    const body = req.body as Record<string, unknown>
    const staffId = text(body.staffId)
    const password = typeof body.password === 'string' ? body.password : ''
    const errors: FieldError[] = []
    const idError = staffIdError(staffId)
    if (idError) errors.push({ ...idError, key: idError.key.replace('Enter a staff ID', 'Enter your staff ID') })
    if (password === '') errors.push({ field: 'password', key: 'Enter your password' })
    if (errors.length === 0) {
      const result = await signIn.signIn(staffId, password, settings.system)
      if (result.outcome === 'signedIn') {
        await regenerateSession(req, settings.audience, clock)
        req.session.staff = { staffId: result.staffId, name: result.name }
        if (result.roles.length === 1) req.session.staffRole = result.roles[0]
        if (result.passwordChangeRequired) {
          req.session.passwordChangeRequired = true
          res.redirect(settings.urls.changePassword)
          return
        }
        res.redirect(result.roles.length === 1 ? settings.urls.menu : settings.urls.chooseRole)
        return
      }
      errors.push(refusals[result.outcome]!(settings.toolName))
    }
    res.status(400).render('pages/staff/sign-in', { values: { staffId }, errors: staffFormErrors(errors) })
  }
}
