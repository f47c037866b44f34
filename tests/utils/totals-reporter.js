// Appends "passed failed" of each jest run to $CONFER_TEST_TOTALS, so .ci/run can print one total line.
const { appendFileSync } = require('node:fs');

class TotalsReporter {
  onRunComplete(_contexts, results) {
    const file = process.env.CONFER_TEST_TOTALS;
    if (!file) return;
    // A suite that failed to load counts as one failure even though none of its tests ran.
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    appendFileSync(file, `${results.numPassedTests} ${failed}\n`);
  }
}

module.exports = TotalsReporter;
