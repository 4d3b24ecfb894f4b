/** A download's size as GOV.UK shows it beside the link ("PDF, 18 KB"): whole KB below 1 MB, then MB to one place. */
export function formatFileSize(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) throw new Error('A file size is a number of bytes')
  const kilobytes = bytes / 1024
  if (kilobytes < 1024) return `${Math.max(1, Math.round(kilobytes))} KB`
  return `${(kilobytes / 1024).toFixed(1)} MB`
}
