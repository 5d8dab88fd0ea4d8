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
}

export interface Io {
  cwd: string;
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown; isTTY?: boolean };
  readStdin(): Promise<string>;
}
