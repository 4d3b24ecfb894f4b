import { spawn } from 'node:child_process'

export interface StageResult {
  name: string
  ok: boolean
  passed: number
  failed: number
  seconds: number
}

/**
 * Runs one stage of the test run as a child process, passing its output through, and reads the
 * "N passed, N failed" line our mocha reporter prints so the run can add them up.
 */
export function runStage(
  name: string,
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<StageResult> {
  const started = Date.now()
  console.log(`\n=== ${name} ===`)
  return new Promise(resolve => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] })
    let passed = 0
    let failed = 0
    let tail = ''
    child.stdout.on('data', (chunk: Buffer) => {
      process.stdout.write(chunk)
      tail = (tail + chunk.toString()).slice(-4096)
      for (const match of tail.matchAll(/^(\d+) passed, (\d+) failed/gm)) {
        passed = Number(match[1])
        failed = Number(match[2])
      }
    })
    child.on('close', code => {
      resolve({ name, ok: code === 0, passed, failed, seconds: Math.round((Date.now() - started) / 1000) })
    })
  })
}

export function printSummary(results: StageResult[]): boolean {
  console.log('\n=== Summary ===')
  for (const result of results) {
    const counts = result.passed + result.failed > 0 ? ` (${result.passed} passed, ${result.failed} failed)` : ''
    console.log(`${result.ok ? 'ok  ' : 'FAIL'} ${result.name}${counts} in ${result.seconds}s`)
  }
  const passed = results.reduce((sum, result) => sum + result.passed, 0)
  const failed =
    results.reduce((sum, result) => sum + result.failed, 0) +
    results.filter(result => !result.ok && result.failed === 0).length
  console.log(`${passed} passed, ${failed} failed`)
  return results.every(result => result.ok)
}
