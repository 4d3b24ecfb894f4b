/*
 * Summarises a .cpuprofile written by `node --cpu-prof` (BENCH_CPU_PROFILE=1 npm run bench): self time
 * by function and by file, the largest first, then total time by function (itself and everything it
 * called), which shows what a middleware costs in all. Usage: node --import tsx bench/profile-summary.ts FILE [N]
 */
import fs from 'node:fs'
import path from 'node:path'
import { projectRoot } from '../config.ts'

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
  hitCount?: number
  children?: number[]
}

interface Profile {
  nodes: ProfileNode[]
  samples: number[]
  timeDeltas: number[]
}

function fileOf(frame: ProfileNode['callFrame']): string {
  return frame.url.replace(`file://${projectRoot}/`, '') || '(native)'
}

function nameOf(frame: ProfileNode['callFrame']): string {
  return `${frame.functionName || '(anonymous)'} ${fileOf(frame)}:${frame.lineNumber + 1}`
}

export function selfTimes(profile: Profile): { byFunction: Map<string, number>; byFile: Map<string, number> } {
  const nodes = new Map(profile.nodes.map(node => [node.id, node]))
  const byFunction = new Map<string, number>()
  const byFile = new Map<string, number>()
  profile.samples.forEach((id, index) => {
    const micros = profile.timeDeltas[index] ?? 0
    const frame = nodes.get(id)!.callFrame
    const name = nameOf(frame)
    const file = fileOf(frame)
    byFunction.set(name, (byFunction.get(name) ?? 0) + micros)
    byFile.set(file, (byFile.get(file) ?? 0) + micros)
  })
  return { byFunction, byFile }
}

/** Each function's own time plus its callees', counting a sample once however often it recurs in the stack. */
export function totalTimes(profile: Profile): Map<string, number> {
  const parents = new Map<number, number>()
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id)
  const nodes = new Map(profile.nodes.map(node => [node.id, node]))
  const totals = new Map<string, number>()
  profile.samples.forEach((id, index) => {
    const micros = profile.timeDeltas[index] ?? 0
    const seen = new Set<string>()
    for (let node: number | undefined = id; node !== undefined; node = parents.get(node)) {
      const name = nameOf(nodes.get(node)!.callFrame)
      if (seen.has(name)) continue
      seen.add(name)
      totals.set(name, (totals.get(name) ?? 0) + micros)
    }
  })
  return totals
}

function top(title: string, times: Map<string, number>, count: number, total: number): void {
  console.log(`\n${title}`)
  for (const [name, micros] of [...times].sort((a, b) => b[1] - a[1]).slice(0, count)) {
    console.log(
      `${((micros / total) * 100).toFixed(1).padStart(6)}%  ${(micros / 1000).toFixed(0).padStart(7)} ms  ${name}`,
    )
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2]
  if (!file) throw new Error('Usage: bench/profile-summary.ts FILE.cpuprofile [N]')
  const count = Number(process.argv[3] ?? 30)
  const profile = JSON.parse(fs.readFileSync(path.resolve(file), 'utf8')) as Profile
  const { byFunction, byFile } = selfTimes(profile)
  const total = profile.timeDeltas.reduce((sum, delta) => sum + delta, 0)
  top('Self time by function', byFunction, count, total)
  top('Self time by file', byFile, count, total)
  top('Total time by function', totalTimes(profile), count, total)
}
