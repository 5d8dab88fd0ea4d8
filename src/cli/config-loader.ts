/** Finding and reading `.wirelintrc.json` by walking up from a story's folder. */
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ConfigFileError, isEntryError, parseConfigText, type ConfigError, type WirelintConfig } from '../core/config';
import { RULES } from '../core/rules/index';

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
    let exists: boolean;
    try {
      exists = statSync(candidate).isFile();
    } catch {
      exists = false;
    }
    if (exists) {
      let text: string;
      try {
        text = readFileSync(candidate, 'utf8');
      } catch (err) {
        throw new ConfigFileError([{ file: candidate, key: '', message: `cannot be read (${String(err)})` }]);
      }
      const { config, errors } = parseConfigText(text, candidate, RULES);
      if (errors.some((e) => !isEntryError(e))) throw new ConfigFileError(errors);
      this.entryErrors.push(...errors);
      result = { config, file: candidate };
    } else {
      const parent = dirname(dir);
      result = parent === dir ? { config: {} } : this.forDir(parent);
    }
    this.byDir.set(dir, result);
    return result;
  }
}
