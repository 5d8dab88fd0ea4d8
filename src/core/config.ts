/**
 * Configuration: validation of `.wirelintrc.json` content and settings, and merging
 * defaults ← profile ← config file ← settings. Pure: reading files happens outside the core.
 */
// jsonc-parser's ES module build: its UMD `main` requires its own files in a way a bundle cannot follow, so this
// path works in every bundle (whatever its mainFields), in tsx and in vitest.
import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser/lib/esm/main.js';
import type { ProfileSetting, Rule, SeveritySetting } from './types';
import { PROFILE_IDS } from './profiles';
import { LineIndex } from './text';
import { checkVocabularyEntry, type VocabularyEntry } from './vocabulary';

export type RuleSetting = SeveritySetting | [SeveritySetting] | [SeveritySetting, Record<string, unknown>];

export interface WirelintConfig {
  profile?: ProfileSetting;
  rules?: Record<string, RuleSetting>;
  /** House vocabulary entries (see house-vocabulary); only the entries that passed validation. */
  vocabulary?: VocabularyEntry[];
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

/** Severities as ESLint users type them, read as Wirelint's own: "warn", and the numbers 0 (off), 1, 2 (error). */
export const SEVERITY_ALIASES: ReadonlyMap<string | number, SeveritySetting> = new Map<
  string | number,
  SeveritySetting
>([
  ['warn', 'warning'],
  [0, 'off'],
  [1, 'warning'],
  [2, 'error'],
]);

/** A severity as written in a config or a setting, or undefined when it is none (`"2"` is not: 2 is). */
export function parseSeverity(value: unknown): SeveritySetting | undefined {
  if (typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value)) return value as SeveritySetting;
  return typeof value === 'string' || typeof value === 'number' ? SEVERITY_ALIASES.get(value) : undefined;
}

/** A value as an error message quotes it: `"loud"`, `3`, `a list`. */
function describeValue(v: unknown): string {
  if (typeof v === 'string') {
    const chars = [...v];
    return JSON.stringify(chars.length > 40 ? `${chars.slice(0, 40).join('')}…` : v);
  }
  if (typeof v === 'number' || typeof v === 'boolean' || v === null) return String(v);
  if (v === undefined) return 'nothing';
  return Array.isArray(v) ? 'a list' : 'an object';
}

/** Said after the first of several errors: " (and 1 more error)", " (and 3 more errors)"; nothing for one. */
export function moreErrors(total: number): string {
  const n = total - 1;
  return n < 1 ? '' : ` (and ${n} more ${n === 1 ? 'error' : 'errors'})`;
}

/**
 * An error in one house-vocabulary entry (`vocabulary[3]`): that entry is left out and the rest of the config
 * stands, so one bad pattern does not switch off the whole house list.
 */
export function isEntryError(e: ConfigError): boolean {
  return /^vocabulary\[\d+\]/.test(e.key);
}

export function formatConfigError(e: ConfigError): string {
  return `${e.file ? `${e.file}: ` : ''}${e.key ? `"${e.key}": ` : ''}${e.message}`;
}

/** jsonc-parser's error codes (by name) in plain words. */
const JSON_PROBLEMS: Readonly<Record<string, string>> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'malformed number',
  PropertyNameExpected: 'a property name in double quotes is expected',
  ValueExpected: 'a value is expected',
  ColonExpected: '":" is expected',
  CommaExpected: '"," is expected',
  CloseBraceExpected: '"}" is expected',
  CloseBracketExpected: '"]" is expected',
  EndOfFileExpected: 'nothing may follow the closing brace',
  InvalidCommentToken: 'malformed comment',
  UnexpectedEndOfComment: 'a comment is never closed',
  UnexpectedEndOfString: 'a string is never closed',
  UnexpectedEndOfNumber: 'a number is cut short',
  InvalidUnicode: 'malformed \\u escape',
  InvalidEscapeCharacter: 'malformed escape in a string',
  InvalidCharacter: 'a control character inside a string',
};

/**
 * Limits on a config file, checked before anything is built from it, so that a huge or hostile file (a shared
 * workspace's) fails fast with a configuration error instead of exhausting the machine: its size (checked where
 * files are read, and here on the text), how deep its brackets nest, and how many vocabulary entries it holds
 * (each regular expression is compiled before the first story is checked).
 */
export const CONFIG_LIMITS = {
  bytes: 2 * 1024 * 1024,
  depth: 64,
  vocabularyEntries: 10_000,
  regexEntries: 1_000,
} as const;

const count = (n: number): string => n.toLocaleString('en-US');

/**
 * How deep the brackets of a JSON-with-comments text nest, counted outside strings and comments, stopping as soon as
 * `limit` is passed. One pass, no recursion.
 */
function nestingDepth(text: string, limit: number): number {
  let depth = 0;
  let max = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // a string: to its closing quote, over escapes
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === 0x5c) i++;
        else if (d === 0x22 || d === 0x0a) break;
      }
    } else if (c === 0x2f && text.charCodeAt(i + 1) === 0x2f) {
      const end = text.indexOf('\n', i);
      i = end < 0 ? text.length : end;
    } else if (c === 0x2f && text.charCodeAt(i + 1) === 0x2a) {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 1;
    } else if (c === 0x7b || c === 0x5b) {
      if (++depth > max && (max = depth) > limit) return max;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return max;
}

/**
 * The value of a parsed node. Every key becomes an own property, `__proto__` included (plain assignment would set
 * the object's prototype instead and the key would vanish, so it could not be reported as unknown).
 */
function nodeValue(node: Node): unknown {
  if (node.type === 'array') return (node.children ?? []).map(nodeValue);
  if (node.type !== 'object') return node.value;
  const out: Record<string, unknown> = {};
  for (const prop of node.children ?? []) {
    const [k, v] = prop.children ?? [];
    if (!k) continue;
    Object.defineProperty(out, String(k.value), {
      value: v ? nodeValue(v) : undefined,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

/**
 * Parse JSON with comments and trailing commas (JSONC, as VS Code's own settings files). `error` describes the first
 * syntax error with its line and column; a leading byte-order mark is skipped. Text nested deeper than
 * CONFIG_LIMITS.depth is refused before it is parsed.
 */
export function parseJsonc(text: string): { value: unknown; error?: string } {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (nestingDepth(body, CONFIG_LIMITS.depth) > CONFIG_LIMITS.depth) {
    return {
      value: undefined,
      error: `nests brackets more than ${CONFIG_LIMITS.depth} deep, the limit (a config needs four or five levels)`,
    };
  }
  const errors: ParseError[] = [];
  const tree = parseTree(body, errors, {
    allowTrailingComma: true,
    disallowComments: false,
    allowEmptyContent: false,
  });
  const value: unknown = tree ? nodeValue(tree) : undefined;
  const first = errors[0];
  if (!first) return { value };
  const { line, column } = new LineIndex(body).positionAt(first.offset);
  const what = JSON_PROBLEMS[printParseErrorCode(first.error)] ?? 'malformed JSON';
  return { value, error: `is not valid JSON: ${what} at line ${line}, column ${column}` };
}

/**
 * Parse the text of a config file: JSON, with comments and trailing commas allowed. Errors name the file and, for
 * bad JSON, the line and column of the first problem.
 */
export function parseConfigText(
  text: string,
  file: string,
  rules: readonly Rule[],
): { config: WirelintConfig; errors: ConfigError[] } {
  if (text.length > CONFIG_LIMITS.bytes) {
    return {
      config: {},
      errors: [{ file, key: '', message: `is too large (more than ${CONFIG_LIMITS.bytes / 1048576} MB, the limit)` }],
    };
  }
  try {
    const { value, error } = parseJsonc(text);
    if (error) return { config: {}, errors: [{ file, key: '', message: error }] };
    return validateConfig(value, rules, file);
  } catch (err) {
    // Whatever a file holds, it gives a configuration error: never a crash, nor an editor with no diagnostics.
    return { config: {}, errors: [{ file, key: '', message: `could not be read as a config (${String(err)})` }] };
  }
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
    return {
      config,
      errors: [{ file, key: '', message: 'must be a JSON object with "profile", "rules" and/or "vocabulary"' }],
    };
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
        const written: unknown = Array.isArray(setting) ? setting[0] : setting;
        const sev = parseSeverity(written);
        if (!sev) {
          const message = `severity must be "error", "warning", "info" or "off", not ${describeValue(written)}`;
          errors.push({ file, key: rkey, message });
          continue;
        }
        if (Array.isArray(setting)) {
          if (setting.length > 2) {
            errors.push({ file, key: rkey, message: 'must be a severity or [severity, {options}]' });
            continue;
          }
          const opts = checkOptions(rule, setting[1], `${rkey}[1]`, file, errors);
          config.rules[id] = opts ? [sev, opts] : [sev];
        } else config.rules[id] = sev;
      }
      continue;
    }
    if (key === 'vocabulary') {
      if (!Array.isArray(value)) {
        errors.push({
          file,
          key,
          message: 'must be a list of entries such as {"pattern": "Kiev", "replacement": "Kyiv"}',
        });
        continue;
      }
      // Too many entries fail the whole file, before any is compiled.
      const regexes = value.filter(
        (v: unknown) => typeof v === 'object' && v !== null && (v as { regex?: unknown }).regex === true,
      ).length;
      if (value.length > CONFIG_LIMITS.vocabularyEntries || regexes > CONFIG_LIMITS.regexEntries) {
        errors.push({
          file,
          key,
          message:
            value.length > CONFIG_LIMITS.vocabularyEntries
              ? `has ${count(value.length)} entries; the limit is ${count(CONFIG_LIMITS.vocabularyEntries)}`
              : `has ${count(regexes)} regular-expression entries ("regex": true); the limit is ${count(CONFIG_LIMITS.regexEntries)} (plain phrases cost next to nothing: use them where you can)`,
        });
        continue;
      }
      // Each bad entry is its own error, named by its index; the good entries are kept.
      config.vocabulary = [];
      value.forEach((item: unknown, i: number) => {
        const { entry, problems } = checkVocabularyEntry(item);
        for (const message of problems) errors.push({ file, key: `vocabulary[${i}]`, message });
        if (entry) config.vocabulary!.push(entry);
      });
      continue;
    }
    errors.push({ file, key, message: 'unknown setting (allowed: "profile", "rules", "vocabulary")' });
  }
  return { config, errors };
}

/**
 * Later configs win; rule settings merge per rule. Vocabulary entries add up, a later config's first (where entries
 * flag the same text, the earlier entry wins); a config that alone has entries passes on the same array, so the
 * vocabulary compiled for it (cached by identity) is reused.
 */
export function mergeConfigs(...configs: Array<WirelintConfig | undefined>): WirelintConfig {
  const out: WirelintConfig = {};
  for (const c of configs) {
    if (!c) continue;
    if (c.profile) out.profile = c.profile;
    if (c.rules) out.rules = { ...(out.rules ?? {}), ...c.rules };
    if (c.vocabulary) out.vocabulary = out.vocabulary ? [...c.vocabulary, ...out.vocabulary] : c.vocabulary;
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
