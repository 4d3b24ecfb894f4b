import type { RequestHandler } from 'express'
import type { Config } from '../../../config.ts'
import type { ClientModel } from '../../../models/client.model.ts'
import type { ClientUrls } from '../../../routes/paths.ts'
import type { Clock } from '../../../services/clock.ts'
import { newPinProblem } from '../../../services/rules/pin-rules.ts'
import type { ForgottenPinService } from '../../../services/sign-in/forgotten-pin.service.ts'
import type { PinSignInService } from '../../../services/sign-in/pin-sign-in.service.ts'
import { textField } from '../../../services/validation/fields.ts'
import { emptyFormErrors, formatErrors, type FieldError } from '../../../services/validation/form-errors.ts'
import { completeSignIn } from './complete-sign-in.ts'
import { pendingClient } from './pending-client.ts'

const view = 'pages/client/sign-in/new-pin'

export function get(): RequestHandler {
  return (req, res) => {
    if (req.session.pinResetClientId === undefined || req.session.pinResetClientId !== req.session.pendingClientId) {
      res.redirect((res.locals.urls as ClientUrls).forgottenPin)
      return
    }
    res.render(view, { errors: emptyFormErrors() })
  }
}

/** The new PIN, entered twice; once stored the client is signed in. */
export function post(
  clients: ClientModel,
  forgottenPin: ForgottenPinService,
  pinSignIn: PinSignInService,
  clock: Clock,
  config: Pick<Config, 'env'>,
): RequestHandler {
  return async (req, res) => {
    if (req.session.pinResetClientId === undefined || req.session.pinResetClientId !== req.session.pendingClientId) {
      res.redirect((res.locals.urls as ClientUrls).forgottenPin)
      return
    }
    const client = await pendingClient(req, res, clients)
    if (!client) return
    const body = req.body as Record<string, unknown>
    const pin = textField(body, 'newPin')
    const confirmation = textField(body, 'confirmPin')
    const errors: FieldError[] = []
    const problem = newPinProblem(pin)
    if (problem) errors.push({ field: 'newPin', key: `signIn:newPin.errors.${problem}` })
    if (confirmation === '') errors.push({ field: 'confirmPin', key: 'signIn:newPin.errors.confirmMissing' })
    else if (!problem && confirmation !== pin)
      errors.push({ field: 'confirmPin', key: 'signIn:newPin.errors.confirmMismatch' })
    if (errors.length > 0) {
      res.status(400).render(view, { errors: formatErrors(errors, req.t) })
      return
    }
    await forgottenPin.setNewPin(client, pin)
    await pinSignIn.completeSignIn(client.id, 'new_pin')
    await completeSignIn(req, res, client, clock, config)
  }
}
