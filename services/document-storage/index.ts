import type { Config } from '../../config.ts'
import type { DocumentStorage } from './document-storage.ts'
import { LocalDirectoryStorage } from './local-directory-storage.ts'

export type { DocumentStorage, StoredDocument } from './document-storage.ts'

/** The local folder is the one storage there is; another (an object store) would be chosen here by configuration. */
export function createDocumentStorage(config: Pick<Config, 'uploads'>): DocumentStorage {
  return new LocalDirectoryStorage(config.uploads.storageDirectory)
}
