/**
 * How `npm test` reports the editor suites: their lines are passed on while they run (not held until each ends),
 * the summary lines are still read, and the first-run setup says what it will install and how much before it does.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain JavaScript module without type declarations
import { followLines } from '../../scripts/e2e/follow.mjs';
// @ts-expect-error: plain JavaScript module without type declarations
import { streamSuite } from '../../scripts/stream-suite.mjs';
import { tempDir } from '../helpers/tmp';

const ROOT = resolve(__dirname, '..', '..');

async function until(what: string, probe: () => boolean, timeoutMs = 15_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!probe()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('streamSuite', () => {
  it('passes each line on while the suite is still running, and reads its summary at the end', async () => {
    const dir = tempDir('wirelint-stream-');
    const go = join(dir, 'go');
    const script = join(dir, 'suite.mjs');
    // A suite that prints a line, then waits to be told to finish: its first line can only be seen while it runs.
    writeFileSync(
      script,
      [
        "import { existsSync } from 'node:fs';",
        "console.log('[fake] step one');",
        'setTimeout(() => process.exit(2), 30_000).unref(); // never left behind',
        'const t = setInterval(() => {',
        `  if (!existsSync(${JSON.stringify(go)})) return;`,
        '  clearInterval(t);',
        "  process.stdout.write('  ✓ a test\\r\\nFake: 2 passed, 1 failed, 3 skipped\\nno newline at the end');",
        '  process.exitCode = 1;',
        '}, 10);',
      ].join('\n'),
    );
    const lines: string[] = [];
    let ended = false;
    const done = streamSuite('Fake', script, { onLine: (l: string) => lines.push(l) }).then(
      (r: { summary?: { passed: number; failed: number; skipped: number }; status: number | null }) => {
        ended = true;
        return r;
      },
    );
    await until('the first line while the suite runs', () => lines.includes('[fake] step one'));
    expect(ended).toBe(false);
    writeFileSync(go, '');
    const r = await done;
    expect(r.status).toBe(1);
    expect(r.summary).toEqual({ passed: 2, failed: 1, skipped: 3 });
    expect(lines).toEqual([
      '[fake] step one',
      '  ✓ a test',
      'Fake: 2 passed, 1 failed, 3 skipped',
      'no newline at the end',
    ]);
  });

  it('reports no summary for a suite that printed none', async () => {
    const dir = tempDir('wirelint-stream-');
    const script = join(dir, 'silent.mjs');
    writeFileSync(script, "console.log('Fake: two passed');\n");
    const r = await streamSuite('Fake', script, { onLine: () => {} });
    expect(r.summary).toBeUndefined();
    expect(r.status).toBe(0);
  });
});

describe('followLines', () => {
  it('passes on lines as they are appended, whole characters only, and the unfinished last line on stop', async () => {
    const dir = tempDir('wirelint-follow-');
    const file = join(dir, 'results.txt');
    const lines: string[] = [];
    const follower = followLines(file, (l: string) => lines.push(l), { intervalMs: 10 });
    try {
      writeFileSync(file, 'Wirelint integration tests (2 of 2)\n');
      await until('the first line', () => lines.length === 1);
      // A curly quote split across two writes, and a line without its end yet.
      const quote = Buffer.from('  ✓ “quoted” test\n  ✓ sec', 'utf8');
      appendFileSync(file, quote.subarray(0, 7));
      appendFileSync(file, quote.subarray(7));
      await until('the second line', () => lines.length === 2);
      expect(lines[1]).toBe('  ✓ “quoted” test');
    } finally {
      follower.stop();
    }
    expect(lines).toEqual(['Wirelint integration tests (2 of 2)', '  ✓ “quoted” test', '  ✓ sec']);
  });
});

describe('scripts/e2e/setup.mjs', () => {
  it('says what it would install, from where and how much, and installs nothing with --check', () => {
    // A copy of the scripts in an empty folder: nothing is installed there.
    const root = tempDir('wirelint-setup-');
    mkdirSync(join(root, 'scripts', 'e2e'), { recursive: true });
    for (const f of readdirSync(join(ROOT, 'scripts', 'e2e')))
      if (f.endsWith('.mjs')) copyFileSync(join(ROOT, 'scripts', 'e2e', f), join(root, 'scripts', 'e2e', f));
    const r = spawnSync(process.execPath, [join(root, 'scripts', 'e2e', 'setup.mjs'), '--check'], {
      encoding: 'utf8',
    });
    expect(r.status).toBe(1);
    const out = r.stdout;
    expect(out).toMatch(/about 910 MB in \.e2e\//);
    expect(out).toMatch(/Node 24\.[\d.]+, which code-server needs: from npm .* into \.e2e\/node24, about 190 MB/);
    expect(out).toMatch(
      /code-server 4\.[\d.]+ \(VS Code in the browser\): from npm into \.e2e\/code-server.*about 620 MB/,
    );
    expect(out).toMatch(/playwright-core .* @vscode\/vsce .* into \.e2e\/node_modules, about 100 MB/);
    if (!existsSync('/usr/bin/chromium'))
      expect(out).toMatch(/Debian chromium .*: from apt-get, as root, for the whole system, about 360 MB/);
    expect(existsSync(join(root, '.e2e')), 'nothing was created').toBe(false);
  });
});
