import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { add, currentUser, update } from '../../src/cli/suppression-store';
import { LockTimeoutError, addSuppressions, lockPathOf, type StoreFs } from '../../src/core/suppression-store';
import { SuppressionFileError, parseSuppressions, type SuppressionEntry } from '../../src/core/suppressions';
import { tempDir } from '../helpers/tmp';

const ROOT = resolve(__dirname, '../..');

const entry = (i: number, prefix = 'p'): SuppressionEntry => ({
  file: `${prefix}/s${i}.txt`,
  rule: 'quote-balance',
  fingerprint: i.toString(16).padStart(16, '0'),
  excerpt: '"',
  who: 'test',
  when: '2025-01-01T00:00:00.000Z',
  why: 'test',
});

const entriesIn = (path: string): SuppressionEntry[] => {
  const { file, errors } = parseSuppressions(readFileSync(path, 'utf8'));
  expect(errors).toEqual([]);
  return file.suppressions;
};

let dir: string;
let writer: string;
beforeAll(async () => {
  dir = tempDir('wirelint-store-');
  writer = join(dir, 'suppression-writer.cjs');
  await build({
    entryPoints: [join(ROOT, 'test/helpers/suppression-writer.ts')],
    outfile: writer,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'warning',
    // As esbuild.mjs: ES module builds of dependencies first (jsonc-parser's UMD build cannot be bundled).
    mainFields: ['module', 'main'],
  });
});

function runWriter(path: string, prefix: string, count: number): Promise<{ code: number | null; err: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [writer, path, prefix, String(count)], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('close', (code) => done({ code, err }));
  });
}

describe('the ignore file store (node)', () => {
  it('two processes appending 1,000 suppressions each, one write at a time, lose none', async () => {
    const path = join(mkdtempSync(join(dir, 'race-')), '.wirelint-ignore.json');
    const started = Date.now();
    const [a, b] = await Promise.all([runWriter(path, 'alpha', 1000), runWriter(path, 'beta', 1000)]);
    expect(a).toEqual({ code: 0, err: '' });
    expect(b).toEqual({ code: 0, err: '' });
    const text = readFileSync(path, 'utf8');
    expect(() => JSON.parse(text) as unknown).not.toThrow();
    const entries = entriesIn(path);
    expect(entries).toHaveLength(2000);
    expect(entries.filter((e) => e.who === 'alpha')).toHaveLength(1000);
    expect(entries.filter((e) => e.who === 'beta')).toHaveLength(1000);
    // No lock or temporary file is left behind.
    expect(readdirSync(join(path, '..'))).toEqual(['.wirelint-ignore.json']);
    expect(Date.now() - started).toBeLessThan(60_000);
  }, 90_000);

  it('creates the file, merges with what is there, and keeps the older entry for the same key', async () => {
    const path = join(mkdtempSync(join(dir, 'merge-')), '.wirelint-ignore.json');
    await add(path, [entry(1), entry(2)]);
    await add(path, [{ ...entry(2), when: '2026-01-01T00:00:00.000Z', why: 'again' }, entry(3)]);
    const got = entriesIn(path);
    expect(got.map((e) => e.file)).toEqual(['p/s1.txt', 'p/s2.txt', 'p/s3.txt']);
    expect(got[1]!.why).toBe('test');
    const after = await update(path, (cur) => ({
      ...cur,
      suppressions: cur.suppressions.filter((e) => e.file !== 'p/s1.txt'),
    }));
    expect(after.suppressions).toHaveLength(2);
    expect(entriesIn(path)).toHaveLength(2);
  });

  it('breaks a stale lock (its writer died) and writes', async () => {
    const path = join(mkdtempSync(join(dir, 'stale-')), '.wirelint-ignore.json');
    writeFileSync(lockPathOf(path), 'wirelint cli pid 1 (died)');
    const old = new Date(Date.now() - 60_000);
    utimesSync(lockPathOf(path), old, old);
    await add(path, [entry(1)]);
    expect(entriesIn(path)).toHaveLength(1);
    expect(existsSync(lockPathOf(path))).toBe(false);
    expect(readdirSync(join(path, '..'))).toEqual(['.wirelint-ignore.json']);
  });

  it('gives up on a lock that is held and fresh, writing nothing', async () => {
    const path = join(mkdtempSync(join(dir, 'held-')), '.wirelint-ignore.json');
    writeFileSync(lockPathOf(path), 'another writer');
    await expect(add(path, [entry(1)], { timeoutMs: 150 })).rejects.toBeInstanceOf(LockTimeoutError);
    expect(existsSync(path)).toBe(false);
    expect(readFileSync(lockPathOf(path), 'utf8')).toBe('another writer');
  });

  it('never overwrites a broken file, and releases the lock', async () => {
    const path = join(mkdtempSync(join(dir, 'broken-')), '.wirelint-ignore.json');
    writeFileSync(path, '{"version": 1, "suppressions": [');
    await expect(add(path, [entry(1)])).rejects.toBeInstanceOf(SuppressionFileError);
    expect(readFileSync(path, 'utf8')).toBe('{"version": 1, "suppressions": [');
    expect(existsSync(lockPathOf(path))).toBe(false);
  });

  it('who: WIRELINT_USER, else the OS user', () => {
    expect(currentUser({ WIRELINT_USER: ' ann ' })).toBe('ann');
    expect(currentUser({})).toMatch(/\S/);
  });
});

/**
 * A file system like the extension's (vscode.workspace.fs): creating the lock checks for it and then renames in
 * two steps, so two writers can both think they made it. The read-back and the confirm round must still lose
 * nothing.
 */
function racyMemoryFs(): { fs: StoreFs; files: Map<string, { text: string; mtime: number }> } {
  const files = new Map<string, { text: string; mtime: number }>();
  const tick = (): Promise<void> => new Promise((r) => setTimeout(r, Math.random() * 2));
  const fs: StoreFs = {
    atomicExclusive: false,
    async createExclusive(path, content) {
      const exists = files.has(path);
      await tick();
      if (exists) return false;
      files.set(path, { text: content, mtime: Date.now() });
      return true;
    },
    async read(path) {
      await tick();
      return files.get(path)?.text;
    },
    async mtime(path) {
      return files.get(path)?.mtime;
    },
    async writeAtomic(path, content) {
      await tick();
      files.set(path, { text: content, mtime: Date.now() });
    },
    async renameNoReplace(from, to) {
      const f = files.get(from);
      if (!f || files.has(to)) return false;
      files.delete(from);
      files.set(to, f);
      return true;
    },
    async remove(path) {
      files.delete(path);
    },
    sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
  };
  return { fs, files };
}

describe('the lock protocol where exclusive create is not atomic (as in the editor)', () => {
  it('three writers adding 100 entries each lose none', async () => {
    const { fs, files } = racyMemoryFs();
    const path = '/desk/.wirelint-ignore.json';
    const writerFor = async (prefix: string): Promise<void> => {
      for (let i = 0; i < 100; i++) await addSuppressions(fs, path, [entry(i, prefix)], { settleMs: 5, confirmMs: 5 });
    };
    await Promise.all([writerFor('a'), writerFor('b'), writerFor('c')]);
    const { file, errors } = parseSuppressions(files.get(path)!.text);
    expect(errors).toEqual([]);
    expect(file.suppressions).toHaveLength(300);
    expect([...files.keys()]).toEqual([path]);
  }, 60_000);
});
