/**
 * The npm package as a newsroom installs it: packed from a checkout with no build in it, installed from the tarball
 * into an empty folder without development dependencies, and run from there. Needs npm, but not the network: the
 * package has no dependencies to download.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tmp';

const ROOT = resolve(__dirname, '../..');
const MANIFEST = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  version: string;
  dependencies?: Record<string, string>;
};

const STORY = [
  'Ferry operator adds winter sailings',
  '',
  'By Ann Lee',
  '',
  'NORTHPORT, Jan. 14 (Reuters) – Harbour Lines will add two winter sailings, the company said on Tuesday.',
  '',
  '"We want to keep the island connected," chief executive Tom Roe said. He said the island route stays open.',
  '',
  '(Reporting by Ann Lee; Editing by Tom Roe)',
  '',
].join('\n');

interface SarifRule {
  id: string;
  help: { markdown: string };
}

/** The environment of a child npm or wirelint: none of this run's npm settings (prefix, cache, scripts) leak in. */
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^npm_/i.test(k) && k !== 'NODE_PATH') env[k] = v;
  return { ...env, ...extra };
}

function npm(args: string[], cwd: string, cache: string): SpawnSyncReturns<string> {
  return spawnSync('npm', [...args, '--cache', cache, '--no-audit', '--no-fund', '--no-update-notifier'], {
    cwd,
    encoding: 'utf8',
    env: cleanEnv(),
    timeout: 240_000,
  });
}

/** The file names in a zip archive, read from its central directory (found through the end record). */
function zipEntries(zip: Buffer): string[] {
  const end = zip.lastIndexOf('PK\x05\x06', undefined, 'latin1');
  const names: string[] = [];
  let at = zip.readUInt32LE(end + 16);
  for (let n = zip.readUInt16LE(end + 10); n > 0; n--) {
    expect(zip.readUInt32LE(at)).toBe(0x02014b50);
    const nameLength = zip.readUInt16LE(at + 28);
    names.push(zip.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return names;
}

/** Every module a bundle loads with a literal require(), that is not one of Node's own. */
function foreignRequires(bundle: string): string[] {
  const builtin = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
  const names = [...bundle.matchAll(/require(?:\.resolve)?\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1]!);
  return [...new Set(names.filter((n) => !builtin.has(n)))];
}

/** A copy of the project as git gives it: sources, no dist/ (so packing must build), the installed tools beside it. */
function checkoutWithoutBuild(checkout: string): string {
  const skip = new Set(['node_modules', 'dist', '.git', '.e2e', 'artifacts', 'out', 'coverage']);
  cpSync(ROOT, checkout, {
    recursive: true,
    filter: (src) => !(src !== ROOT && skip.has(src.slice(ROOT.length + 1).split('/')[0]!)),
  });
  symlinkSync(join(ROOT, 'node_modules'), join(checkout, 'node_modules'), 'dir');
  expect(existsSync(join(checkout, 'dist'))).toBe(false);
  return checkout;
}

describe('the npm package, packed and installed from its tarball', () => {
  let app: string;
  let files: string[];

  beforeAll(() => {
    const work = tempDir('wirelint-pack-');
    const checkout = checkoutWithoutBuild(join(work, 'checkout'));
    const cache = join(work, 'npm-cache');
    const packed = npm(['pack', '--json', '--pack-destination', work], checkout, cache);
    expect(packed.status, `npm pack failed:\n${packed.stderr}`).toBe(0);
    // npm prints the build's own output before the JSON report.
    const report = JSON.parse(packed.stdout.slice(packed.stdout.indexOf('\n[') + 1)) as Array<{
      filename: string;
      files: Array<{ path: string }>;
    }>;
    files = report[0]!.files.map((f) => f.path).sort();
    app = join(work, 'desk');
    mkdirSync(app);
    writeFileSync(join(app, 'package.json'), '{ "name": "desk", "private": true }\n');
    const installed = npm(
      ['install', '--offline', '--omit=dev', join(work, report[0]!.filename)],
      app,
      join(work, 'npm-cache'),
    );
    expect(installed.status, `npm install of the tarball failed:\n${installed.stderr}`).toBe(0);
  }, 300_000);

  it('ships the command-line bundle, schema, rule pages, README and LICENSE, and no sources or tests', () => {
    for (const need of [
      'LICENSE',
      'README.md',
      'bin/wirelint.js',
      'dist/cli.js',
      'dist/re2.js',
      'docs/rules/README.md',
      'docs/rules/quote-balance.md',
      'package.json',
      'schemas/wirelintrc.schema.json',
    ])
      expect(files).toContain(need);
    const allowed =
      /^(LICENSE|README\.md|package\.json|bin\/wirelint\.js|dist\/(cli|re2)\.js|schemas\/[^/]+\.json|docs\/rules\/[^/]+\.md)$/;
    expect(files.filter((f) => !allowed.test(f))).toEqual([]);
  });

  it('declares no runtime dependencies, and its bundles load nothing but Node and their own files', () => {
    const pkg = join(app, 'node_modules', 'wirelint');
    const manifest = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')) as typeof MANIFEST;
    expect(manifest.dependencies ?? {}).toEqual({});
    expect(MANIFEST.dependencies ?? {}).toEqual({});
    for (const bundle of ['dist/cli.js', 'dist/re2.js'])
      expect(foreignRequires(readFileSync(join(pkg, bundle), 'utf8')), bundle).toEqual([]);
  });

  it('runs `wirelint --format json` on a story and `wirelint --version` from the folder it was installed in', () => {
    writeFileSync(join(app, 'story.txt'), STORY);
    // A regular-expression vocabulary entry makes the command load its second bundle (dist/re2.js) too.
    writeFileSync(
      join(app, '.wirelintrc.json'),
      '{ "vocabulary": [{ "pattern": "islands?", "regex": true, "replacement": "isle" }] }\n',
    );
    const bin = join(app, 'node_modules', '.bin', 'wirelint');
    const env = cleanEnv({ PATH: `${resolve(process.execPath, '..')}:${process.env.PATH ?? ''}` });
    const r = spawnSync(bin, ['--format', 'json', 'story.txt'], { cwd: app, encoding: 'utf8', env });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string; line: number }> }>;
    expect(json.map((f) => f.filePath)).toEqual([join(app, 'story.txt')]);
    const found = json[0]!.messages.map((m) => `${m.line} ${m.ruleId}`);
    expect(found).toEqual(
      expect.arrayContaining(['5 dateline-month-format', '5 dateline-agency-tag', '7 house-vocabulary']),
    );
    // The rule pages ship with it: a SARIF report carries each one as the rule's help, and no path of the install.
    const sarif = spawnSync(bin, ['--format', 'sarif', 'story.txt'], { cwd: app, encoding: 'utf8', env });
    expect(sarif.stdout).not.toContain(app);
    const rules = (JSON.parse(sarif.stdout) as { runs: Array<{ tool: { driver: { rules: SarifRule[] } } }> }).runs[0]!
      .tool.driver.rules;
    expect(rules.length).toBeGreaterThan(20);
    for (const rule of rules) expect(rule.help.markdown).toMatch(new RegExp(`^# ${rule.id}\\n[^]*## Turning it off`));
    const v = spawnSync(bin, ['--version'], { cwd: app, encoding: 'utf8', env });
    expect(v.status).toBe(0);
    expect(v.stdout.trim()).toBe(MANIFEST.version);
  });

  it("runs no module of a dependency's name found in the desk's own node_modules or through NODE_PATH", () => {
    // fdir, under the glob matcher, used to require('picomatch') at start-up from wherever Node found one: first
    // the node_modules folders above the install, then NODE_PATH.
    const marker = join(app, 'ran.txt');
    const shadow = join(app, 'shadow');
    const homes = [join(app, 'node_modules'), shadow];
    for (const home of homes) {
      mkdirSync(join(home, 'picomatch'), { recursive: true });
      writeFileSync(
        join(home, 'picomatch', 'index.js'),
        `require('node:fs').appendFileSync(${JSON.stringify(marker)}, __filename + '\\n');\nmodule.exports = () => () => true;\n`,
      );
    }
    mkdirSync(join(app, 'copy'));
    writeFileSync(join(app, 'copy', 'story.txt'), STORY);
    const bin = join(app, 'node_modules', '.bin', 'wirelint');
    const env = cleanEnv({ PATH: `${resolve(process.execPath, '..')}:${process.env.PATH ?? ''}`, NODE_PATH: shadow });
    for (const home of homes) {
      const r = spawnSync(bin, ['--format', 'json', 'copy/', 'copy/*.txt'], { cwd: app, encoding: 'utf8', env });
      expect(r.status, r.stderr).toBe(0);
      expect((JSON.parse(r.stdout) as unknown[]).length).toBe(1);
      expect(existsSync(marker) ? readFileSync(marker, 'utf8') : '', home).toBe('');
      // The next run finds the next one.
      rmSync(join(home, 'picomatch'), { recursive: true });
    }
  });
});

describe('the npm package installed from the repository', () => {
  it('builds in the clone: npm runs only the prepare script there before packing it', () => {
    // What npm does for a git dependency: clone, install the development tools, run `prepare`, pack without
    // running any other script. The network steps are left out; the clone and its tools are here already.
    const work = tempDir('wirelint-git-');
    const clone = checkoutWithoutBuild(join(work, 'clone'));
    const cache = join(work, 'npm-cache');
    const prepared = npm(['run', 'prepare'], clone, cache);
    expect(prepared.status, `npm run prepare failed:\n${prepared.stdout}${prepared.stderr}`).toBe(0);
    const packed = npm(['pack', '--dry-run', '--json', '--ignore-scripts'], clone, cache);
    expect(packed.status, packed.stderr).toBe(0);
    const files = (JSON.parse(packed.stdout) as Array<{ files: Array<{ path: string }> }>)[0]!.files.map((f) => f.path);
    expect(files).toEqual(expect.arrayContaining(['bin/wirelint.js', 'dist/cli.js', 'dist/re2.js']));
  });
});

describe('the extension package beside it', () => {
  it('still packs as a .vsix with the extension bundles and without the command line', () => {
    const out = join(tempDir('wirelint-vsix-test-'), 'wirelint.vsix');
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts/package-vsix.mjs'), '--out', out], {
      cwd: ROOT,
      encoding: 'utf8',
      env: cleanEnv(),
      timeout: 180_000,
    });
    expect(r.status, `${r.stdout}${r.stderr}`).toBe(0);
    const list = zipEntries(readFileSync(out));
    for (const need of [
      'extension/package.json',
      'extension/dist/extension.js',
      'extension/dist/web/extension.js',
      'extension/dist/re2.js',
      'extension/schemas/wirelintrc.schema.json',
      'extension/docs/rules/quote-balance.md',
      'extension/syntaxes/wire-story.tmLanguage.json',
    ])
      expect(list).toContain(need);
    expect(list.filter((f) => /^extension\/(src|test|bin)\/|^extension\/dist\/cli\.js$/.test(f))).toEqual([]);
  });
});
