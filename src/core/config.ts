/**
 * Configuration: validation of `.wirelintrc.json` content and settings, and merging
 * defaults ← profile ← config file ← settings. Pure: reading files happens outside the core.
 */
import type { ProfileSetting, Rule, SeveritySetting } from './types';
import { PROFILE_IDS } from './profiles';

export type RuleSetting = SeveritySetting | [SeveritySetting] | [SeveritySetting, Record<string, unknown>];

export interface WirelintConfig {
  profile?: ProfileSetting;
  rules?: Record<string, RuleSetting>;
}

export interface ConfigError {
  /** The file the error is in, when it came from a file. */
  file?: string;
  /** The key at fault, as a JSON path: `rules.quote-balance`. */
  key: string;
  message: string;
}

export class ConfigFileError extends Error {
  constructor(readonly errors: ConfigError[]) {
    super(errors.map(formatConfigError).join('\n'));
    this.name = 'ConfigFileError';
  }
}

export const SEVERITIES: readonly SeveritySetting[] = ['error', 'warning', 'info', 'off'];

export function formatConfigError(e: ConfigError): string {
  return `${e.file ? `${e.file}: ` : ''}${e.key ? `"${e.key}": ` : ''}${e.message}`;
}

/** Parse the text of a config file. Errors name the file and, for bad JSON, the line and column. */
export function parseConfigText(
  text: string,
  file: string,
  rules: readonly Rule[],
): { config: WirelintConfig; errors: ConfigError[] } {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    return { config: {}, errors: [{ file, key: '', message: `is not valid JSON (${msg})` }] };
  }
  return validateConfig(raw, rules, file);
}

function checkOptions(
  rule: Rule,
  options: unknown,
  key: string,
  file: string | undefined,
  errors: ConfigError[],
): Record<string, unknown> | undefined {
  if (options === undefined) return undefined;
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    errors.push({ file, key, message: 'rule options must be an object' });
    return undefined;
  }
  const specs = rule.meta.options ?? {};
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(options)) {
    const spec = specs[name];
    if (!spec) {
      const known = Object.keys(specs);
      errors.push({
        file,
        key: `${key}.${name}`,
        message: `unknown option for rule "${rule.meta.id}"${known.length ? ` (it takes: ${known.join(', ')})` : ' (it takes none)'}`,
      });
      continue;
    }
    const ok =
      spec.type === 'string[]'
        ? Array.isArray(value) && value.every((v) => typeof v === 'string')
        : typeof value === spec.type && (!spec.enum || spec.enum.includes(value as string));
    if (!ok) {
      errors.push({
        file,
        key: `${key}.${name}`,
        message: `must be ${spec.enum ? `one of ${spec.enum.map((e) => `"${e}"`).join(', ')}` : `a ${spec.type}`}`,
      });
      continue;
    }
    out[name] = value;
  }
  return out;
}

/** Check a parsed config object. Unknown keys, rule ids, severities and options are errors, never ignored. */
export function validateConfig(
  raw: unknown,
  rules: readonly Rule[],
  file?: string,
): { config: WirelintConfig; errors: ConfigError[] } {
  const errors: ConfigError[] = [];
  const config: WirelintConfig = {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { config, errors: [{ file, key: '', message: 'must be a JSON object with "profile" and/or "rules"' }] };
  }
  const byId = new Map(rules.map((r) => [r.meta.id, r]));
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    if (key === '$schema') continue;
    if (key === 'profile') {
      const allowed = ['auto', ...PROFILE_IDS];
      if (typeof value !== 'string' || !allowed.includes(value)) {
        errors.push({ file, key, message: `must be one of ${allowed.map((p) => `"${p}"`).join(', ')}` });
      } else config.profile = value as ProfileSetting;
      continue;
    }
    if (key === 'rules') {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        errors.push({ file, key, message: 'must be an object mapping rule ids to severities' });
        continue;
      }
      config.rules = {};
      for (const [id, setting] of Object.entries(value as Record<string, unknown>)) {
        const rkey = `rules.${id}`;
        const rule = byId.get(id);
        if (!rule) {
          errors.push({ file, key: rkey, message: `unknown rule id (run "wirelint --list-rules" for the list)` });
          continue;
        }
        const sev = Array.isArray(setting) ? setting[0] : setting;
        if (typeof sev !== 'string' || !SEVERITIES.includes(sev as SeveritySetting)) {
          errors.push({ file, key: rkey, message: `severity must be one of "error", "warning", "info", "off"` });
          continue;
        }
        if (Array.isArray(setting)) {
          if (setting.length > 2) {
            errors.push({ file, key: rkey, message: 'must be a severity or [severity, {options}]' });
            continue;
          }
          const opts = checkOptions(rule, setting[1], `${rkey}[1]`, file, errors);
          config.rules[id] = opts ? [sev as SeveritySetting, opts] : [sev as SeveritySetting];
        } else config.rules[id] = sev as SeveritySetting;
      }
      continue;
    }
    errors.push({ file, key, message: 'unknown setting (allowed: "profile", "rules")' });
  }
  return { config, errors };
}

/** Later configs win; rule settings merge per rule. */
export function mergeConfigs(...configs: Array<WirelintConfig | undefined>): WirelintConfig {
  const out: WirelintConfig = {};
  for (const c of configs) {
    if (!c) continue;
    if (c.profile) out.profile = c.profile;
    if (c.rules) out.rules = { ...(out.rules ?? {}), ...c.rules };
  }
  return out;
}

export function ruleSetting(
  rule: Rule,
  config: WirelintConfig,
): { severity: SeveritySetting; options: Record<string, unknown> } {
  const defaults: Record<string, unknown> = {};
  for (const [k, spec] of Object.entries(rule.meta.options ?? {})) defaults[k] = spec.default;
  const s = config.rules?.[rule.meta.id];
  if (s === undefined) return { severity: rule.meta.defaultSeverity, options: defaults };
  if (typeof s === 'string') return { severity: s, options: defaults };
  return { severity: s[0], options: { ...defaults, ...(s[1] ?? {}) } };
}
