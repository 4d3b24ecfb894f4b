import type { RequestHandler } from 'express'
import type { ClientModel } from '../../../models/client.model.ts'
import type { ClientUrls } from '../../../routes/paths.ts'
import type { ChangePinService } from '../../../services/details/change-pin.service.ts'
import { newPinProblem } from '../../../services/rules/pin-rules.ts'
import { exactField } from '../../../services/validation/fields.ts'
import { emptyFormErrors, formatErrors, type FieldError } from '../../../services/validation/form-errors.ts'
import { clearSignedInMarker } from '../../../middleware/client-access.ts'
import { destroySession } from '../../../middleware/setUpSession.ts'
import { signedInClientRecord } from './client-record.ts'

const view = 'pages/client/details/change-pin'

export function get(): RequestHandler {
  return (_req, res) => {
    res.render(view, { errors: emptyFormErrors() })
  }
}

/** Checks the form in the order the fields appear; the existing PIN is only compared once the form is complete. */
export function formProblems(existingPin: string, newPin: string, confirmPin: string): FieldError[] {
  const errors: FieldError[] = []
  if (existingPin === '') errors.push({ field: 'existingPin', key: 'details:changePin.errors.existingMissing' })
  else if (!/^\d{7}$/.test(existingPin))
    errors.push({ field: 'existingPin', key: 'details:changePin.errors.existingFormat' })
  const problem = newPinProblem(newPin, /^\d{7}$/.test(existingPin) ? existingPin : undefined)
  if (problem) errors.push({ field: 'newPin', key: `details:changePin.errors.${problem}` })
  if (confirmPin === '') errors.push({ field: 'confirmPin', key: 'details:changePin.errors.confirmMissing' })
  else if (!problem && confirmPin !== newPin)
    errors.push({ field: 'confirmPin', key: 'details:changePin.errors.confirmMismatch' })
  return errors
}

/** Change your client PIN: existing PIN, new PIN twice. Applied at once. PINs are never echoed back. */
export function post(clients: ClientModel, changePin: ChangePinService): RequestHandler {
  return async (req, res) => {
    const urls = res.locals.urls as ClientUrls
    const body = req.body as Record<string, unknown>
    const [existingPin, newPin, confirmPin] = ['existingPin', 'newPin', 'confirmPin'].map(name =>
      exactField(body, name).trim(),
    ) as [string, string, string]
    const errors = formProblems(existingPin, newPin, confirmPin)
    if (errors.length > 0) {
      res.status(400).render(view, { errors: formatErrors(errors, req.t) })
      return
    }
    const result = await changePin.change(await signedInClientRecord(req, clients), existingPin, newPin)
    if (result.outcome === 'changed') {
      res.redirect(urls.pinChanged)
      return
    }
    if (result.outcome === 'locked') {
      await destroySession(req)
      clearSignedInMarker(res)
      res.redirect(urls.selfServiceLocked)
      return
    }
    const error: FieldError =
      result.outcome === 'unchanged'
        ? { field: 'newPin', key: 'details:changePin.errors.unchanged' }
        : {
            field: 'existingPin',
            key: `details:changePin.errors.${result.attemptsLeft === 1 ? 'wrongLastTry' : 'wrong'}`,
            values: { count: result.attemptsLeft },
          }
    res.status(400).render(view, { errors: formatErrors([error], req.t) })
  }
}

export function getChanged(): RequestHandler {
  return (_req, res) => {
    res.render('pages/client/details/pin-changed')
  }
}
