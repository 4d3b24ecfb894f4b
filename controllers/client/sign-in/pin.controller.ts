import type { RequestHandler } from 'express'
import type { Config } from '../../../config.ts'
import type { ClientModel } from '../../../models/client.model.ts'
import type { ClientUrls } from '../../../routes/paths.ts'
import type { Clock } from '../../../services/clock.ts'
import type { PinSignInService } from '../../../services/sign-in/pin-sign-in.service.ts'
import { textField } from '../../../services/validation/fields.ts'
import { emptyFormErrors, formatErrors, type FieldError } from '../../../services/validation/form-errors.ts'
import { completeSignIn } from './complete-sign-in.ts'
import { pendingClient } from './pending-client.ts'

const view = 'pages/client/sign-in/pin'
const fields = ['firstDigit', 'secondDigit'] as const

export function get(clients: ClientModel, pinSignIn: PinSignInService): RequestHandler {
  return async (req, res) => {
    const client = await pendingClient(req, res, clients)
    if (!client) return
    if (!client.pin_ciphertext) {
      res.redirect((res.locals.urls as ClientUrls).forgottenPin)
      return
    }
    res.render(view, { positions: await pinSignIn.positionsFor(client), values: {}, errors: emptyFormErrors() })
  }
}

/** Checks the two digits; a blank or non-digit answer is a form error, not a wrong attempt. */
export function post(
  clients: ClientModel,
  pinSignIn: PinSignInService,
  clock: Clock,
  config: Pick<Config, 'env'>,
): RequestHandler {
  return async (req, res) => {
    const client = await pendingClient(req, res, clients)
    if (!client) return
    const urls = res.locals.urls as ClientUrls
    if (!client.pin_ciphertext) {
      res.redirect(urls.forgottenPin)
      return
    }
    const positions = await pinSignIn.positionsFor(client)
    const body = req.body as Record<string, unknown>
    const digits = fields.map(field => textField(body, field)) as [string, string]
    const errors: FieldError[] = []
    fields.forEach((field, index) => {
      const ordinal = req.t(`signIn:ordinal.${positions[index]}`)
      if (digits[index] === '') errors.push({ field, key: 'signIn:pin.errors.digitMissing', values: { ordinal } })
      else if (!/^\d$/.test(digits[index]!))
        errors.push({ field, key: 'signIn:pin.errors.digitFormat', values: { ordinal } })
    })
    if (errors.length > 0) {
      res.status(400).render(view, { positions, values: {}, errors: formatErrors(errors, req.t) })
      return
    }
    const result = await pinSignIn.answer(client, digits)
    if (result.outcome === 'correct') {
      await completeSignIn(req, res, client, clock, config)
      return
    }
    if (result.outcome === 'locked') {
      res.redirect(urls.selfServiceLocked)
      return
    }
    const key = result.attemptsLeft === 1 ? 'signIn:pin.errors.wrongLastTry' : 'signIn:pin.errors.wrong'
    const formatted = formatErrors([{ field: 'firstDigit', key, values: { count: result.attemptsLeft } }], req.t)
    res
      .status(400)
      .render(view, { positions, values: {}, errors: { errorSummary: formatted.errorSummary, formErrors: {} } })
  }
}
