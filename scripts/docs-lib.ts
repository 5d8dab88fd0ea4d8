/**
 * Rule documentation and config schema, generated from rule metadata.
 *
 * - docs/rules/<id>.md: a generated header between GENERATED_BEGIN and GENERATED_END, then a hand-written body that
 *   regeneration leaves untouched (as is anything before the header).
 * - docs/rules/README.md: the same layout; its header is the index of all rules.
 * - schemas/wirelintrc.schema.json: a draft-07 JSON Schema for `.wirelintrc.json`, fully generated.
 * - README.md: the rule table of "What it checks", between RULE_TABLE_BEGIN and RULE_TABLE_END.
 * - package.json: the rule ids and severities the `wirelint.rules` setting accepts (nothing else in the file).
 *
 * `planDocs` computes every file's wanted content without touching the disk beyond reading; `checkDocs` lists the
 * files that differ from it; `writeDocs` writes the ones that differ.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SEVERITIES, SEVERITY_ALIASES } from '../src/core/config';
import { PROFILE_IDS, PROFILES } from '../src/core/profiles';
import { RULES } from '../src/core/rules/index';
import type { ProfileId, Rule, RuleMeta, RuleOptionSpec } from '../src/core/types';
import { VOCABULARY_FIELDS } from '../src/core/vocabulary';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const DOCS_DIR = 'docs/rules';
export const INDEX_PATH = `${DOCS_DIR}/README.md`;
export const SCHEMA_PATH = 'schemas/wirelintrc.schema.json';
export const GENERATED_BEGIN = '<!-- generated:begin -->';
export const GENERATED_END = '<!-- generated:end -->';
export const README_PATH = 'README.md';
export const PACKAGE_PATH = 'package.json';
export const RULE_TABLE_BEGIN = '<!-- rule-table:begin (generated from rule metadata by npm run docs) -->';
export const RULE_TABLE_END = '<!-- rule-table:end -->';

/** What a new page starts with below its header, until someone writes the real body. */
const NEW_PAGE_BODY = '## What it checks\n\n(To be written.)\n';
const NEW_INDEX_BODY = '';

// ---------------------------------------------------------------------------------------------------------------
// Wording shared by pages, index and schema

export function fixLabel(fixable: RuleMeta['fixable']): string {
  return fixable === 'safe' ? 'safe fix' : fixable === 'suggestion' ? 'suggestion only' : 'none';
}

export function profilesLabel(profiles: RuleMeta['profiles']): string {
  return profiles === 'all' ? 'all' : profiles.join(', ');
}

/** A value for a Markdown table cell: pipes escaped, line breaks flattened. */
function cell(s: string): string {
  return s.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
}

function table(head: string[], rows: string[][]): string {
  const line = (cells: string[]): string => `| ${cells.map(cell).join(' | ')} |`;
  return [line(head), `| ${head.map(() => '---').join(' | ')} |`, ...rows.map(line)].join('\n');
}

/** The docs path a rule's page should have. */
export function expectedDocsPath(id: string): string {
  return `${DOCS_DIR}/${id}.md`;
}

// ---------------------------------------------------------------------------------------------------------------
// Pages

export function renderRuleHeader(meta: RuleMeta): string {
  return [
    GENERATED_BEGIN,
    `# ${meta.id}`,
    '',
    meta.description,
    '',
    table(
      ['Category', 'Default severity', 'Fix', 'Profiles'],
      [[meta.category, meta.defaultSeverity, fixLabel(meta.fixable), profilesLabel(meta.profiles)]],
    ),
    GENERATED_END,
  ].join('\n');
}

export function renderIndexHeader(rules: readonly Rule[]): string {
  const profileList = PROFILE_IDS.map((p) => `\`${p}\` (${PROFILES[p].name})`).join(', ');
  return [
    GENERATED_BEGIN,
    '# Wirelint rules',
    '',
    `Wirelint has ${rules.length} rules. A rule runs only under the profiles listed for it; the profiles are ${profileList}.`,
    '',
    table(
      ['Rule', 'Checks', 'Category', 'Default severity', 'Fix', 'Profiles'],
      rules.map(({ meta }) => [
        `[${meta.id}](${meta.id}.md)`,
        meta.description,
        meta.category,
        meta.defaultSeverity,
        fixLabel(meta.fixable),
        profilesLabel(meta.profiles),
      ]),
    ),
    GENERATED_END,
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------------------------
// README rule table and package.json settings

const AREA: Record<RuleMeta['category'], string> = {
  dateline: 'Dateline',
  attribution: 'Attribution',
  names: 'Names',
  quotes: 'Quotation marks',
  credit: 'Credit line',
  vocabulary: 'Vocabulary',
};

/** What a reader needs beside the description: the fix, and a default below warning. */
function ruleNotes(meta: RuleMeta): string {
  const notes: string[] = [];
  if (meta.defaultSeverity === 'info') notes.push('info');
  if (meta.defaultSeverity === 'off') notes.push('off unless turned on');
  if (meta.fixable === 'safe') notes.push('fix');
  if (meta.fixable === 'suggestion') notes.push('suggestion');
  return notes.length ? ` (${notes.join(', ')})` : '';
}

/** The README's rule table: one column per profile, a tick where the rule runs under it. */
export function renderReadmeTable(rules: readonly Rule[], profileIds: readonly ProfileId[] = PROFILE_IDS): string {
  const head = ['Area', 'Rule', ...profileIds.map((p) => (p === 'neutral' ? 'No tag' : PROFILES[p].name))];
  let area = '';
  const rows = rules.map(({ meta }) => {
    const first = AREA[meta.category] !== area;
    area = AREA[meta.category];
    return [
      first ? area : '',
      `[\`${meta.id}\`](${meta.docs}) — ${meta.description}${ruleNotes(meta)}`,
      ...profileIds.map((p) => (meta.profiles === 'all' || meta.profiles.includes(p) ? '✓' : '–')),
    ];
  });
  return [RULE_TABLE_BEGIN, table(head, rows), RULE_TABLE_END].join('\n');
}

/** `existing` with the text between `begin` and `end` (markers included) replaced by `section`. */
export function replaceSection(file: string, existing: string, begin: string, end: string, section: string): string {
  const b = existing.indexOf(begin);
  const e = existing.indexOf(end);
  if (b < 0 || e < b || existing.indexOf(begin, b + 1) >= 0 || existing.indexOf(end, e + 1) >= 0)
    throw new DocsError(file, `needs exactly one ${begin} … ${end} section, in that order`);
  return existing.slice(0, b) + section + existing.slice(e + end.length);
}

/** Every severity a config may write: Wirelint's own, then the forms read as them ("warn", 0, 1, 2). */
export function severityValues(): { names: string[]; numbers: number[] } {
  const aliases = [...SEVERITY_ALIASES.keys()];
  return {
    names: [...SEVERITIES, ...aliases.filter((a): a is string => typeof a === 'string')],
    numbers: aliases.filter((a): a is number => typeof a === 'number'),
  };
}

/** package.json with the `wirelint.rules` setting's rule ids and severities taken from the metadata. */
export function packageJsonContent(existing: string, rules: readonly Rule[]): string {
  type Setting = { propertyNames?: { enum?: string[] }; additionalProperties?: unknown };
  const pkg = JSON.parse(existing) as { contributes?: { configuration?: { properties?: Record<string, Setting> } } };
  const setting = pkg.contributes?.configuration?.properties?.['wirelint.rules'];
  if (!setting?.propertyNames) {
    throw new DocsError(PACKAGE_PATH, 'has no contributes.configuration.properties["wirelint.rules"].propertyNames');
  }
  setting.propertyNames.enum = rules.map((r) => r.meta.id);
  const { names, numbers } = severityValues();
  setting.additionalProperties = {
    anyOf: [{ type: 'string', enum: names }, { type: 'integer', enum: numbers }, { type: 'array' }],
  };
  // The layout npm and Prettier give package.json.
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

export class DocsError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
    this.name = 'DocsError';
  }
}

/**
 * The page with its generated header replaced by `header`. Text before and after the header is kept byte for byte.
 * A page without markers keeps all its text as the body, below a new header.
 */
export function mergePage(file: string, existing: string | undefined, header: string, newBody: string): string {
  if (existing === undefined) return newBody ? `${header}\n\n${newBody}` : `${header}\n`;
  const begin = existing.indexOf(GENERATED_BEGIN);
  const end = existing.indexOf(GENERATED_END);
  if (begin < 0 && end < 0) return `${header}\n\n${existing.replace(/^\s+/, '')}`;
  if (begin < 0 || end < 0 || end < begin) {
    throw new DocsError(
      file,
      `has only one of the markers ${GENERATED_BEGIN} and ${GENERATED_END}, or has them in the wrong order`,
    );
  }
  if (existing.indexOf(GENERATED_BEGIN, begin + 1) >= 0 || existing.indexOf(GENERATED_END, end + 1) >= 0) {
    throw new DocsError(file, 'has more than one generated header');
  }
  return existing.slice(0, begin) + header + existing.slice(end + GENERATED_END.length);
}

/** The hand-written part of a page: everything after the generated header. */
export function pageBody(text: string): string {
  const end = text.indexOf(GENERATED_END);
  return end < 0 ? text : text.slice(end + GENERATED_END.length);
}

// ---------------------------------------------------------------------------------------------------------------
// Schema

type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
type JsonObject = { [key: string]: JsonValue };

function optionSchema(spec: RuleOptionSpec): JsonObject {
  const base: JsonObject =
    spec.type === 'string[]' ? { type: 'array', items: { type: 'string' } } : { type: spec.type };
  if (spec.enum) base.enum = [...spec.enum];
  base.description = spec.description;
  if (spec.default !== undefined) base.default = spec.default as JsonValue;
  return base;
}

function ruleSchema(meta: RuleMeta): JsonObject {
  const options: JsonObject = {};
  for (const [name, spec] of Object.entries(meta.options ?? {})) options[name] = optionSchema(spec);
  const optionsObject: JsonObject = {
    type: 'object',
    description: Object.keys(options).length
      ? `Options for ${meta.id}.`
      : `${meta.id} takes no options; leave the object empty.`,
    properties: options,
    additionalProperties: false,
  };
  const link = `../${meta.docs}`;
  return {
    description: meta.description,
    markdownDescription: `${meta.description}\n\nDefault: \`${meta.defaultSeverity}\`. Fix: ${fixLabel(meta.fixable)}. Profiles: ${profilesLabel(meta.profiles)}.\n\n[Rule documentation](${link})`,
    default: meta.defaultSeverity,
    oneOf: [
      { $ref: '#/definitions/severity' },
      {
        type: 'array',
        items: [{ $ref: '#/definitions/severity' }, optionsObject],
        minItems: 1,
        maxItems: 2,
        additionalItems: false,
      },
    ],
  };
}

/** `vocabulary` and the definition of one entry; the wording comes from VOCABULARY_FIELDS, shared with validation. */
function vocabularySchema(profileIds: readonly ProfileId[]): { property: JsonObject; entry: JsonObject } {
  const f = VOCABULARY_FIELDS;
  const nonBlank = '\\S';
  const property: JsonObject = {
    type: 'array',
    description:
      "House vocabulary: words and phrases to flag, each with the house form. The house-vocabulary rule checks them together with the built-in starter list of the story's profile.",
    markdownDescription:
      'House vocabulary: words and phrases to flag, each with the house form, e.g. `{"pattern": "Kiev", "replacement": "Kyiv"}`. The `house-vocabulary` rule checks them together with the built-in starter list of the story\'s profile; an entry with `"allow": true` accepts a word.\n\n[Documentation](../docs/rules/house-vocabulary.md)',
    items: { $ref: '#/definitions/vocabularyEntry' },
  };
  const entry: JsonObject = {
    type: 'object',
    description: 'A word or phrase to flag (or, with "allow": true, to accept).',
    required: ['pattern'],
    properties: {
      pattern: { type: 'string', pattern: nonBlank, description: f.pattern },
      replacement: {
        description: f.replacement,
        oneOf: [
          { type: 'string', minLength: 1 },
          { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 },
        ],
      },
      message: { type: 'string', pattern: nonBlank, description: f.message },
      severity: { enum: ['error', 'warning', 'info'], description: f.severity },
      caseSensitive: { type: 'boolean', default: false, description: f.caseSensitive },
      wholeWord: { type: 'boolean', default: true, description: f.wholeWord },
      regex: { type: 'boolean', default: false, description: f.regex },
      profiles: { type: 'array', items: { enum: [...profileIds] }, minItems: 1, description: f.profiles },
      allow: { type: 'boolean', default: false, description: f.allow },
    },
    additionalProperties: false,
    // An allow entry accepts text; it has nothing to replace it with or to say.
    if: { properties: { allow: { const: true } }, required: ['allow'] },
    then: { not: { anyOf: [{ required: ['replacement'] }, { required: ['message'] }, { required: ['severity'] }] } },
  };
  return { property, entry };
}

export function buildSchema(
  rules: readonly Rule[] = RULES,
  profileIds: readonly ProfileId[] = PROFILE_IDS,
): JsonObject {
  const ruleProps: JsonObject = {};
  for (const { meta } of rules) ruleProps[meta.id] = ruleSchema(meta);
  const vocabulary = vocabularySchema(profileIds);
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Wirelint configuration (.wirelintrc.json)',
    description: 'The agency profile to check stories against, per-rule severities and options, and house vocabulary.',
    // The config loader takes comments and trailing commas; this tells an editor's JSON checker not to flag them.
    allowTrailingCommas: true,
    type: 'object',
    properties: {
      $schema: { type: 'string', description: 'The schema this file follows, for editors.' },
      profile: {
        description:
          'The agency whose house style applies. "auto" reads the agency tag in the dateline; a story with no tag gets the agency-neutral rules only.',
        enum: ['auto', ...profileIds],
        default: 'auto',
      },
      rules: {
        type: 'object',
        description:
          'Rule settings: a severity ("error", "warning", "info" or "off"), or [severity] / [severity, {options}].',
        properties: ruleProps,
        additionalProperties: false,
      },
      vocabulary: vocabulary.property,
    },
    additionalProperties: false,
    definitions: {
      severity: {
        description:
          '"off" turns the rule off. "warn", 0 (off), 1 (warning) and 2 (error) are read as in ESLint configs.',
        enum: [...severityValues().names, ...severityValues().numbers],
      },
      vocabularyEntry: vocabulary.entry,
    },
  };
}

/**
 * JSON text laid out as Prettier lays out JSON (print width 120): objects one key a line, arrays of plain values on
 * one line when they fit, otherwise one item a line. The file then passes the repository's format check unchanged.
 */
export function formatJson(value: JsonValue, width = 120): string {
  const pad = (n: number): string => ' '.repeat(n);
  const plain = (v: JsonValue): boolean => v === null || typeof v !== 'object';
  const fmt = (v: JsonValue, indent: number, prefixLen: number, suffixLen: number): string => {
    if (plain(v)) return JSON.stringify(v);
    if (Array.isArray(v)) {
      if (v.length === 0) return '[]';
      if (v.every(plain)) {
        const inline = `[${v.map((x) => JSON.stringify(x)).join(', ')}]`;
        if (indent + prefixLen + inline.length + suffixLen <= width) return inline;
      }
      const items = v.map((x, i) => pad(indent + 2) + fmt(x, indent + 2, 0, i < v.length - 1 ? 1 : 0));
      return `[\n${items.join(',\n')}\n${pad(indent)}]`;
    }
    const entries = Object.entries(v as Record<string, JsonValue>);
    if (entries.length === 0) return '{}';
    const lines = entries.map(([k, x], i) => {
      const key = `${JSON.stringify(k)}: `;
      return pad(indent + 2) + key + fmt(x, indent + 2, key.length, i < entries.length - 1 ? 1 : 0);
    });
    return `{\n${lines.join(',\n')}\n${pad(indent)}}`;
  };
  return `${fmt(value, 0, 0, 0)}\n`;
}

// ---------------------------------------------------------------------------------------------------------------
// Planning, checking, writing

export interface PlannedFile {
  /** Path relative to the project root, with forward slashes. */
  path: string;
  /** The content the file should have. */
  content: string;
  /** The content it has now; undefined when it does not exist. */
  current: string | undefined;
}

export interface DocsPlan {
  files: PlannedFile[];
  /** Pages in docs/rules that belong to no rule (a renamed or removed rule). */
  orphans: string[];
  /** Files that cannot be regenerated safely (broken markers), with the reason. */
  errors: string[];
}

function readIfExists(root: string, path: string): string | undefined {
  const abs = join(root, path);
  return existsSync(abs) ? readFileSync(abs, 'utf8') : undefined;
}

export function planDocs(root: string = ROOT, rules: readonly Rule[] = RULES): DocsPlan {
  const files: PlannedFile[] = [];
  const errors: string[] = [];
  const add = (path: string, make: (current: string | undefined) => string): void => {
    const current = readIfExists(root, path);
    try {
      files.push({ path, content: make(current), current });
    } catch (err) {
      if (err instanceof DocsError) errors.push(err.message);
      else throw err;
    }
  };
  for (const { meta } of rules) {
    const path = expectedDocsPath(meta.id);
    add(path, (cur) => mergePage(path, cur, renderRuleHeader(meta), NEW_PAGE_BODY));
  }
  add(INDEX_PATH, (cur) => mergePage(INDEX_PATH, cur, renderIndexHeader(rules), NEW_INDEX_BODY));
  add(SCHEMA_PATH, () => formatJson(buildSchema(rules)));
  add(README_PATH, (cur) => {
    if (cur === undefined) throw new DocsError(README_PATH, 'is missing');
    return replaceSection(README_PATH, cur, RULE_TABLE_BEGIN, RULE_TABLE_END, renderReadmeTable(rules));
  });
  add(PACKAGE_PATH, (cur) => {
    if (cur === undefined) throw new DocsError(PACKAGE_PATH, 'is missing');
    return packageJsonContent(cur, rules);
  });

  const wanted = new Set(files.map((f) => f.path));
  const docsAbs = join(root, DOCS_DIR);
  const orphans = existsSync(docsAbs)
    ? readdirSync(docsAbs)
        .filter((f) => f.endsWith('.md'))
        .map((f) => `${DOCS_DIR}/${f}`)
        .filter((p) => !wanted.has(p))
        .sort()
    : [];
  return { files, orphans, errors };
}

/** Every problem that makes the checked-in docs and schema differ from the metadata; empty when up to date. */
export function checkDocs(root: string = ROOT, rules: readonly Rule[] = RULES): string[] {
  const plan = planDocs(root, rules);
  const problems: string[] = [];
  for (const f of plan.files) {
    if (f.current === undefined) problems.push(`${f.path} (missing)`);
    else if (f.current !== f.content) problems.push(`${f.path} (out of date)`);
  }
  for (const o of plan.orphans) problems.push(`${o} (no rule has this id: rename or delete the page)`);
  problems.push(...plan.errors);
  return problems;
}

/** Write every file that differs. Returns the paths written and the problems it could not fix itself. */
export function writeDocs(
  root: string = ROOT,
  rules: readonly Rule[] = RULES,
): { written: string[]; problems: string[] } {
  const plan = planDocs(root, rules);
  const written: string[] = [];
  for (const f of plan.files) {
    if (f.current === f.content) continue;
    const abs = join(root, f.path);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, f.content);
    written.push(f.path);
  }
  const problems = [
    ...plan.orphans.map((o) => `${o} (no rule has this id: rename or delete the page)`),
    ...plan.errors,
  ];
  return { written, problems };
}
