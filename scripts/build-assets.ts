/*
 * Builds the browser assets into public/dist with content-hashed names, and writes
 * public/dist/manifest.json mapping each logical name to its hashed file. Hashed files are served
 * with a one-year immutable cache, so a change of content is a change of URL.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { compile, NodePackageImporter } from 'sass'
import { projectRoot } from '../config.ts'

const outputDirectory = path.join(projectRoot, 'public', 'dist')

function hashed(name: string, content: string | Buffer): string {
  const digest = createHash('sha256').update(content).digest('hex').slice(0, 10)
  const extension = name.endsWith('.min.js') ? '.min.js' : path.extname(name)
  return `${name.slice(0, -extension.length)}-${digest}${extension}`
}

function buildStyles(): Array<[string, string | Buffer]> {
  const result = compile(path.join(projectRoot, 'public', 'sass', 'application.scss'), {
    style: 'compressed',
    importers: [new NodePackageImporter(projectRoot)],
    quietDeps: true,
    silenceDeprecations: ['import'],
  })
  return [['application.css', result.css]]
}

function copyScripts(): Array<[string, string | Buffer]> {
  const govukScript = path.join(projectRoot, 'node_modules', 'govuk-frontend', 'dist', 'govuk', 'govuk-frontend.min.js')
  const ownScripts = path.join(projectRoot, 'public', 'scripts')
  const files: Array<[string, string | Buffer]> = [['govuk-frontend.min.js', fs.readFileSync(govukScript)]]
  for (const name of fs.readdirSync(ownScripts).filter(file => file.endsWith('.mjs'))) {
    files.push([name, fs.readFileSync(path.join(ownScripts, name))])
  }
  return files
}

export function buildAssets(): Record<string, string> {
  fs.rmSync(outputDirectory, { recursive: true, force: true })
  fs.mkdirSync(outputDirectory, { recursive: true })
  const manifest: Record<string, string> = {}
  for (const [name, content] of [...buildStyles(), ...copyScripts()]) {
    const fileName = hashed(name, content)
    fs.writeFileSync(path.join(outputDirectory, fileName), content)
    manifest[name] = fileName
  }
  fs.writeFileSync(path.join(outputDirectory, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`)
  return manifest
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const manifest = buildAssets()
  console.log(`Built ${Object.keys(manifest).length} assets into public/dist`)
}
