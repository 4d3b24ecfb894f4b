import type { RequestHandler } from 'express'
import { caseworkerPaths, pathTo } from '../../routes/paths.ts'
import { textField } from '../../services/validation/fields.ts'
import { staffFormErrors } from '../../services/validation/staff-errors.ts'
import { messageToAnswer, type RespondParts } from './respond-message.ts'

const view = 'pages/caseworker/respond/choose'

/** "Respond by email": choose one of the approved responses for this kind of enquiry. */
export function get(parts: RespondParts): RequestHandler {
  return async (req, res) => {
    const message = await messageToAnswer(req, res, parts)
    if (!message) return
    const chosen =
      req.session.emailResponse?.activityId === message.activity.id ? req.session.emailResponse.templateId : ''
    res.render(view, { ...message, values: { templateId: chosen }, errors: staffFormErrors([]) })
  }
}

export function post(parts: RespondParts): RequestHandler {
  return async (req, res) => {
    const message = await messageToAnswer(req, res, parts)
    if (!message) return
    const templateId = textField(req.body as Record<string, unknown>, 'templateId')
    if (!message.templates.some(template => template.id === templateId)) {
      res.status(400).render(view, {
        ...message,
        values: { templateId },
        errors: staffFormErrors([{ field: 'templateId', key: 'Select an approved response' }]),
      })
      return
    }
    res.redirect(
      pathTo(caseworkerPaths.respondByEmailFields, {
        clientId: message.client.id,
        activityId: message.activity.id,
        templateId,
      }),
    )
  }
}
