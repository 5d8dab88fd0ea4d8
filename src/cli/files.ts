/**
 * Which files to lint, and reading them safely: binary, empty, oversized and non-UTF-8 files are skipped with one
 * clear line; missing or unreadable paths are reported.
 */
import {
  closeSync,
  constants as fsConstants,
  fstatSync,
  ftruncateSync,
  fsyncSync,
  openSync,
  promises as fs,
  readSync,
  realpathSync,
  statSync,
  type Stats,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
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
    let problem: unknown;
    try {
      st = statSync(abs);
    } catch (err) {
      st = undefined;
      problem = err;
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
      // A link that leads round to itself is no missing file: say so.
      missing.push({
        arg,
        reason: problem === undefined ? 'no such file or folder' : pathProblem(problem),
        empty: false,
      });
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
const MB = 1048576;

/** A decoded story: a byte-order mark taken off and noted. */
export function storyFromText(text: string): { ok: true; text: string; bom: boolean } {
  const bom = text.charCodeAt(0) === 0xfeff;
  return { ok: true, text: bom ? text.slice(1) : text, bom };
}

/** Text saved as UTF-16 without a byte-order mark: a NUL in every other byte of the opening (Latin text). */
function looksLikeUtf16(buf: Uint8Array): boolean {
  const n = Math.min(buf.length, 512) & ~1;
  if (n < 4) return false;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (buf[i] === 0) even++;
    if (buf[i + 1] === 0) odd++;
  }
  const half = n / 2;
  // One of the two byte columns is (nearly) all NULs, the other has (nearly) none.
  return (even >= half * 0.9 && odd <= half * 0.1) || (odd >= half * 0.9 && even <= half * 0.1);
}

/** Why a file that size is not checked. */
const tooLarge = (bytes: number): string =>
  bytes > MAX_FILE_BYTES
    ? `file too large (${(bytes / MB).toFixed(1)} MB; the limit is ${MAX_FILE_BYTES / MB} MB)`
    : 'file too large';

/**
 * Decode story bytes: UTF-8, a byte-order mark taken off (and noted). `buf` may be cut off one byte past the size
 * limit (a read stops there): anything longer than the limit is refused.
 */
export function decodeStory(buf: Uint8Array): ReadOutcome {
  if (buf.length === 0) return { ok: false, reason: 'empty file, nothing to check', fatal: false };
  if (buf.length > MAX_FILE_BYTES) {
    return {
      ok: false,
      reason:
        buf.length === MAX_FILE_BYTES + 1
          ? `file too large (more than ${MAX_FILE_BYTES / MB} MB, the limit)`
          : tooLarge(buf.length),
      fatal: false,
    };
  }
  const utf16 = (): ReadOutcome => ({
    ok: false,
    reason:
      'saved as UTF-16 text, not UTF-8; save it as UTF-8 to check it (in VS Code: "Save with Encoding", then "UTF-8")',
    fatal: false,
  });
  if (buf.length >= 2 && ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff))) return utf16();
  const probe = Math.min(buf.length, 8192);
  for (let i = 0; i < probe; i++) {
    if (buf[i] === 0) {
      if (looksLikeUtf16(buf)) return utf16();
      return { ok: false, reason: 'binary file (contains NUL bytes), not a story', fatal: false };
    }
  }
  try {
    return storyFromText(UTF8.decode(buf));
  } catch {
    return { ok: false, reason: 'not UTF-8 text; save it as UTF-8 to check it', fatal: false };
  }
}

/** Open flags that never wait: a pipe opens at once even when nothing writes to it (0 where the system has none). */
const O_NONBLOCK: number = fsConstants.O_NONBLOCK ?? 0;
const O_NOFOLLOW: number = fsConstants.O_NOFOLLOW ?? 0;

/** How long a pipe opened before its writer is given for the writer to arrive (`producer > pipe & wirelint pipe`). */
const PIPE_WRITER_GRACE_MS = 2000;

/**
 * Read at most `limit` bytes from a descriptor (so a device or pipe that never ends cannot fill the memory). A
 * descriptor opened without blocking (a pipe) that has nothing yet is waited on a few milliseconds at a time; with
 * `writerGraceMs`, an end of file before any byte (no writer yet) is waited on that long before it is believed.
 */
async function readAtMost(fd: number, limit: number, sizeHint = 0, writerGraceMs = 0): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  const graceUntil = Date.now() + writerGraceMs;
  let buf = Buffer.allocUnsafe(Math.min(sizeHint > 0 ? sizeHint : 65536, limit));
  let off = 0;
  while (total < limit) {
    if (off === buf.length) {
      chunks.push(buf);
      buf = Buffer.allocUnsafe(Math.min(Math.max(65536, total), limit - total));
      off = 0;
    }
    let n: number;
    try {
      n = readSync(fd, buf, off, Math.min(buf.length - off, limit - total), null);
    } catch (err) {
      if (errCode(err) === 'EAGAIN' || errCode(err) === 'EWOULDBLOCK') {
        await sleep(5);
        continue;
      }
      throw err;
    }
    if (n === 0) {
      if (total === 0 && Date.now() < graceUntil) {
        await sleep(10);
        continue;
      }
      break;
    }
    off += n;
    total += n;
  }
  chunks.push(buf.subarray(0, off));
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
}

/**
 * Read a stream (standard input) up to `limit` bytes; past that it is let go and the bytes so far, `limit` + 1 of
 * them when there was more, come back. So `--stdin </dev/zero` is refused at once instead of filling the memory.
 */
export function readStreamAtMost(stream: NodeJS.ReadableStream, limit: number): Promise<Uint8Array> {
  return new Promise((resolveBytes, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    const done = (): void => {
      stream.removeListener('data', onData);
      stream.removeListener('end', onEnd);
      stream.removeListener('error', onError);
      resolveBytes(Buffer.concat(chunks, Math.min(total, limit + 1)));
    };
    const onData = (c: Buffer | string): void => {
      const b = typeof c === 'string' ? Buffer.from(c) : c;
      chunks.push(b);
      total += b.length;
      if (total > limit) {
        stream.pause();
        (stream as { destroy?: () => void }).destroy?.();
        done();
      }
    };
    const onEnd = (): void => done();
    const onError = (err: unknown): void => reject(err);
    stream.on('data', onData);
    stream.on('end', onEnd);
    stream.on('error', onError);
  });
}

/** What a path that is not a regular file is, in plain words (undefined for a regular file). */
function notAFile(st: { isDirectory(): boolean; isFIFO(): boolean; isFile(): boolean }): string | undefined {
  if (st.isFile()) return undefined;
  if (st.isDirectory()) return 'is a folder';
  if (st.isFIFO()) return 'is a pipe';
  return 'is a device or socket';
}

/** A failed stat or open, in plain words. */
export function pathProblem(err: unknown): string {
  const code = errCode(err);
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'ELOOP') return 'the symbolic links loop back on themselves (a link leads, through others, to itself)';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder';
  return `cannot read (${code ?? String(err)})`;
}

/**
 * Read and decode a story. The path's type is checked first: a folder, a device (/dev/zero) or a socket is refused
 * without being opened. A pipe (`<(cat story)`, /dev/stdin) is opened without waiting for a writer and read to its
 * end; a pipe nothing writes to within a couple of seconds reads as empty. No read goes past the size limit plus
 * one byte. Plain synchronous calls on one descriptor: for the small files stories are, this is several times
 * faster than the promise API's round trips, and the command has nothing else to do meanwhile.
 */
export async function readStory(path: string): Promise<ReadOutcome> {
  let fd: number | undefined;
  try {
    const kind = notAFile(statSync(path));
    if (kind === 'is a device or socket') return { ok: false, reason: `${kind}, not a story file`, fatal: true };
    if (kind && kind !== 'is a pipe') return { ok: false, reason: kind, fatal: true };
    fd = openSync(path, fsConstants.O_RDONLY | O_NONBLOCK);
    const st = fstatSync(fd);
    if (st.isFIFO()) {
      const buf = await readAtMost(fd, MAX_FILE_BYTES + 1, 0, PIPE_WRITER_GRACE_MS);
      if (buf.length === 0) return { ok: false, reason: 'is a pipe with nothing written to it', fatal: false };
      return decodeStory(buf);
    }
    // Swapped for something else between the look and the open.
    const now = notAFile(st);
    if (now) return { ok: false, reason: `${now}, not a story file`, fatal: true };
    if (st.size > MAX_FILE_BYTES) return { ok: false, reason: tooLarge(st.size), fatal: false };
    return decodeStory(await readAtMost(fd, MAX_FILE_BYTES + 1, st.size + 1));
  } catch (err) {
    // Named when the run began: a story gone since is a failed read, not a missing argument.
    return { ok: false, reason: errCode(err) === 'ENOENT' ? `cannot read (ENOENT)` : pathProblem(err), fatal: true };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Read a small text file (a config or ignore file) that must be a regular file of at most `limit` bytes. */
export function readTextFile(
  path: string,
  limit: number,
): { ok: true; text: string } | { ok: false; reason: string; missing?: boolean } {
  let fd: number | undefined;
  try {
    const kind = notAFile(statSync(path));
    if (kind) return { ok: false, reason: `${kind}, not a file` };
    fd = openSync(path, fsConstants.O_RDONLY | O_NONBLOCK);
    const st = fstatSync(fd);
    const now = notAFile(st);
    if (now) return { ok: false, reason: `${now}, not a file` };
    const tooBig = (n: number): string =>
      `is too large (${n > limit ? `${(n / MB).toFixed(1)} MB` : 'more'}; the limit is ${limit / MB} MB)`;
    if (st.size > limit) return { ok: false, reason: tooBig(st.size) };
    const buf = readAtMostSync(fd, limit + 1);
    if (buf.length > limit) return { ok: false, reason: tooBig(buf.length) };
    return { ok: true, text: buf.toString('utf8') };
  } catch (err) {
    return { ok: false, reason: pathProblem(err), missing: errCode(err) === 'ENOENT' };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** readAtMost for a regular file (no waiting: a regular file never says "try again"). */
function readAtMostSync(fd: number, limit: number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const buf = Buffer.allocUnsafe(Math.min(65536, limit - total));
    if (buf.length === 0) break;
    const n = readSync(fd, buf, 0, buf.length, null);
    if (n === 0) break;
    chunks.push(buf.subarray(0, n));
    total += n;
  }
  return Buffer.concat(chunks, total);
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
 * Replace a file's content atomically (the ignore file's protocol): write a temporary file of its own beside it
 * (created exclusively), flush it to disk, then rename it over the file. Readers see the old content or the new,
 * never half. A symbolic link is written through, so the link stays and the file it points at (perhaps shared by
 * several desks) is the one changed; the file keeps its permissions and, where the system allows, its owner.
 */
export async function replaceFile(linkOrPath: string, text: string): Promise<void> {
  let path = linkOrPath;
  let st: Stats | undefined;
  try {
    path = await fs.realpath(linkOrPath);
    st = await fs.stat(path);
  } catch (err) {
    if (errCode(err) !== 'ENOENT') throw err;
  }
  if (st && !st.isFile()) throw new NotWritten(`${path} ${notAFile(st) ?? 'is not a regular file'}, not a file`);
  const tmp = `${path}.${unique()}.wirelint-tmp`;
  const fh = await fs.open(tmp, 'wx', st ? st.mode & 0o777 : undefined);
  try {
    await fh.writeFile(text, 'utf8');
    if (st) {
      // The mode given to open() is narrowed by the umask: set it exactly.
      await fh.chmod(st.mode & 0o7777);
      if (st.uid !== process.getuid?.() || st.gid !== process.getgid?.()) {
        await fh.chown(st.uid, st.gid).catch(() => undefined);
      }
    }
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

/** A fixed story that is deliberately not written; the message says why, in plain words. */
export class NotWritten extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotWritten';
  }
}

const CHANGED = 'changed on disk while it was being checked, so the fixes are not written; run again to fix it';

/** Write all of `buf` at `position` onward. */
function writeAllAt(fd: number, buf: Buffer, position: number): void {
  let off = 0;
  while (off < buf.length) off += writeSync(fd, buf, off, buf.length - off, position + off);
}

/**
 * A copy of the story as it was, beside it (hidden, so no folder walk takes it), flushed to disk before the story
 * is overwritten: if the machine stops mid-write, the story is in it. Undefined when the folder takes no new file.
 */
function writeBackup(path: string, bytes: Buffer): string | undefined {
  const backup = join(dirname(path), `.${basename(path)}.${unique()}.wirelint-backup`);
  let fd: number;
  try {
    fd = openSync(backup, 'wx', 0o600);
  } catch {
    return undefined;
  }
  try {
    writeAllAt(fd, bytes, 0);
    fsyncSync(fd);
  } catch {
    closeSync(fd);
    rmQuietly(backup);
    return undefined;
  }
  closeSync(fd);
  return backup;
}

function rmQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    /* already gone */
  }
}

/**
 * Write a fixed story back into the file itself, as an editor saves: the same file (inode) is opened and its bytes
 * replaced, so its owner, permissions, hard links and any symbolic link to it stay as they are. Only a regular,
 * writable file is written. Just before writing, its bytes are read again and compared with `before` (the text as
 * it was read, byte-order mark included): a story another program changed meanwhile is left alone (NotWritten).
 * A copy of the old text is flushed beside it first and removed once the new text is on disk.
 */
export async function writeInPlace(linkOrPath: string, before: string, after: string): Promise<void> {
  // Write through a symbolic link to the story it points at, never over the link.
  const path = await fs.realpath(linkOrPath);
  const st0 = statSync(path);
  if (!st0.isFile()) {
    throw new NotWritten(`${notAFile(st0) ?? 'is not a regular file'}, not a file, so the fixes are not written`);
  }
  const readOnly = 'is read-only, so the fixes are not written (make it writable to fix it)';
  // Checked on the mode as well as by the system: the administrator may write anything, but a 0444 story is
  // someone's decision.
  if ((st0.mode & 0o222) === 0) throw new NotWritten(readOnly);
  let fd: number;
  try {
    fd = openSync(path, fsConstants.O_RDWR | O_NOFOLLOW | O_NONBLOCK);
  } catch (err) {
    const code = errCode(err);
    if (code === 'EROFS') throw new NotWritten(readOnly);
    if (code === 'EACCES' || code === 'EPERM') {
      throw new NotWritten('cannot be written (permission denied), so the fixes are not written');
    }
    if (code === 'ELOOP' || code === 'ENOENT') throw new NotWritten(CHANGED);
    throw err;
  }
  let backup: string | undefined;
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw new NotWritten(CHANGED);
    const expected = Buffer.from(before, 'utf8');
    if (st.size !== expected.length || !readAtMostSync(fd, expected.length + 1).equals(expected)) {
      throw new NotWritten(CHANGED);
    }
    const out = Buffer.from(after, 'utf8');
    backup = writeBackup(path, expected);
    writeAllAt(fd, out, 0);
    if (out.length < expected.length) ftruncateSync(fd, out.length);
    fsyncSync(fd);
  } catch (err) {
    if (backup && !(err instanceof NotWritten)) {
      throw new Error(`${String(err)}; the story as it was is kept in ${backup}`, { cause: err });
    }
    throw err;
  } finally {
    closeSync(fd);
  }
  if (backup) rmQuietly(backup);
}
