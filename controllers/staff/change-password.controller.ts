import type { RequestHandler } from 'express'
import { newPasswordErrors } from '../../services/staff-passwords.ts'
import type { StaffSignIn } from '../../services/staff-sign-in.ts'
import { emptyFormErrors } from '../../services/validation/form-errors.ts'
import { staffFormErrors } from '../../services/validation/staff-errors.ts'

const VIEW = 'pages/staff/change-password'

/** Choose a password: after signing in with a temporary one, nothing else opens until this is done. */
export function get(nextUrl: string): RequestHandler {
  return (req, res) => {
    if (!req.session.passwordChangeRequired) {
      res.redirect(nextUrl)
      return
    }
    res.render(VIEW, { errors: emptyFormErrors() })
  }
}

/** Only a temporary password can be changed here, so a borrowed session cannot take over an account. */
export function post(signIn: StaffSignIn, nextUrl: string): RequestHandler {
  return async (req, res) => {
    if (!req.session.passwordChangeRequired) {
      res.redirect(nextUrl)
      return
    }
    const body = req.body as Record<string, unknown>
    const password = typeof body.newPassword === 'string' ? body.newPassword : ''
    const confirmation = typeof body.confirmPassword === 'string' ? body.confirmPassword : ''
    const errors = newPasswordErrors(password, confirmation)
    if (errors.length === 0 && (await signIn.changePassword(req.session.staff!.staffId, password)) === 'sameAsBefore') {
      errors.push({ field: 'newPassword', key: 'Enter a password different from your temporary password' })
    }
    if (errors.length > 0) {
      res.status(400).render(VIEW, { errors: staffFormErrors(errors) })
      return
    }
    delete req.session.passwordChangeRequired
    req.session.flash = 'Your password has been changed'
    res.redirect(nextUrl)
  }
}
