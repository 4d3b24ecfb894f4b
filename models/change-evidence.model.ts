import type { Database } from './db.ts'

/** Documents a client uploaded as evidence for a change of circumstances, linked to its service request. */
export class ChangeEvidenceModel {
  constructor(private readonly db: Database) {}

  /**
   * Links the client's own, not yet linked documents to the service request, inside the caller's
   * transaction. Returns how many were linked: another client's document, or one already linked
   * to something else, is never touched.
   */
  async link(
    clientId: number,
    documentIds: number[],
    serviceRequestId: number,
    transaction: Database,
  ): Promise<number> {
    if (documentIds.length === 0) return 0
    return transaction('documents')
      .where({ owner_client_id: clientId })
      .whereIn('id', documentIds)
      .whereNull('service_request_id')
      .whereNull('message_id')
      .update({ service_request_id: serviceRequestId })
  }

  /** The file names of the client's own documents, for the check-answers page. */
  async fileNames(clientId: number, documentIds: number[]): Promise<string[]> {
    if (documentIds.length === 0) return []
    const rows = await this.db('documents')
      .where({ owner_client_id: clientId })
      .whereIn('id', documentIds)
      .orderBy('id')
      .select('original_file_name')
    return rows.map(row => row.original_file_name)
  }
}
