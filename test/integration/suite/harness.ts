// A tiny test runner for the extension host (no mocha): register tests with `test()`, and `runRegistered()`
// runs them in order, prints one line per test and then `N passed, N failed[, N skipped]`, and throws when any
// failed. A test that throws SkipTest counts as skipped.
// Output goes to the console and, when WIRELINT_TEST_RESULTS names a file, to that file too: the code-server
// runner prints that file, since the extension host's console is not the terminal there.
// WIRELINT_TEST_GREP=<text> runs only the tests whose name contains <text>.
import { appendFileSync } from 'node:fs';
import { inspect } from 'node:util';
import * as vscode from 'vscode';

export type TestFn = () => void | Promise<void>;

interface RegisteredTest {
  name: string;
  fn: TestFn;
  timeoutMs: number;
}

const tests: RegisteredTest[] = [];

/** Throw from a test that cannot run here (say why in the message): it is reported as skipped, not passed. */
export class SkipTest extends Error {
  override name = 'SkipTest';
}

/** Registers a test; it fails when it throws, rejects or takes longer than `timeoutMs`. */
export function test(name: string, fn: TestFn, timeoutMs = 30_000): void {
  tests.push({ name, fn, timeoutMs });
}

function out(line: string): void {
  console.log(line);
  const file = process.env.WIRELINT_TEST_RESULTS;
  if (file) appendFileSync(file, line + '\n');
}

function withTimeout(p: Promise<void>, ms: number): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}

function describeError(e: unknown): string {
  const text = e instanceof Error ? (e.stack ?? `${e.name}: ${e.message}`) : inspect(e);
  return text
    .split('\n')
    .map((l) => `      ${l}`)
    .join('\n');
}

export async function runRegistered(): Promise<void> {
  const grep = process.env.WIRELINT_TEST_GREP;
  const selected = grep ? tests.filter((t) => t.name.includes(grep)) : tests;
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  out(`Wirelint integration tests (${selected.length} of ${tests.length}) in VS Code ${vscode.version}`);
  for (const t of selected) {
    const started = Date.now();
    try {
      await withTimeout(Promise.resolve().then(t.fn), t.timeoutMs);
      passed++;
      out(`  ✓ ${t.name} (${Date.now() - started} ms)`);
    } catch (e) {
      if (e instanceof SkipTest) {
        skipped++;
        out(`  - ${t.name} (skipped: ${e.message})`);
        continue;
      }
      failed++;
      out(`  ✗ ${t.name} (${Date.now() - started} ms)\n${describeError(e)}`);
    }
  }
  out(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  if (selected.length === 0) throw new Error(grep ? `no test name contains "${grep}"` : 'no tests registered');
  if (failed) throw new Error(`${failed} of ${selected.length} integration tests failed`);
}
