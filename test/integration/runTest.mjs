#!/usr/bin/env node
// Runs the extension-host test suite (test/integration/suite) against the extension in WIRELINT_EXTENSION_PATH
// (default: this repository), with a temp copy of test/integration/workspace open.
//  1. Builds the suite with esbuild to out/test/integration/suite/index.js.
//  2. Tries @vscode/test-electron (downloads VS Code; works where the internet is reachable).
//  3. When VS Code cannot be downloaded, runs the same suite inside code-server (installed by
//     scripts/e2e/setup.mjs) through the smoke-test driver, taking pass/fail from codeAutomationExit. The suite's
//     lines are printed as it writes them.
// Environment: WIRELINT_EXTENSION_PATH, WIRELINT_TEST_GREP (only tests whose name contains it),
// WIRELINT_TEST_TIMEOUT_MS (whole suite in code-server, default 180000), WIRELINT_E2E_CODE_SERVER=1 (skip the
// download attempt), WIRELINT_E2E_KEEP=1 (keep the temp run folder).
// Ends with one line `Integration: N passed, N failed` and exits non-zero when anything failed.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { clearTimeout, setTimeout } from 'node:timers';
import { build } from 'esbuild';
import { followLines } from '../../scripts/e2e/follow.mjs';
import { ARTIFACTS, E2E, ROOT } from '../../scripts/e2e/paths.mjs';

const SUITE_ENTRY = join(ROOT, 'test', 'integration', 'suite', 'index.ts');
const SUITE_OUT = join(ROOT, 'out', 'test', 'integration', 'suite', 'index.js');
const WORKSPACE = join(ROOT, 'test', 'integration', 'workspace');
const EXTENSION = resolve(process.env.WIRELINT_EXTENSION_PATH || ROOT);
const TIMEOUT_MS = Number(process.env.WIRELINT_TEST_TIMEOUT_MS || 180_000);

const log = (msg) => console.log(`[integration] ${msg}`);

async function buildSuite() {
  await build({
    entryPoints: [SUITE_ENTRY],
    outfile: SUITE_OUT,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['vscode'],
    sourcemap: 'inline',
    logLevel: 'warning',
  });
}

/** The suite's `N passed, N failed` line from its output, or undefined. */
function summaryOf(text) {
  const lines = text.split('\n').filter((l) => /^\d+ passed, \d+ failed/.test(l.trim()));
  return lines.at(-1)?.trim();
}

function finish(code, summary) {
  console.log(`Integration: ${summary ?? (code === 0 ? '0 passed, 0 failed' : '0 passed, 1 failed')}`);
  process.exitCode = code;
}

/** @vscode/test-electron; resolves undefined when VS Code could not be downloaded. */
async function tryTestElectron() {
  const { downloadAndUnzipVSCode, runTests } = await import('@vscode/test-electron');
  let vscodeExecutablePath;
  try {
    vscodeExecutablePath = await downloadAndUnzipVSCode({ cachePath: join(E2E, 'vscode-test'), timeout: 30_000 });
  } catch (e) {
    const reason = (e instanceof Error ? e.message : String(e)).split('\n')[0];
    console.log(`VS Code could not be downloaded (${reason}); running the same suite inside code-server instead`);
    return undefined;
  }
  const tmp = mkdtempSync(join(tmpdir(), 'wirelint-vscode-'));
  const workspace = join(tmp, 'ws');
  cpSync(WORKSPACE, workspace, { recursive: true });
  const results = join(tmp, 'results.txt');
  try {
    await runTests({
      vscodeExecutablePath,
      extensionDevelopmentPath: EXTENSION,
      extensionTestsPath: SUITE_OUT,
      extensionTestsEnv: { WIRELINT_TEST_RESULTS: results, WIRELINT_TEST_WORKSPACE: workspace },
      launchArgs: [
        workspace,
        '--disable-extensions',
        '--disable-workspace-trust',
        '--user-data-dir',
        join(tmp, 'ud'),
        '--extensions-dir',
        join(tmp, 'exts'),
      ],
    });
    return { code: 0, output: readText(results) };
  } catch (e) {
    console.error(`[integration] VS Code run failed: ${e instanceof Error ? e.message : e}`);
    return { code: 1, output: readText(results) };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

function readText(file) {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

async function runInCodeServer() {
  const setup = spawnSync(process.execPath, [join(ROOT, 'scripts', 'e2e', 'setup.mjs')], { stdio: 'inherit' });
  if (setup.status !== 0) {
    console.error('[integration] the code-server tools could not be installed (see above); the suite did not run');
    return { code: 1, output: '' };
  }
  const { createRun, launchBrowser, startCodeServer } = await import('../../scripts/e2e/code-server.mjs');
  const run = createRun({ workspace: WORKSPACE });
  const results = join(run.dir, 'results.txt');
  writeFileSync(results, '');
  // The extension host's console is not this terminal: its results file is passed on line by line as it grows.
  let following = false;
  const follower = followLines(results, (line) => {
    if (!following) console.log('---- suite output ----');
    following = true;
    console.log(line);
  });
  let followed = false;
  const endFollowing = () => {
    if (followed) return;
    followed = true;
    follower.stop();
    if (following) console.log('----------------------');
  };
  const consoleLog = join(run.logs, 'browser-console.log');
  const consoleLines = [];
  let server;
  let browser;
  let outcome;
  const started = Date.now();
  try {
    server = await startCodeServer(run, {
      smokeTestDriver: true,
      // The remote extension host inherits the server's environment.
      env: { WIRELINT_TEST_RESULTS: results, WIRELINT_TEST_WORKSPACE: run.workspace },
    });
    log(`code-server ${server.url} (pid ${server.pid}) ready in ${Date.now() - started} ms`);
    let reportExit;
    const exited = new Promise((res) => (reportExit = res));
    browser = await launchBrowser(run, { exposeFunctions: { codeAutomationExit: (code) => reportExit(code) } });
    browser.page.on('console', (m) => consoleLines.push(`[${m.type()}] ${m.text()}`));
    browser.page.on('pageerror', (e) => consoleLines.push(`[pageerror] ${e.message}`));
    await browser.page.goto(
      server.workbenchUrl({ extensionDevelopmentPath: EXTENSION, extensionTestsPath: SUITE_OUT }),
      { waitUntil: 'domcontentloaded', timeout: 60_000 },
    );
    let timer;
    const timedOut = new Promise((res) => (timer = setTimeout(() => res('timeout'), TIMEOUT_MS)));
    const code = await Promise.race([exited, timedOut]);
    clearTimeout(timer);
    endFollowing(); // the suite's last lines before what follows here
    if (code === 'timeout') {
      mkdirSync(ARTIFACTS, { recursive: true });
      const shot = join(ARTIFACTS, 'integration-timeout.png');
      await browser.page.screenshot({ path: shot }).catch(() => {});
      console.error(`[integration] the suite did not finish within ${TIMEOUT_MS} ms (screenshot: ${shot})`);
      outcome = { code: 1, output: readText(results) };
    } else {
      log(`codeAutomationExit(${code}) after ${Date.now() - started} ms`);
      outcome = { code: Number(code) === 0 ? 0 : 1, output: readText(results) };
    }
  } catch (e) {
    console.error(`[integration] ${e instanceof Error ? e.message : e}`);
    outcome = { code: 1, output: readText(results) };
  } finally {
    endFollowing();
    await browser?.close();
    await server?.stop().catch((e) => console.error(`[integration] ${e.message}`)); // cleanup() ends the rest
    writeFileSync(consoleLog, consoleLines.join('\n') + '\n');
    if (outcome?.code !== 0) keepLogs(run);
    run.cleanup();
  }
  // Exit 0 with no result lines means the suite never ran: count that as a failure.
  if (outcome.code === 0 && !summaryOf(outcome.output)) {
    console.error('[integration] VS Code reported success but the suite wrote no results');
    outcome.code = 1;
  }
  return outcome;
}

/** Copies code-server's, VS Code's and the browser's logs to artifacts/e2e/integration-logs/ after a failure. */
function keepLogs(run) {
  const dest = join(ARTIFACTS, 'integration-logs');
  rmSync(dest, { recursive: true, force: true });
  mkdirSync(dest, { recursive: true });
  cpSync(run.logs, dest, { recursive: true });
  if (existsSync(join(run.userDataDir, 'logs')))
    cpSync(join(run.userDataDir, 'logs'), join(dest, 'vscode'), { recursive: true });
  console.error(`[integration] logs copied to ${dest}`);
}

async function main() {
  const t0 = Date.now();
  if (!existsSync(join(EXTENSION, 'package.json'))) {
    console.error(`[integration] no extension manifest at ${join(EXTENSION, 'package.json')}`);
    return finish(1);
  }
  await buildSuite();
  log(`suite built (${SUITE_OUT}); extension under test: ${EXTENSION}`);
  let outcome;
  if (process.env.WIRELINT_E2E_CODE_SERVER === '1') {
    console.log('WIRELINT_E2E_CODE_SERVER=1: running the suite inside code-server');
  } else {
    outcome = await tryTestElectron();
  }
  if (outcome) {
    // test-electron shows the extension host's console itself; the results file only supplies the summary.
    return finish(outcome.code, summaryOf(outcome.output));
  }
  outcome = await runInCodeServer();
  if (!outcome.output.trim()) console.log('(the suite printed nothing)');
  log(`finished in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  finish(outcome.code, summaryOf(outcome.output));
}

await main();
