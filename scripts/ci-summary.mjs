// Prints the one-line summary CI reads (`<tool>: N passed, N failed`) from a JSON report and
// exits non-zero when anything failed or nothing ran.
// Usage: node scripts/ci-summary.mjs vitest .vitest.json | playwright .pw.json
import { readFileSync } from 'node:fs'

const [tool, file] = process.argv.slice(2)

function counts(report) {
  if (tool === 'vitest') {
    return { passed: report.numPassedTests ?? 0, failed: report.numFailedTests ?? 0 }
  }
  if (tool === 'playwright') {
    const stats = report.stats ?? {}
    // Suite-level errors (a broken config, a crashed web server) fail the run with no test result.
    const errors = Array.isArray(report.errors) ? report.errors.length : 0
    return {
      passed: (stats.expected ?? 0) + (stats.flaky ?? 0),
      failed: (stats.unexpected ?? 0) + errors,
    }
  }
  throw new Error(`unknown tool "${tool}" (vitest or playwright)`)
}

let result = { passed: 0, failed: 0 }
try {
  result = counts(JSON.parse(readFileSync(file, 'utf8')))
} catch (error) {
  console.error(`${tool}: no usable report in ${file} (${error.message})`)
}
console.log(`${tool}: ${result.passed} passed, ${result.failed} failed`)
process.exit(result.failed > 0 || result.passed === 0 ? 1 : 0)
