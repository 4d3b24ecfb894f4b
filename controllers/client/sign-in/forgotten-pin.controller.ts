import type { Request, RequestHandler } from 'express'
import type { ClientModel } from '../../../models/client.model.ts'
import type { ClientUrls } from '../../../routes/paths.ts'
import type { Question } from '../../../services/sign-in/challenges.ts'
import type { ForgottenPinService } from '../../../services/sign-in/forgotten-pin.service.ts'
import { textField } from '../../../services/validation/fields.ts'
import { emptyFormErrors, formatErrors, type FieldError } from '../../../services/validation/form-errors.ts'
import { pendingClient } from './pending-client.ts'

const view = 'pages/client/sign-in/forgotten-pin'
const fields = ['firstAnswer', 'secondAnswer'] as const

/** Each question's label, e.g. "4th character of your Customer Reference Number". */
function labelled(req: Request, questions: Question[]) {
  return questions.map((question, index) => ({
    field: fields[index]!,
    fact: question.fact,
    ordinal: req.t(`signIn:ordinal.${question.position}`),
    label: req.t(`signIn:forgottenPin.question.${question.fact}`, {
      ordinal: req.t(`signIn:ordinal.${question.position}`),
    }),
  }))
}

export function get(clients: ClientModel, forgottenPin: ForgottenPinService): RequestHandler {
  return async (req, res) => {
    const client = await pendingClient(req, res, clients)
    if (!client) return
    const questions = labelled(req, await forgottenPin.questionsFor(client))
    res.render(view, { questions, hasPin: Boolean(client.pin_ciphertext), values: {}, errors: emptyFormErrors() })
  }
}

/** Right answers lead to choosing a new PIN; a wrong answer locks self-service at once, as the seed says. */
export function post(clients: ClientModel, forgottenPin: ForgottenPinService): RequestHandler {
  return async (req, res) => {
    const client = await pendingClient(req, res, clients)
    if (!client) return
    const urls = res.locals.urls as ClientUrls
    const questions = labelled(req, await forgottenPin.questionsFor(client))
    const body = req.body as Record<string, unknown>
    const values = Object.fromEntries(fields.map(field => [field, textField(body, field)])) as Record<
      (typeof fields)[number],
      string
    >
    const errors: FieldError[] = []
    for (const question of questions) {
      const answer = values[question.field]
      const ordinal = { ordinal: question.ordinal }
      if (answer === '')
        errors.push({
          field: question.field,
          key: `signIn:forgottenPin.errors.missing.${question.fact}`,
          values: ordinal,
        })
      else if (answer.length !== 1)
        errors.push({
          field: question.field,
          key: `signIn:forgottenPin.errors.oneCharacter.${question.fact}`,
          values: ordinal,
        })
    }
    if (errors.length > 0) {
      res.status(400).render(view, {
        questions,
        hasPin: Boolean(client.pin_ciphertext),
        values,
        errors: formatErrors(errors, req.t),
      })
      return
    }
    if (
      (await forgottenPin.answer(
        client,
        fields.map(field => values[field]),
      )) === 'locked'
    ) {
      res.redirect(urls.selfServiceLocked)
      return
    }
    req.session.pinResetClientId = client.id
    res.redirect(urls.newPin)
  }
}
