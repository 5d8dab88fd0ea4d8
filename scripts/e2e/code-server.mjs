// code-server (VS Code 1.139 in the browser) and Debian chromium for the editor tests.
// Everything a run touches lives in one temp folder (private HOME/XDG dirs, user data, extensions, workspace,
// browser profile, logs). stop() ends code-server's process group and waits until none of it is left; every
// process of a run is tagged (procs.mjs), so cleanup(), an exit hook and a detached reaper (for a SIGKILLed test
// process) can end whatever is still running and remove the folder.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, cpSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { createRequire } from 'node:module';
import { TAG_VAR, killTaggedSync, killTree, procStat, processTree, signal } from './procs.mjs';
import { CHROMIUM, CODE_SERVER_ENTRY, NODE24, NODE24_DIR, PLAYWRIGHT_CORE, missingTools } from './paths.mjs';

/** User settings for every run: quiet, offline, no first-run pages, no AI or git noise. */
export const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  // VS Code's own default; tests save explicitly (Control+S) and check the dirty state.
  'files.autoSave': 'off',
  'workbench.tips.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'chat.disableAIFeatures': true,
  'git.enabled': false,
  'security.workspace.trust.enabled': false,
};

/** Chromium flags that work on these machines (no sandbox as root, no GPU, nothing reaching the network). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Throws with the list of what `node scripts/e2e/setup.mjs` still has to install. */
export function assertToolsInstalled() {
  const missing = missingTools();
  if (missing.length)
    throw new Error(`editor test tools are missing (${missing.join('; ')}): run node scripts/e2e/setup.mjs`);
}

/**
 * A fresh temp folder for one run: home/, xdg/{config,data,cache}/, ud/ (user data, with the settings above),
 * exts/ (extensions), ws/ (a copy of `workspace` when given), logs/. `cleanup()` removes it unless
 * WIRELINT_E2E_KEEP=1 (then it prints where it is).
 */
export function createRun({ workspace, settings = {} } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'wirelint-e2e-'));
  const run = {
    dir,
    home: join(dir, 'home'),
    userDataDir: join(dir, 'ud'),
    extensionsDir: join(dir, 'exts'),
    workspace: join(dir, 'ws'),
    logs: join(dir, 'logs'),
    browserProfile: join(dir, 'chromium'),
    /** Ends every process of this run that is still there, then removes the folder. Synchronous. */
    cleanup() {
      openRuns.delete(run);
      const left = killTaggedSync(dir);
      if (left.length) console.error(`[e2e] processes ${left.join(', ')} of ${dir} would not die`);
      if (process.env.WIRELINT_E2E_KEEP === '1') {
        console.log(`[e2e] kept the run folder ${dir}`);
        return;
      }
      rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    },
  };
  for (const d of [
    run.home,
    join(dir, 'xdg', 'config'),
    join(dir, 'xdg', 'data'),
    join(dir, 'xdg', 'cache'),
    join(run.userDataDir, 'User'),
    run.extensionsDir,
    run.logs,
    run.browserProfile,
  ])
    mkdirSync(d, { recursive: true });
  writeFileSync(
    join(run.userDataDir, 'User', 'settings.json'),
    JSON.stringify({ ...USER_SETTINGS, ...settings }, null, 2) + '\n',
  );
  hookExit();
  openRuns.add(run);
  startReaper(dir);
  if (workspace) cpSync(workspace, run.workspace, { recursive: true });
  else mkdirSync(run.workspace);
  return run;
}

/** The environment for every code-server call: private HOME/XDG dirs, Node 24 first on PATH. */
export function codeServerEnv(run, extraEnv = {}) {
  const env = {};
  for (const [k, v] of Object.entries(process.env)) {
    // An outer VS Code's variables would make code-server hand its work to that editor instead.
    if (k.startsWith('VSCODE_') || k === 'ELECTRON_RUN_AS_NODE') continue;
    env[k] = v;
  }
  return {
    ...env,
    HOME: run.home,
    XDG_CONFIG_HOME: join(run.dir, 'xdg', 'config'),
    XDG_DATA_HOME: join(run.dir, 'xdg', 'data'),
    XDG_CACHE_HOME: join(run.dir, 'xdg', 'cache'),
    PATH: [join(NODE24_DIR, 'bin'), process.env.PATH ?? ''].join(delimiter),
    [TAG_VAR]: run.dir, // lets cleanup() and the reaper find every process of this run
    ...extraEnv,
  };
}

/** A detached watcher that ends the run's processes and removes its folder if this process dies first. */
function startReaper(dir) {
  const self = procStat(process.pid);
  const env = { ...process.env };
  delete env[TAG_VAR];
  const reaper = spawn(
    process.execPath,
    [
      join(dirname(fileURLToPath(import.meta.url)), 'reaper.mjs'),
      String(process.pid),
      self?.start ?? '0',
      dir,
      process.env.WIRELINT_E2E_KEEP === '1' ? '1' : '0',
    ],
    { detached: true, stdio: 'ignore', env },
  );
  reaper.unref();
}

/** `code-server --install-extension <vsix>` into the run's extensions dir. Throws with its output on failure. */
export function installExtension(run, vsix) {
  const r = spawnSync(
    NODE24,
    [
      CODE_SERVER_ENTRY,
      '--install-extension',
      resolve(vsix),
      '--force',
      '--extensions-dir',
      run.extensionsDir,
      '--user-data-dir',
      run.userDataDir,
    ],
    { env: codeServerEnv(run), encoding: 'utf8', timeout: 120_000 },
  );
  const out = `${r.stdout ?? ''}${r.stderr ?? ''}`.trim();
  if (r.status !== 0 || !/successfully installed/i.test(out))
    throw new Error(`code-server --install-extension ${vsix} failed (exit ${r.status ?? r.signal}):\n${out}`);
  return out;
}

/** A TCP port that was free on 127.0.0.1 a moment ago. */
export function freePort() {
  return new Promise((res, rej) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => res(port));
    });
  });
}

function httpStatus(url, timeoutMs = 2000) {
  return new Promise((res) => {
    const req = http.get(url, { timeout: timeoutMs }, (resp) => {
      resp.resume();
      res(resp.statusCode ?? 0);
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => res(0));
  });
}

// ---- clean-up ---------------------------------------------------------------------------------------------------

const running = new Set();
const openRuns = new Set();
let exitHooked = false;
function hookExit() {
  if (exitHooked) return;
  exitHooked = true;
  // Last resort when the test process dies with a server still up: kill its group and tree synchronously.
  // Temp run folders not cleaned up yet are removed too.
  process.on('exit', () => {
    for (const pid of running) {
      const keys = processTree(pid);
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {
        // gone
      }
      signal(keys, 'SIGKILL');
    }
    for (const run of openRuns) run.cleanup();
  });
  for (const [sig, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ])
    process.once(sig, () => {
      console.error(`[e2e] ${sig}: stopping code-server`);
      process.exit(code);
    });
}

// ---- code-server -----------------------------------------------------------------------------------------------

/**
 * Starts code-server on 127.0.0.1:<free port> for `run`, opening run.workspace. Resolves when it answers /healthz.
 * smokeTestDriver: adds `--vscode-option enable-smoke-test-driver`, needed for the extension-test payload.
 * env: extra environment (the extension host inherits it).
 * Returns { port, url, pid, log: path, logText(), workbenchUrl(opts), stop() }.
 */
export async function startCodeServer(run, { smokeTestDriver = false, env = {}, readyTimeoutMs = 60_000 } = {}) {
  assertToolsInstalled();
  hookExit();
  const port = await freePort();
  const logPath = join(run.logs, `code-server-${port}.log`);
  const fd = openSync(logPath, 'a');
  const args = [
    CODE_SERVER_ENTRY,
    '--bind-addr',
    `127.0.0.1:${port}`,
    '--auth',
    'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    // A safety net: a server that loses its test process and browser shuts itself down.
    '--idle-timeout-seconds',
    '900',
    '--user-data-dir',
    run.userDataDir,
    '--extensions-dir',
    run.extensionsDir,
    ...(smokeTestDriver ? ['--vscode-option', 'enable-smoke-test-driver'] : []),
    run.workspace,
  ];
  const child = spawn(NODE24, args, {
    cwd: run.dir,
    env: codeServerEnv(run, env),
    detached: true, // its own process group, so stop() reaches every helper process it forks
    stdio: ['ignore', fd, fd],
  });
  closeSync(fd);
  running.add(child.pid);
  let exited = null;
  const exitPromise = new Promise((res) =>
    child.on('exit', (code, sig) => {
      exited = { code, sig };
      res();
    }),
  );
  const logText = () => {
    try {
      return readFileSync(logPath, 'utf8');
    } catch {
      return '';
    }
  };
  const url = `http://127.0.0.1:${port}`;
  const server = {
    port,
    url,
    pid: child.pid,
    log: logPath,
    logText,
    /** The workbench URL; with extensionDevelopmentPath/extensionTestsPath it carries the smoke-test payload. */
    workbenchUrl({ folder = run.workspace, extensionDevelopmentPath, extensionTestsPath } = {}) {
      let u = `${url}/?folder=${encodeURIComponent(folder)}`;
      const payload = [];
      const remote = (p) => `vscode-remote://127.0.0.1:${port}${resolve(p)}`;
      if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(extensionDevelopmentPath)]);
      if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
      if (payload.length) u += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
      return u;
    },
    async stop() {
      if (!running.has(child.pid)) return;
      await killTree(child.pid);
      await Promise.race([exitPromise, sleep(2000)]);
      running.delete(child.pid);
    },
  };
  const deadline = Date.now() + readyTimeoutMs;
  for (;;) {
    if (exited) {
      running.delete(child.pid);
      throw new Error(
        `code-server exited during start-up (${exited.code ?? exited.sig}); its log:\n${logText().slice(-4000)}`,
      );
    }
    if ((await httpStatus(`${url}/healthz`)) === 200) break;
    if (Date.now() > deadline) {
      await server.stop();
      throw new Error(
        `code-server did not answer on ${url}/healthz within ${readyTimeoutMs} ms; its log:\n${logText().slice(-4000)}`,
      );
    }
    await sleep(200);
  }
  return server;
}

// ---- chromium ----------------------------------------------------------------------------------------------------

/** playwright-core from .e2e/ (never a dependency of the project itself). */
export function loadPlaywright() {
  assertToolsInstalled();
  return createRequire(import.meta.url)(PLAYWRIGHT_CORE);
}

/**
 * Headless Debian chromium with the run's own profile folder. Returns { context, page, close() }.
 * `exposeFunctions` ({ name: fn }) are installed before any page loads (e.g. codeAutomationExit).
 */
export async function launchBrowser(run, { exposeFunctions = {}, viewport = { width: 1400, height: 900 } } = {}) {
  const { chromium } = loadPlaywright();
  const context = await chromium.launchPersistentContext(run.browserProfile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    // Private HOME/XDG dirs (chromium writes crash reports and caches there) and the run's tag.
    env: codeServerEnv(run),
    viewport,
    // Let VS Code's clipboard commands work in tests.
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  for (const [name, fn] of Object.entries(exposeFunctions)) await context.exposeFunction(name, fn);
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    async close() {
      await context.close().catch(() => {});
    },
  };
}
