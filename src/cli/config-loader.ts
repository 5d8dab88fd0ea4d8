/** Finding and reading `.wirelintrc.json` by walking up from a story's folder. */
import { dirname, join } from 'node:path';
import {
  CONFIG_LIMITS,
  ConfigFileError,
  isEntryError,
  parseConfigText,
  type ConfigError,
  type WirelintConfig,
} from '../core/config';
import { RULES } from '../core/rules/index';
import { readTextFile } from './files';

export const CONFIG_FILE = '.wirelintrc.json';

export class ConfigLoader {
  private readonly byDir = new Map<string, { config: WirelintConfig; file?: string }>();
  /** Errors in single vocabulary entries: those entries are left out, the rest of each file applies. */
  readonly entryErrors: ConfigError[] = [];

  /** The config for a story in `dir` (nearest file wins). Throws ConfigFileError for a broken file. */
  forDir(dir: string): { config: WirelintConfig; file?: string } {
    const hit = this.byDir.get(dir);
    if (hit) return hit;
    const candidate = join(dir, CONFIG_FILE);
    let result: { config: WirelintConfig; file?: string };
    // One look decides: no file here (walk on up), or a file that must be a readable regular file of at most
    // CONFIG_LIMITS.bytes (a folder, a pipe or a huge file is a configuration error, never a hang or ignored).
    const read = readTextFile(candidate, CONFIG_LIMITS.bytes);
    if (read.ok) {
      const text = read.text;
      const { config, errors } = parseConfigText(text, candidate, RULES);
      if (errors.some((e) => !isEntryError(e))) throw new ConfigFileError(errors);
      for (const e of errors) this.entryErrors.push(e);
      result = { config, file: candidate };
    } else if (!read.missing) {
      throw new ConfigFileError([{ file: candidate, key: '', message: read.reason }]);
    } else {
      const parent = dirname(dir);
      result = parent === dir ? { config: {} } : this.forDir(parent);
    }
    this.byDir.set(dir, result);
    return result;
  }
}
