import { execFileSync } from 'node:child_process'
import fs from 'node:fs'

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/**
 * Browser tests drive Debian's Chromium, never a downloaded browser. When it is missing and we run
 * as root (as CI does), install it from the Debian registry; otherwise say exactly what to install.
 */
export function ensureChromium(): void {
  if (fs.existsSync(CHROMIUM_PATH)) return
  if (process.getuid?.() !== 0) {
    throw new Error(
      `Browser tests need Chromium at ${CHROMIUM_PATH}. Install it with: sudo apt-get install -y --no-install-recommends chromium`,
    )
  }
  console.log('Installing Debian’s chromium for the browser tests…')
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  try {
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env })
  } catch {
    execFileSync('apt-get', ['update'], { stdio: 'inherit', env })
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env })
  }
  if (!fs.existsSync(CHROMIUM_PATH)) throw new Error(`Chromium was installed but is not at ${CHROMIUM_PATH}`)
}
