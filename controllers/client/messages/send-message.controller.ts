import type { Request, RequestHandler, Response } from 'express'
import { temporaryUploadsOf } from '../../../middleware/upload-files.ts'
import type { ClientSummary } from '../../../models/client.model.ts'
import type { ClientCases, QualifyingChild } from '../../../models/client-cases.model.ts'
import { pathTo, type ClientUrls } from '../../../routes/paths.ts'
import { MESSAGE_MAX_LENGTH, messageSubjects } from '../../../services/messages/message-rules.ts'
import type { SecureMessages } from '../../../services/messages/secure-messages.ts'
import { uploadFieldErrors } from '../../../services/uploads/upload-form-errors.ts'
import { emptyFormErrors, formatErrors, type FormErrors } from '../../../services/validation/form-errors.ts'
import { validateMessage, type MessageValues } from './send-message.validation.ts'

const view = 'pages/client/messages/send-message'

function render(res: Response, children: QualifyingChild[], values: MessageValues, errors: FormErrors): void {
  res.render(view, { subjects: messageSubjects, children, values, errors, maxLength: MESSAGE_MAX_LENGTH })
}

/** The send a message page; "Submit feedback" is chosen for those who came from the feedback link. */
export function get(cases: ClientCases): RequestHandler {
  return async (req: Request, res: Response) => {
    const client = res.locals.client as ClientSummary
    const children = await cases.qualifyingChildrenFor(client.id)
    const subject = req.query.subject === 'feedback' ? 'feedback' : ''
    render(res, children, { subject, children: [], message: '' }, emptyFormErrors())
  }
}

/** Sends the message with any attachments, or shows what is wrong with what was typed kept. */
export function post(cases: ClientCases, secureMessages: SecureMessages): RequestHandler {
  return async (req: Request, res: Response) => {
    const client = res.locals.client as ClientSummary
    const children = await cases.qualifyingChildrenFor(client.id)
    const { values, errors, message } = validateMessage(req.body as Record<string, unknown>, children)
    if (!message) {
      res.status(400)
      render(res, children, values, formatErrors(errors, req.t))
      return
    }
    const outcome = await secureMessages.send({ clientId: client.id, ...message, attachments: temporaryUploadsOf(req) })
    if (!outcome.sent) {
      res.status(400)
      render(res, children, values, formatErrors(uploadFieldErrors(outcome.upload, 'attachments'), req.t))
      return
    }
    res.redirect(pathTo((res.locals.urls as ClientUrls).messageSent, { messageId: outcome.messageId }))
  }
}
