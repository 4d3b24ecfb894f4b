// The spec reporter, plus a closing "N passed, N failed" line that the test runner and CI count.
const Mocha = require('mocha')

class SummaryReporter extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options)
    runner.once(Mocha.Runner.constants.EVENT_RUN_END, () => {
      const { passes, failures, pending } = runner.stats
      console.log(`${passes} passed, ${failures} failed${pending ? `, ${pending} pending` : ''}`)
    })
  }
}

module.exports = SummaryReporter
