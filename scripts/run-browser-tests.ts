import { ensureChromium } from './ensure-chromium.ts'
import { printSummary, runStage } from './run-stage.ts'

ensureChromium()
const result = await runStage('browser tests', 'npx', [
  'mocha',
  '--config',
  '.mocharc.json',
  'test/browser/**/*.test.ts',
])
process.exit(printSummary([result]) ? 0 : 1)
