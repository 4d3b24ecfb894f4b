/** A file as the upload middleware received it, before any rule has looked at it. */
export interface TemporaryUpload {
  /** The name the client's device gave the file: display text only, never used as a path. */
  originalName: string
  /** Where it was streamed to; absent when it was not kept (over the size limit, or past the file count limit). */
  path: string | undefined
  /** Bytes received, including any past the size limit that were read and thrown away. */
  sizeBytes: number
  exceededSizeLimit: boolean
}

const MAX_NAME_LENGTH = 255

/**
 * A file name fit to show and store as text: the last part of any path the browser sent, without
 * control characters, at most 255 characters.
 */
export function displayFileName(raw: string): string {
  const lastPart = raw.split(/[/\\]/).pop() ?? ''
  // eslint-disable-next-line no-control-regex
  const cleaned = lastPart.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '').trim()
  const name = cleaned === '' ? 'file' : cleaned
  return [...name].slice(0, MAX_NAME_LENGTH).join('')
}
