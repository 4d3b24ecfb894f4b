import type { Readable } from 'node:stream'

export interface StoredDocument {
  /** The generated name the document is kept under: never the client's file name. */
  storedName: string
  sizeBytes: number
  sha256: string
}

/** Where accepted documents are kept, away from anything the web server serves. */
export interface DocumentStorage {
  readonly description: string
  /** Copies a file in under a new generated name, whole or not at all. */
  store(sourcePath: string, extension: string): Promise<StoredDocument>
  /** The document's bytes; fails when there is no such document. */
  open(storedName: string): Promise<Readable>
  remove(storedName: string): Promise<void>
}
