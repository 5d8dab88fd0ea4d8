/**
 * Writing `.wirelint-ignore.json` safely when several writers (two editor windows, an editor and a CLI run, two CLI
 * runs) add entries at once. Pure: the file system comes in as a `StoreFs`, which the CLI implements with node:fs
 * and the extension with vscode.workspace.fs.
 *
 * The protocol, for every write:
 *  1. Take the lock `<file>.lock`: create it exclusively with a unique token in it. While another writer holds it,
 *     retry with a growing, jittered pause (2 ms doubling to 50 ms). A lock whose modification time is more than
 *     `staleMs` (10 s) old was left by a writer that died: it is moved aside under a unique name, and removed only
 *     when the moved file still holds the token that was judged stale (otherwise it is put back). A writer that
 *     cannot get the lock within `timeoutMs` (30 s) gives up with an error; nothing is written.
 *     Where exclusive creation is not atomic (`fs.atomicExclusive` false: VS Code's rename without overwrite
 *     checks and renames in two steps), the writer waits `settleMs` and reads the lock back: a lock that no longer
 *     holds its token was taken over and the writer starts again.
 *  2. Re-read the file as it is now (a broken file is refused: SuppressionFileError, nothing written).
 *  3. Apply the change to what was read (adding entries merges them: union by file + rule + fingerprint).
 *  4. Write the result to a unique temporary file in the same folder, flush it, and rename it over the file, so a
 *     reader sees the old file or the new one, never a part.
 *  5. Release the lock (only when it still holds this writer's token).
 * `addSuppressions` with `confirmMs` then waits, re-reads the file and adds again anything that is missing — the
 * belt and braces for file systems without an atomic exclusive create.
 */
import {
  SuppressionFileError,
  emptySuppressionFile,
  mergeSuppressions,
  parseSuppressions,
  serializeSuppressions,
  suppressionKey,
  type SuppressionEntry,
  type SuppressionFile,
} from './suppressions';

export interface StoreFs {
  /** True when `createExclusive` is atomic (O_EXCL): no read-back is needed after taking the lock. */
  readonly atomicExclusive: boolean;
  /** Create `path` holding `content`; false (not an error) when it already exists. */
  createExclusive(path: string, content: string): Promise<boolean>;
  /** The file's text, or undefined when there is no such file. Other failures throw. */
  read(path: string): Promise<string | undefined>;
  /** Modification time in ms since the epoch, or undefined when there is no such file. */
  mtime(path: string): Promise<number | undefined>;
  /** Replace the file's content atomically: a unique temporary file beside it, flushed, renamed over it. */
  writeAtomic(path: string, content: string): Promise<void>;
  /** Rename without replacing an existing target; false when the source is gone or the target exists. */
  renameNoReplace(from: string, to: string): Promise<boolean>;
  /** Remove a file; no error when it is already gone. */
  remove(path: string): Promise<void>;
  sleep(ms: number): Promise<void>;
}

export interface StoreOptions {
  /** A lock older than this is stale (its writer died). Default 10 000 ms. */
  staleMs?: number;
  /** Give up taking the lock after this long. Default 30 000 ms. */
  timeoutMs?: number;
  /** Wait before reading back a lock made without an atomic exclusive create. Default 25 ms. */
  settleMs?: number;
  /** Who holds the lock, written into it for people who find one lying about. */
  owner?: string;
}

export class LockTimeoutError extends Error {
  constructor(readonly lock: string) {
    super(`could not lock ${lock}: another writer has held it too long (remove the file if no Wirelint is running)`);
    this.name = 'LockTimeoutError';
  }
}

export const lockPathOf = (path: string): string => `${path}.lock`;

const randomId = (): string => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;

/** Take the lock for `path`; resolves to the token to release it with. */
export async function acquireLock(fs: StoreFs, path: string, opts: StoreOptions = {}): Promise<string> {
  const lock = lockPathOf(path);
  const staleMs = opts.staleMs ?? 10_000;
  const deadline = Date.now() + (opts.timeoutMs ?? 30_000);
  let pause = 2;
  for (;;) {
    const token = `${opts.owner ?? 'wirelint'} ${new Date().toISOString()} ${randomId()}`;
    if (await fs.createExclusive(lock, token)) {
      if (fs.atomicExclusive) return token;
      await fs.sleep(opts.settleMs ?? 25);
      if ((await fs.read(lock)) === token) return token;
      // Another writer's create replaced ours between its check and its rename: theirs stands, we wait.
    } else {
      await breakIfStale(fs, lock, staleMs);
    }
    if (Date.now() > deadline) throw new LockTimeoutError(lock);
    await fs.sleep(pause * (0.5 + Math.random()));
    pause = Math.min(50, pause * 2);
  }
}

async function breakIfStale(fs: StoreFs, lock: string, staleMs: number): Promise<void> {
  let seen: string | undefined;
  let mtime: number | undefined;
  try {
    seen = await fs.read(lock);
    mtime = await fs.mtime(lock);
  } catch {
    return;
  }
  if (seen === undefined || mtime === undefined || Date.now() - mtime <= staleMs) return;
  const aside = `${lock}.stale-${randomId()}`;
  if (!(await fs.renameNoReplace(lock, aside))) return;
  let moved: string | undefined;
  try {
    moved = await fs.read(aside);
  } catch {
    moved = undefined;
  }
  if (moved === seen) {
    await fs.remove(aside);
    return;
  }
  // A fresh lock was taken between the look and the move: put it back (unless yet another writer holds one now).
  if (!(await fs.renameNoReplace(aside, lock))) await fs.remove(aside);
}

/** Release the lock, when it is still ours. */
export async function releaseLock(fs: StoreFs, path: string, token: string): Promise<void> {
  const lock = lockPathOf(path);
  try {
    if ((await fs.read(lock)) === token) await fs.remove(lock);
  } catch {
    /* A lock we cannot read or remove goes stale and is broken by the next writer. */
  }
}

/** Read and check the file as it is now; an absent file is an empty one. Throws SuppressionFileError when broken. */
export async function readSuppressionFile(fs: StoreFs, path: string): Promise<SuppressionFile> {
  const text = await fs.read(path);
  if (text === undefined) return emptySuppressionFile();
  const { file, errors } = parseSuppressions(text);
  if (errors.length) throw new SuppressionFileError(path, errors);
  return file;
}

/**
 * Change the file under the lock: `change` gets the file as it is now and returns the new content. Resolves to
 * what was written. A broken file is never overwritten (SuppressionFileError).
 */
export async function updateSuppressionFile(
  fs: StoreFs,
  path: string,
  change: (current: SuppressionFile) => SuppressionFile,
  opts: StoreOptions = {},
): Promise<SuppressionFile> {
  for (let attempt = 0; ; attempt++) {
    const token = await acquireLock(fs, path, opts);
    try {
      const next = change(await readSuppressionFile(fs, path));
      const out: SuppressionFile = { version: next.version, suppressions: mergeSuppressions(next.suppressions, []) };
      // A writer whose lock is not atomic (an editor: check, then rename) may have taken ours over meanwhile:
      // look just before writing, and start again from the file as it is then if so.
      if ((await fs.read(lockPathOf(path))) !== token) {
        if (attempt >= 20) throw new LockTimeoutError(lockPathOf(path));
        continue;
      }
      await fs.writeAtomic(path, serializeSuppressions(out));
      return out;
    } finally {
      await releaseLock(fs, path, token);
    }
  }
}

/**
 * Add entries (merged with what the file holds when the lock is taken). With `confirmMs`, wait that long after
 * writing, read the file again and add anything missing (up to 5 rounds).
 */
export async function addSuppressions(
  fs: StoreFs,
  path: string,
  entries: readonly SuppressionEntry[],
  opts: StoreOptions & { confirmMs?: number } = {},
): Promise<SuppressionFile> {
  let written = await updateSuppressionFile(
    fs,
    path,
    (cur) => ({ ...cur, suppressions: mergeSuppressions(cur.suppressions, entries) }),
    opts,
  );
  if (!opts.confirmMs) return written;
  for (let round = 0; round < 5; round++) {
    await fs.sleep(opts.confirmMs);
    const now = await readSuppressionFile(fs, path);
    const have = new Set(now.suppressions.map(suppressionKey));
    const missing = entries.filter((e) => !have.has(suppressionKey(e)));
    if (missing.length === 0) return now;
    written = await updateSuppressionFile(
      fs,
      path,
      (cur) => ({ ...cur, suppressions: mergeSuppressions(cur.suppressions, missing) }),
      opts,
    );
  }
  return written;
}
