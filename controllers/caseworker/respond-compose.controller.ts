import type { Request, RequestHandler, Response } from 'express'
import { caseworkerPaths, pathTo } from '../../routes/paths.ts'
import type { ApprovedResponse } from '../../services/caseworker/approved-responses.ts'
import { composeResponse } from '../../services/caseworker/compose-response.ts'
import type { FieldError } from '../../services/validation/form-errors.ts'
import { staffFormErrors } from '../../services/validation/staff-errors.ts'
import {
  messageToAnswer,
  responseFields,
  templateFromPath,
  type MessageToAnswer,
  type RespondParts,
} from './respond-message.ts'
import { renderNotFound } from './not-found.ts'

const urls = (message: MessageToAnswer, template: ApprovedResponse) => {
  const params = { clientId: message.client.id, activityId: message.activity.id, templateId: template.id }
  return {
    fields: pathTo(caseworkerPaths.respondByEmailFields, params),
    check: pathTo(caseworkerPaths.respondByEmailCheck, params),
    activity: pathTo(caseworkerPaths.activity, params),
  }
}

function renderFields(
  res: Response,
  message: MessageToAnswer,
  template: ApprovedResponse,
  fields: Record<string, string | string[]>,
  errors: FieldError[] = [],
) {
  const ticked = ([] as string[]).concat(fields.optional ?? [])
  res.status(errors.length > 0 ? 400 : 200).render('pages/caseworker/respond/fields', {
    ...message,
    template,
    paragraphs: template.paragraphs.map(paragraph => ({
      ...paragraph,
      preview: paragraph.text.en.replace(/\{\{(\w+)\}\}/g, (_match, name: string) => {
        const field = paragraph.fields?.find(item => item.name === name)
        return `[${field?.label ?? name}]`
      }),
    })),
    values: fields,
    ticked,
    errors: staffFormErrors(errors),
    urls: urls(message, template),
  })
}

/** The fields saved for this message and template, if the caseworker has been here before. */
function savedFields(req: Request, message: MessageToAnswer, template: ApprovedResponse) {
  const saved = req.session.emailResponse
  return saved?.activityId === message.activity.id && saved.templateId === template.id ? saved.fields : undefined
}

/** The message being answered and the approved response chosen for it, or a 404 page if either is not there. */
function withMessageAndTemplate(
  parts: RespondParts,
  handle: (req: Request, res: Response, message: MessageToAnswer, template: ApprovedResponse) => unknown,
): RequestHandler {
  return async (req, res) => {
    const message = await messageToAnswer(req, res, parts)
    if (!message) return
    const template = templateFromPath(req, message)
    if (!template) return renderNotFound(res)
    await handle(req, res, message, template)
  }
}

/** The saved fields composed into the email, or a redirect back to the fields if they do not make one. */
function composedOrBack(
  req: Request,
  res: Response,
  parts: RespondParts,
  message: MessageToAnswer,
  template: ApprovedResponse,
) {
  const { composed } = composeResponse(template, savedFields(req, message, template) ?? {}, parts.clock.now())
  if (!composed) res.redirect(urls(message, template).fields)
  return composed
}

/** The chosen response's paragraphs: fill the editable fields and tick the optional paragraphs wanted. */
export function getFields(parts: RespondParts): RequestHandler {
  return withMessageAndTemplate(parts, (req, res, message, template) =>
    renderFields(res, message, template, savedFields(req, message, template) ?? {}),
  )
}

export function postFields(parts: RespondParts): RequestHandler {
  return withMessageAndTemplate(parts, (req, res, message, template) => {
    const fields = responseFields(req.body as Record<string, unknown>)
    const { errors } = composeResponse(template, fields, parts.clock.now())
    if (errors.length > 0) return void renderFields(res, message, template, fields, errors)
    req.session.emailResponse = { activityId: message.activity.id, templateId: template.id, fields }
    res.redirect(urls(message, template).check)
  })
}

/** Check the email exactly as the client will read it, then send it. */
export function getCheck(parts: RespondParts): RequestHandler {
  return withMessageAndTemplate(parts, (req, res, message, template) => {
    const composed = composedOrBack(req, res, parts, message, template)
    if (!composed) return
    res.render('pages/caseworker/respond/check', {
      ...message,
      template,
      email: parts.responder.preview(message.client, template, composed),
      sender: parts.responder.sender,
      urls: urls(message, template),
    })
  })
}

export function postSend(parts: RespondParts): RequestHandler {
  return withMessageAndTemplate(parts, async (req, res, message, template) => {
    const composed = composedOrBack(req, res, parts, message, template)
    if (!composed) return
    const outcome = await parts.responder.send(
      message.client,
      message.activity,
      template,
      composed,
      req.session.staff!.staffId,
    )
    delete req.session.emailResponse
    req.session.flash =
      outcome === 'sent'
        ? 'The email is sent and the message is marked as done.'
        : 'This message cannot be answered by email.'
    res.redirect(urls(message, template).activity)
  })
}
