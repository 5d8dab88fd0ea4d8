/**
 * `.wirelint-ignore.json` on disk for the command line: finding the file that governs a story (the nearest one
 * walking up from the story's folder to the filesystem root), reading it, and changing it safely while other
 * writers do the same (the lock protocol is in src/core/suppression-store.ts; this is its node:fs side: the lock
 * is created with O_EXCL, the new file is written to a unique temporary file, fsynced and renamed over).
 */
import { promises as fs } from 'node:fs';
import { userInfo } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { errCode, readTextFile, replaceFile, sleep } from './files';
import { addSuppressions, updateSuppressionFile, type StoreFs, type StoreOptions } from '../core/suppression-store';
import {
  IGNORE_FILE,
  SuppressionFileError,
  parseSuppressions,
  type SuppressionEntry,
  type SuppressionFile,
} from '../core/suppressions';

export const nodeStoreFs: StoreFs = {
  atomicExclusive: true,
  async createExclusive(path, content) {
    let fh;
    try {
      fh = await fs.open(path, 'wx');
    } catch (err) {
      if (errCode(err) === 'EEXIST') return false;
      throw err;
    }
    try {
      await fh.writeFile(content, 'utf8');
    } finally {
      await fh.close();
    }
    return true;
  },
  async read(path) {
    const read = readTextFile(path, MAX_IGNORE_BYTES);
    if (read.ok) return read.text;
    if (read.missing) return undefined;
    throw new SuppressionFileError(path, [{ key: '', message: read.reason }]);
  },
  async mtime(path) {
    try {
      return (await fs.stat(path)).mtimeMs;
    } catch (err) {
      if (errCode(err) === 'ENOENT') return undefined;
      throw err;
    }
  },
  writeAtomic: (path, content) => replaceFile(path, content),
  async renameNoReplace(from, to) {
    // link() fails when the target exists, which rename() would not.
    try {
      await fs.link(from, to);
    } catch (err) {
      if (errCode(err) === 'EEXIST' || errCode(err) === 'ENOENT') return false;
      // No hard links here (some network and FAT file systems): check, then rename.
      if ((await nodeStoreFs.mtime(to)) !== undefined) return false;
      try {
        await fs.rename(from, to);
      } catch (e) {
        if (errCode(e) === 'ENOENT') return false;
        throw e;
      }
      return true;
    }
    await fs.rm(from, { force: true });
    return true;
  },
  async remove(path) {
    await fs.rm(path, { force: true });
  },
  sleep,
};

/**
 * The largest ignore file read (an archive suppressed in bulk holds a few hundred bytes per finding); past it the
 * file is refused rather than read into memory.
 */
export const MAX_IGNORE_BYTES = 64 * 1024 * 1024;

const owner = (): string => `wirelint cli pid ${process.pid}`;

/**
 * Change the ignore file at `path` under the lock: `change` gets the file as it is now (re-read under the lock)
 * and returns the new content, which is written through a temporary file and a rename. Safe against concurrent
 * writers; a broken file is never overwritten (SuppressionFileError).
 */
export function update(
  path: string,
  change: (current: SuppressionFile) => SuppressionFile,
  opts: StoreOptions = {},
): Promise<SuppressionFile> {
  return updateSuppressionFile(nodeStoreFs, path, change, { owner: owner(), ...opts });
}

/** Add entries to the ignore file at `path` (merged with what it holds when the lock is taken). */
export function add(
  path: string,
  entries: readonly SuppressionEntry[],
  opts: StoreOptions = {},
): Promise<SuppressionFile> {
  return addSuppressions(nodeStoreFs, path, entries, { owner: owner(), ...opts });
}

/** Who made a suppression: WIRELINT_USER, else the OS user, else "unknown". */
export function currentUser(env: NodeJS.ProcessEnv = process.env): string {
  if (env.WIRELINT_USER?.trim()) return env.WIRELINT_USER.trim();
  try {
    const name = userInfo().username;
    if (name) return name;
  } catch {
    /* no passwd entry (some containers) */
  }
  return env.USER || env.USERNAME || 'unknown';
}

export interface IgnoreFileInfo {
  /** Absolute path of the governing ignore file, when there is one. */
  file?: string;
  entries: SuppressionEntry[];
}

/** Finds and reads the ignore file governing each folder (the nearest one walking up); cached per folder. */
export class IgnoreLoader {
  private readonly byDir = new Map<string, IgnoreFileInfo>();

  /** Throws SuppressionFileError for a broken file. */
  forDir(dir: string): IgnoreFileInfo {
    const hit = this.byDir.get(dir);
    if (hit) return hit;
    const candidate = join(dir, IGNORE_FILE);
    // A folder or a pipe by that name is an error, never a hang, a crash or a file silently taken as absent.
    const read = readTextFile(candidate, MAX_IGNORE_BYTES);
    let result: IgnoreFileInfo;
    if (read.ok) {
      const text = read.text;
      const { file, errors } = parseSuppressions(text);
      if (errors.length) throw new SuppressionFileError(candidate, errors);
      result = { file: candidate, entries: file.suppressions };
    } else if (!read.missing) {
      throw new SuppressionFileError(candidate, [{ key: '', message: read.reason }]);
    } else {
      const parent = dirname(dir);
      result = parent === dir ? { entries: [] } : this.forDir(parent);
    }
    this.byDir.set(dir, result);
    return result;
  }

  /** Forget what was read (after a write). */
  clear(): void {
    this.byDir.clear();
  }
}

/** The story's path as an entry records it: relative to the ignore file's folder, with forward slashes. */
export function entryPath(ignoreFile: string, story: string): string {
  return relative(dirname(ignoreFile), story).split(sep).join('/');
}
