/** The outcome of scanning one file. Only `clean` lets a file through. */
export type ScanResult =
  | { outcome: 'clean' }
  | { outcome: 'infected'; signature: string }
  /** The scanner could not give a verdict (unreachable, timed out, an error, a limit exceeded). */
  | { outcome: 'failed'; reason: string }

/** Scans files for viruses before they are accepted. */
export interface VirusScanner {
  /** What the scanner is, for logs and health checks. */
  readonly description: string
  scan(filePath: string): Promise<ScanResult>
}
