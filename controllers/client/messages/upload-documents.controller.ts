import type { RequestHandler, Response } from 'express'
import { temporaryUploadsOf } from '../../../middleware/upload-files.ts'
import type { ClientSummary } from '../../../models/client.model.ts'
import type { ClientUrls } from '../../../routes/paths.ts'
import type { DocumentUploads } from '../../../services/uploads/document-uploads.ts'
import { uploadFieldErrors } from '../../../services/uploads/upload-form-errors.ts'
import { emptyFormErrors, formatErrors, type FormErrors } from '../../../services/validation/form-errors.ts'

const view = 'pages/client/messages/upload-documents'

function render(res: Response, errors: FormErrors, accepted: string[] = []): void {
  res.render(view, { errors, accepted })
}

/** Documents sent on their own: they become a "Self Service inbound" activity for caseworkers. */
export function get(): RequestHandler {
  return (_req, res) => render(res, emptyFormErrors())
}

/** Takes the files that pass; each refused one gets its own error, and those taken are listed. */
export function post(documentUploads: DocumentUploads): RequestHandler {
  return async (req, res) => {
    const client = res.locals.client as ClientSummary
    const files = temporaryUploadsOf(req)
    if (files.length === 0) {
      res.status(400)
      render(res, formatErrors([{ field: 'documents', key: 'messages:upload.errors.noFile' }], req.t))
      return
    }
    const outcome = await documentUploads.accept(client.id, files)
    if (outcome.refusedCount > 0) {
      const accepted = outcome.results.flatMap(result => (result.status === 'accepted' ? [result.fileName] : []))
      res.status(400)
      render(res, formatErrors(uploadFieldErrors(outcome, 'documents'), req.t), accepted)
      return
    }
    res.redirect((res.locals.urls as ClientUrls).documentsUploaded)
  }
}

export function done(): RequestHandler {
  return (_req, res) => res.render('pages/client/messages/documents-uploaded')
}
