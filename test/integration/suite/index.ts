// Entry point of the extension-host test suite (extensionTestsPath = out/test/integration/suite/index.js, built
// by test/integration/runTest.mjs). Add a test file by importing it below; see harness.ts for test().
import { runRegistered } from './harness';
import './smoke.test';
import './wirelint.test';
import './editor-links.test';

export function run(): Promise<void> {
  return runRegistered();
}
