import type { SuppressedFinding, SuppressionEntry } from '../core/suppressions';
import type { LineIndex } from '../core/text';
import type { Finding, ProfileId } from '../core/types';

export interface FileResult {
  /** Absolute path, or `<stdin>` / the --stdin-filename. */
  filePath: string;
  /** Path as the user should see it (relative to the working folder when inside it). */
  displayPath: string;
  source: string;
  findings: Finding[];
  lines: LineIndex;
  profile: ProfileId;
  /** Text after --fix, when it changed. */
  output?: string;
  /** The .wirelint-ignore.json governing this story (absolute path), when there is one. */
  ignoreFile?: string;
  /** Findings an entry in the ignore file suppressed (not in `findings`). */
  suppressed?: SuppressedFinding[];
  /** With --report-unused-suppressions: this story's entries that matched no finding. */
  unusedSuppressions?: SuppressionEntry[];
}

export interface OutStream {
  write(s: string | Uint8Array): unknown;
  isTTY?: boolean;
  columns?: number;
  /** For waiting on 'drain' when a pipe is full. */
  once?(event: 'drain', cb: () => void): unknown;
}

export interface Io {
  cwd: string;
  stdout: OutStream;
  stderr: OutStream;
  /** Standard input: bytes (decoded and checked like a file's) or, in tests, text. */
  readStdin(): Promise<string | Uint8Array>;
  /** This program's own script, started again as a worker thread for large runs (none: no worker threads). */
  workerScript?: string;
  env?: Readonly<Record<string, string | undefined>>;
}
