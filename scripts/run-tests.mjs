// Runs every test suite and ends with one plain summary line: "Tests: N passed, N failed[, N skipped]".
//   1. unit (vitest: rules, fixtures, property tests, CLI, real copy)
//   2. integration (the extension inside a real VS Code: @vscode/test-electron, or code-server here)
//   3. UI (Playwright keystrokes in code-server)
// `--unit` runs the unit suite alone. The editor suites install their tools on first run (scripts/e2e/setup.mjs,
// which says what and how much before it installs anything); their output is passed on line by line as it comes.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { streamSuite } from './stream-suite.mjs';

const unitOnly = process.argv.includes('--unit');
const passthrough = process.argv.slice(2).filter((a) => a !== '--unit');
const totals = { passed: 0, failed: 0, skipped: 0 };
let exit = 0;

mkdirSync('artifacts', { recursive: true });
const out = 'artifacts/vitest-results.json';
rmSync(out, { force: true });
const unit = spawnSync(
  process.execPath,
  [
    'node_modules/vitest/vitest.mjs',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${out}`,
    ...passthrough,
  ],
  { stdio: 'inherit' },
);
try {
  const j = JSON.parse(readFileSync(out, 'utf8'));
  totals.passed += j.numPassedTests;
  totals.failed += j.numFailedTests;
  totals.skipped += j.numPendingTests + j.numTodoTests;
  console.log(`Unit: ${j.numPassedTests} passed, ${j.numFailedTests} failed`);
} catch {
  totals.failed += 1;
  console.log('Unit: the vitest report was not written');
}
if (unit.status !== 0) exit = 1;

/** Runs an editor suite, passing its output on as it comes, and adds its `Label: N passed, N failed[, N skipped]`. */
async function suite(label, script) {
  const r = await streamSuite(label, script);
  if (r.summary) {
    totals.passed += r.summary.passed;
    totals.failed += r.summary.failed;
    totals.skipped += r.summary.skipped;
  } else {
    totals.failed += 1;
    console.log(`[${label.toLowerCase()}] the suite printed no summary line (exit ${r.status ?? r.signal})`);
  }
  if (r.status !== 0) exit = 1;
}

if (!unitOnly) {
  await suite('Integration', 'test/integration/runTest.mjs');
  await suite('UI', 'test/e2e/ui.test.mjs');
}
console.log(
  `Tests: ${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`,
);
process.exit(exit);
