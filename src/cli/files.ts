/**
 * Which files to lint, and reading them safely: binary, empty, oversized and non-UTF-8 files are skipped with one
 * clear line; missing or unreadable paths are reported.
 */
import {
  closeSync,
  fstatSync,
  openSync,
  promises as fs,
  readFileSync,
  readSync,
  realpathSync,
  statSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { MAX_STORY_BYTES } from '../core/detect';

export const STORY_EXTENSIONS = ['.txt', '.wire', '.story'];
export const MAX_FILE_BYTES = MAX_STORY_BYTES;
const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn']);

export const isStoryName = (name: string): boolean => STORY_EXTENSIONS.some((x) => name.toLowerCase().endsWith(x));

export interface Expanded {
  files: string[];
  /** Files found by a folder walk or a glob (not named one by one): a .txt among them must read as a story. */
  found: Set<string>;
  /**
   * Paths that named nothing: "no such file or folder" (`absent`), or a folder or glob with no story files in it
   * (`empty`).
   */
  missing: Array<{ arg: string; reason: string; empty: boolean }>;
  /** Each folder or glob argument and the files it found, in order. */
  groups: Array<{ arg: string; files: string[] }>;
}

/** A folder walk: folders already walked (by real path, so a link back up cannot loop) and whether a link was met. */
interface Walk {
  seen: Set<string>;
  links: boolean;
}

async function walk(dir: string, out: string[], w: Walk): Promise<void> {
  let real: string;
  try {
    real = await fs.realpath(dir);
  } catch {
    return;
  }
  if (w.seen.has(real)) return;
  w.seen.add(real);
  // A folder reached through a link (or named by one) can hold stories reached another way too.
  if (real !== dir) w.links = true;
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const p = join(dir, e.name);
    let isDir = e.isDirectory();
    let isFile = e.isFile();
    if (e.isSymbolicLink()) {
      // A desk folder of links to stories: follow them.
      w.links = true;
      try {
        const st = await fs.stat(p);
        isDir = st.isDirectory();
        isFile = st.isFile();
      } catch {
        continue;
      }
    }
    if (isDir) {
      if (!SKIP_DIRS.has(e.name) && !e.name.startsWith('.')) await walk(p, out, w);
    } else if (isFile && isStoryName(e.name)) out.push(p);
  }
}

/** The files, each story once: where links lead two paths to one file, the first path is kept. */
function oncePerFile(files: readonly string[]): string[] {
  const byReal = new Set<string>();
  return files.filter((f) => {
    let real = f;
    try {
      real = realpathSync(f);
    } catch {
      // unreadable: kept under its own path, and reported when it is read
    }
    if (byReal.has(real)) return false;
    byReal.add(real);
    return true;
  });
}

export async function expandArgs(args: readonly string[], cwd: string): Promise<Expanded> {
  const files: string[] = [];
  const found = new Set<string>();
  const missing: Expanded['missing'] = [];
  const groups: Expanded['groups'] = [];
  let links = false;
  for (const arg of args) {
    const abs = resolve(cwd, arg);
    let st;
    try {
      st = statSync(abs);
    } catch {
      st = undefined;
    }
    if (st?.isDirectory()) {
      const before = files.length;
      const w: Walk = { seen: new Set(), links: false };
      await walk(abs, files, w);
      links ||= w.links;
      for (const f of files.slice(before)) found.add(f);
      if (files.length === before)
        missing.push({ arg, reason: `no ${STORY_EXTENSIONS.join(', ')} files in this folder`, empty: true });
      else groups.push({ arg, files: files.slice(before) });
    } else if (st) {
      files.push(abs);
    } else if (isDynamicPattern(arg)) {
      const matched = (
        await glob(arg, { cwd, absolute: true, ignore: ['**/node_modules/**', '**/.git/**'], dot: false })
      ).filter(isStoryName);
      if (matched.length === 0)
        missing.push({ arg, reason: `no ${STORY_EXTENSIONS.join(', ')} files matched`, empty: true });
      else groups.push({ arg, files: matched.sort() });
      for (const f of matched) {
        files.push(f);
        found.add(f);
      }
    } else {
      missing.push({ arg, reason: 'no such file or folder', empty: false });
    }
  }
  const unique = [...new Set(files)];
  // Links can lead two paths to one story: it is checked (and fixed) once. Two arguments, or a glob (which goes
  // through linked folders), can do the same, so their files are compared by real path too.
  if (args.length > 1 || args.some((a) => isDynamicPattern(a))) links = true;
  return { files: links ? oncePerFile(unique) : unique, found, missing, groups };
}

/**
 * A story read: its text without a byte-order mark (as an editor shows it, so offsets, lines and columns agree with
 * one), and whether the file had one, so that --fix writes it back.
 */
export type ReadOutcome = { ok: true; text: string; bom: boolean } | { ok: false; reason: string; fatal: boolean };

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** A decoded story: a byte-order mark taken off and noted. */
export function storyFromText(text: string): { ok: true; text: string; bom: boolean } {
  const bom = text.charCodeAt(0) === 0xfeff;
  return { ok: true, text: bom ? text.slice(1) : text, bom };
}

/** Decode story bytes: UTF-8, a byte-order mark taken off (and noted). */
export function decodeStory(buf: Uint8Array): ReadOutcome {
  if (buf.length === 0) return { ok: false, reason: 'empty file, nothing to check', fatal: false };
  if (buf.length > MAX_FILE_BYTES) {
    return {
      ok: false,
      reason: `file too large (${(buf.length / 1048576).toFixed(1)} MB; the limit is ${MAX_FILE_BYTES / 1048576} MB)`,
      fatal: false,
    };
  }
  const probe = Math.min(buf.length, 8192);
  for (let i = 0; i < probe; i++) {
    if (buf[i] === 0) return { ok: false, reason: 'binary file (contains NUL bytes), not a story', fatal: false };
  }
  try {
    return storyFromText(UTF8.decode(buf));
  } catch {
    return { ok: false, reason: 'not UTF-8 text; save it as UTF-8 to check it', fatal: false };
  }
}

/**
 * Read and decode a story. Plain synchronous calls on one descriptor (open, fstat, read, close): for the small files
 * stories are, this is several times faster than the promise API's round trips, and the command has nothing else
 * to do meanwhile.
 */
export async function readStory(path: string): Promise<ReadOutcome> {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const st = fstatSync(fd);
    if (st.isDirectory()) return { ok: false, reason: 'is a folder', fatal: true };
    // A pipe or device (`<(cat story)`, /dev/stdin) has no size: read it to the end.
    if (!st.isFile() || st.size === 0) return decodeStory(readFileSync(fd));
    if (st.size > MAX_FILE_BYTES) return decodeStory({ length: st.size } as Uint8Array);
    const buf = Buffer.allocUnsafe(st.size);
    let off = 0;
    while (off < st.size) {
      const n = readSync(fd, buf, off, st.size - off, null);
      if (n === 0) break;
      off += n;
    }
    return decodeStory(buf.subarray(0, off));
  } catch (err) {
    const code = errCode(err);
    return {
      ok: false,
      reason:
        code === 'EACCES'
          ? 'permission denied'
          : code === 'EISDIR'
            ? 'is a folder'
            : `cannot read (${code ?? String(err)})`,
      fatal: true,
    };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Wait `ms` milliseconds. */
export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** The error code of a failed file operation (ENOENT, EEXIST …), if any. */
export const errCode = (err: unknown): string | undefined => (err as NodeJS.ErrnoException | undefined)?.code;
const unique = (): string => `${process.pid}.${Date.now().toString(36)}.${Math.random().toString(36).slice(2, 10)}`;

/** Rename, retrying briefly where Windows refuses while another process has the target open. */
async function renameRetrying(from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await fs.rename(from, to);
      return;
    } catch (err) {
      if (attempt >= 20 || !['EPERM', 'EACCES', 'EBUSY'].includes(errCode(err) ?? '')) throw err;
      await sleep(5 + attempt * 5);
    }
  }
}

/**
 * Replace a file's content atomically: write a temporary file of its own beside it (created exclusively, with
 * `mode`), flush it to disk, then rename it over the file. Readers see the old content or the new, never half.
 */
export async function replaceFile(path: string, text: string, mode?: number): Promise<void> {
  const tmp = `${path}.${unique()}.wirelint-tmp`;
  const fh = await fs.open(tmp, 'wx', mode);
  try {
    await fh.writeFile(text, 'utf8');
    await fh.sync();
  } catch (err) {
    await fh.close();
    await fs.rm(tmp, { force: true });
    throw err;
  }
  await fh.close();
  try {
    await renameRetrying(tmp, path);
  } catch (err) {
    await fs.rm(tmp, { force: true });
    throw err;
  }
}

/** Write a fixed story back atomically, keeping its permissions. */
export async function writeAtomic(linkOrPath: string, text: string): Promise<void> {
  // Write through a symbolic link to the story it points at, never over the link.
  const path = await fs.realpath(linkOrPath);
  let mode: number | undefined;
  try {
    mode = (await fs.stat(path)).mode;
  } catch {
    mode = undefined;
  }
  await replaceFile(path, text, mode);
}
