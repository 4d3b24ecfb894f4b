import { pipeline } from 'node:stream/promises'
import type { RequestHandler } from 'express'
import type { AuditLog } from '../../models/audit.model.ts'
import type { ClientModel } from '../../models/client.model.ts'
import type { Documents } from '../../models/document.model.ts'
import type { DocumentStorage } from '../../services/document-storage/document-storage.ts'
import { clientFromPath } from './client-record.ts'
import { renderNotFound } from './not-found.ts'
import { recordClientView } from './record-view.ts'

/** A file name safe for a Content-Disposition header: the client's name for it, without odd characters. */
export function downloadName(originalFileName: string, documentId: number): string {
  const cleaned = originalFileName.replace(/[^\w.\- ]+/g, '').trim()
  return cleaned === '' ? `document-${documentId}` : cleaned
}

/**
 * "View document": a document the client uploaded, for caseworkers only. The document must belong
 * to the client in the URL; every view is audit logged with the staff ID.
 */
export function get(
  clients: ClientModel,
  documents: Documents,
  storage: DocumentStorage,
  auditLog: AuditLog,
): RequestHandler {
  return async (req, res) => {
    const client = await clientFromPath(req, res, clients)
    if (!client) return
    const id = Number(req.params.documentId)
    const document = Number.isSafeInteger(id) && id > 0 ? await documents.findForOwner(client.id, id) : undefined
    if (!document) {
      renderNotFound(res)
      return
    }
    await recordClientView(auditLog, req, {
      action: 'client_document_viewed',
      clientId: client.id,
      details: { documentId: document.id },
    })
    const stream = await storage.open(document.storedName)
    res.attachment(downloadName(document.originalFileName, document.id))
    res.type(document.contentType)
    res.setHeader('Content-Length', String(document.sizeBytes))
    await pipeline(stream, res)
  }
}
