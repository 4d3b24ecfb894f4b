import type { RequestHandler } from 'express'
import type { Config } from '../../../config.ts'
import type { ClientModel } from '../../../models/client.model.ts'
import type { ClientUrls } from '../../../routes/paths.ts'
import type { Clock } from '../../../services/clock.ts'
import { maskEmailAddress } from '../../../services/format/identifiers.ts'
import type { PinSignInService } from '../../../services/sign-in/pin-sign-in.service.ts'
import type { SignInCodeService } from '../../../services/sign-in/sign-in-code.service.ts'
import { textField } from '../../../services/validation/fields.ts'
import { emptyFormErrors, formatErrors } from '../../../services/validation/form-errors.ts'
import { completeSignIn } from './complete-sign-in.ts'
import { pendingClient } from './pending-client.ts'

const requestView = 'pages/client/sign-in/request-code'
const enterView = 'pages/client/sign-in/enter-code'

/** "Get a sign-in code by email instead": says where the code will go. */
export function getRequest(clients: ClientModel): RequestHandler {
  return async (req, res) => {
    const client = await pendingClient(req, res, clients)
    if (!client) return
    res.render(requestView, { maskedEmail: client.email ? maskEmailAddress(client.email) : null })
  }
}

export function postRequest(clients: ClientModel, signInCodes: SignInCodeService): RequestHandler {
  return async (req, res) => {
    const client = await pendingClient(req, res, clients)
    if (!client) return
    const urls = res.locals.urls as ClientUrls
    const result = await signInCodes.send(client, req.language)
    if (result === 'sent') {
      res.redirect(urls.enterSignInCode)
      return
    }
    if (result === 'locked') {
      res.redirect(urls.selfServiceLocked)
      return
    }
    res
      .status(result === 'tooMany' ? 429 : 400)
      .render(requestView, { maskedEmail: client.email ? maskEmailAddress(client.email) : null, problem: result })
  }
}

export function getEnter(clients: ClientModel): RequestHandler {
  return async (req, res) => {
    const client = await pendingClient(req, res, clients)
    if (!client) return
    res.render(enterView, { maskedEmail: maskEmailAddress(client.email ?? ''), values: {}, errors: emptyFormErrors() })
  }
}

/** A right code signs the client in, as the PIN digits would. */
export function postEnter(
  clients: ClientModel,
  signInCodes: SignInCodeService,
  pinSignIn: PinSignInService,
  clock: Clock,
  config: Pick<Config, 'env'>,
): RequestHandler {
  return async (req, res) => {
    const client = await pendingClient(req, res, clients)
    if (!client) return
    const code = textField(req.body as Record<string, unknown>, 'code').replace(/\s+/g, '')
    const render = (key: string) =>
      res.status(400).render(enterView, {
        maskedEmail: maskEmailAddress(client.email ?? ''),
        values: { code },
        errors: formatErrors([{ field: 'code', key: `signIn:enterCode.errors.${key}` }], req.t),
      })
    if (code === '') return render('missing')
    if (!/^\d{6}$/.test(code)) return render('format')
    const result = await signInCodes.check(client, code)
    if (result === 'locked') return res.redirect((res.locals.urls as ClientUrls).selfServiceLocked)
    if (result !== 'correct') return render(result)
    await pinSignIn.completeSignIn(client.id, 'email_code')
    await completeSignIn(req, res, client, clock, config)
  }
}
