// Packages the extension as wirelint-<version>.vsix.
//
// package.json's `files` list is the npm package (the command line); .vscodeignore is the extension. vsce refuses
// a folder that has both, so the extension is packaged from a staging folder: the files .vscodeignore lets through,
// .vscodeignore itself, and package.json without `files`.
//
//   node scripts/package-vsix.mjs [--out <file>]     (run `npm run build -- --production` first: `npm run package`)
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { globSync } from 'tinyglobby';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Copies the extension's files from `root` into a new folder and returns it (the caller removes it). Fails when a
 * file the extension needs is missing, so a package is never made without its bundle.
 */
export function stageExtension(root = ROOT) {
  const ignore = readFileSync(join(root, '.vscodeignore'), 'utf8');
  const include = ignore
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.startsWith('!'))
    .map((l) => l.slice(1));
  const files = globSync(include, { cwd: root, dot: true, onlyFiles: true, ignore: ['node_modules/**'] });
  for (const need of ['dist/extension.js', 'dist/web/extension.js', 'package.json'])
    if (!files.includes(need)) throw new Error(`${need} is missing: run \`npm run build\` first`);
  const stage = mkdtempSync(join(tmpdir(), 'wirelint-vsix-'));
  for (const f of files) {
    if (f === 'package.json') continue;
    mkdirSync(dirname(join(stage, f)), { recursive: true });
    cpSync(join(root, f), join(stage, f));
  }
  cpSync(join(root, '.vscodeignore'), join(stage, '.vscodeignore'));
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  delete manifest.files;
  writeFileSync(join(stage, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return stage;
}

/** The vsce arguments for this repository (no repository field yet, so README links stay relative). */
export const VSCE_ARGS = ['package', '--no-dependencies', '--no-rewrite-relative-links', '--allow-missing-repository'];

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf('--out');
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const out = resolve(at > 0 && process.argv[at + 1] ? process.argv[at + 1] : join(ROOT, `wirelint-${version}.vsix`));
  const vsce = join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
  if (!existsSync(vsce)) {
    console.error(`package-vsix: ${vsce} is missing: run \`npm ci\` first`);
    process.exit(2);
  }
  const stage = stageExtension();
  try {
    const r = spawnSync(process.execPath, [vsce, ...VSCE_ARGS, '--out', out], { cwd: stage, stdio: 'inherit' });
    process.exitCode = r.status ?? 1;
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}
