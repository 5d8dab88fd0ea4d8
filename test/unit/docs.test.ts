import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { afterEach, describe, expect, it } from 'vitest';
import {
  checkDocs,
  expectedDocsPath,
  GENERATED_BEGIN,
  GENERATED_END,
  INDEX_PATH,
  mergePage,
  PACKAGE_PATH,
  pageBody,
  planDocs,
  README_PATH,
  ROOT,
  RULE_TABLE_BEGIN,
  RULE_TABLE_END,
  SCHEMA_PATH,
  writeDocs,
} from '../../scripts/docs-lib';
import { validateConfig } from '../../src/core/config';
import { PROFILE_IDS, PROFILES } from '../../src/core/profiles';
import { RULES } from '../../src/core/rules/index';
import { runCli } from '../helpers/run-cli';
import { tempDir } from '../helpers/tmp';

const IDS = RULES.map((r) => r.meta.id);

function readSchema(): Record<string, unknown> {
  return JSON.parse(readFileSync(join(ROOT, SCHEMA_PATH), 'utf8')) as Record<string, unknown>;
}

function compileSchema() {
  // A rule setting may be [severity] or [severity, {options}]: a tuple with an optional second item, which Ajv's
  // strict mode would otherwise warn about.
  const ajv = new Ajv({ allErrors: true, strictTuples: false });
  // An editor-only annotation (VS Code shows it on hover); it has no effect on validation.
  ajv.addKeyword('markdownDescription');
  ajv.addKeyword('allowTrailingCommas');
  return ajv.compile(readSchema());
}

describe('generated docs and schema', () => {
  it('are up to date with the rule metadata', () => {
    expect(checkDocs(ROOT)).toEqual([]);
  });

  it('give every rule a page at its meta.docs path', () => {
    for (const { meta } of RULES) {
      expect(meta.docs, meta.id).toBe(expectedDocsPath(meta.id));
      expect(existsSync(join(ROOT, meta.docs)), meta.docs).toBe(true);
    }
  });

  it('give every page a written body that covers the rule options and how to turn it off', () => {
    for (const { meta } of RULES) {
      const body = pageBody(readFileSync(join(ROOT, meta.docs), 'utf8'));
      expect(body, meta.id).not.toContain('(To be written.)');
      expect(body.split('\n').length, meta.id).toBeGreaterThan(20);
      expect(body, meta.id).toContain(`"${meta.id}": "off"`);
      for (const name of Object.keys(meta.options ?? {})) expect(body, `${meta.id} option ${name}`).toContain(name);
    }
  });

  it('link every rule from the index', () => {
    const index = readFileSync(join(ROOT, INDEX_PATH), 'utf8');
    for (const id of IDS) expect(index).toContain(`[${id}](${id}.md)`);
  });
});

describe('regeneration', () => {
  const page = `${GENERATED_BEGIN}\n# old\n${GENERATED_END}\n\nHand-written body.\n`;

  it('replaces the header and keeps the body byte for byte', () => {
    const out = mergePage('x.md', page, `${GENERATED_BEGIN}\n# new\n${GENERATED_END}`, 'stub');
    expect(out).toBe(`${GENERATED_BEGIN}\n# new\n${GENERATED_END}\n\nHand-written body.\n`);
  });

  it('keeps a page without markers as the body under a new header', () => {
    expect(mergePage('x.md', 'Old text.\n', 'HEADER', 'stub')).toBe('HEADER\n\nOld text.\n');
  });

  it('refuses a page with a broken header', () => {
    expect(() => mergePage('x.md', `${GENERATED_BEGIN}\n# old\n`, 'HEADER', 'stub')).toThrow(/markers/);
  });

  describe('in a copy of the project', () => {
    let dir: string | undefined;
    afterEach(() => {
      if (dir) rmSync(dir, { recursive: true, force: true });
      dir = undefined;
    });

    function copy(): string {
      dir = tempDir('wirelint-docs-');
      cpSync(join(ROOT, 'docs'), join(dir, 'docs'), { recursive: true });
      cpSync(join(ROOT, 'schemas'), join(dir, 'schemas'), { recursive: true });
      cpSync(join(ROOT, README_PATH), join(dir, README_PATH));
      cpSync(join(ROOT, PACKAGE_PATH), join(dir, PACKAGE_PATH));
      return dir;
    }

    it('reports every drifted, missing or orphaned file, and writing repairs all but the orphan', () => {
      const root = copy();
      const first = RULES[0]!.meta.docs;
      const text = readFileSync(join(root, first), 'utf8');
      writeFileSync(join(root, first), text.replace(RULES[0]!.meta.description, 'An old description.'));
      rmSync(join(root, SCHEMA_PATH));
      writeFileSync(join(root, 'docs/rules/retired-rule.md'), '# retired-rule\n');
      expect(checkDocs(root)).toEqual([
        `${first} (out of date)`,
        `${SCHEMA_PATH} (missing)`,
        'docs/rules/retired-rule.md (no rule has this id: rename or delete the page)',
      ]);
      const { written, problems } = writeDocs(root);
      expect(written).toEqual([first, SCHEMA_PATH]);
      expect(problems).toHaveLength(1);
      expect(readFileSync(join(root, first), 'utf8')).toBe(text);
      rmSync(join(root, 'docs/rules/retired-rule.md'));
      expect(checkDocs(root)).toEqual([]);
    });

    it('regenerates the README rule table and the package.json rule list, and nothing else in those files', () => {
      const root = copy();
      const readme = readFileSync(join(root, README_PATH), 'utf8');
      const pkg = readFileSync(join(root, PACKAGE_PATH), 'utf8');
      // Drift as it happens: a profile ticked by hand, a rule missing from the setting.
      const row = readme.split('\n').find((l) => l.includes('[`dateline-month-format`]'))!;
      writeFileSync(join(root, README_PATH), readme.replace(row, row.replace(/– \| – \| ✓ \| ✓/, '– | ✓ | ✓ | ✓')));
      writeFileSync(join(root, PACKAGE_PATH), pkg.replace('              "quote-balance",\n', ''));
      expect(readFileSync(join(root, PACKAGE_PATH), 'utf8')).not.toBe(pkg);
      expect(readFileSync(join(root, README_PATH), 'utf8')).not.toBe(readme);
      expect(checkDocs(root)).toEqual([`${README_PATH} (out of date)`, `${PACKAGE_PATH} (out of date)`]);
      expect(writeDocs(root).written).toEqual([README_PATH, PACKAGE_PATH]);
      expect(readFileSync(join(root, README_PATH), 'utf8')).toBe(readme);
      expect(readFileSync(join(root, PACKAGE_PATH), 'utf8')).toBe(pkg);
      // Without its markers the table cannot be placed: an error, not a guess.
      writeFileSync(join(root, README_PATH), readme.replace(RULE_TABLE_END, ''));
      expect(checkDocs(root)).toEqual([expect.stringMatching(/^README\.md: needs exactly one /)]);
    });

    it('plans no change to a hand-written body', () => {
      const root = copy();
      for (const f of planDocs(root).files) {
        if (f.path.endsWith('.md')) expect(pageBody(f.content)).toBe(pageBody(f.current ?? ''));
      }
    });
  });
});

describe('wirelintrc schema', () => {
  const validate = compileSchema();

  it('lists exactly the registry rule ids', () => {
    const props = (readSchema().properties as { rules: { properties: Record<string, unknown> } }).rules.properties;
    expect(Object.keys(props)).toEqual(IDS);
  });

  it('offers "auto" and every profile', () => {
    const profile = (readSchema().properties as { profile: { enum: string[] } }).profile;
    expect(profile.enum).toEqual(['auto', ...PROFILE_IDS]);
  });

  const good: Array<[string, unknown]> = [
    ['empty', {}],
    ['profile only', { profile: 'ap' }],
    [
      'every form of rule setting',
      {
        $schema: './schemas/wirelintrc.schema.json',
        profile: 'auto',
        rules: {
          'quote-balance': 'off',
          'attrib-tense-mix': ['error'],
          'dateline-missing': ['info', {}],
          'quote-mixed-style': ['warning', { style: 'straight' }],
        },
      },
    ],
    ['every rule off', { rules: Object.fromEntries(IDS.map((id) => [id, 'off'])) }],
    [
      'severities as ESLint users type them',
      {
        rules: {
          'quote-balance': 'warn',
          'attrib-tense-mix': [2],
          'trailing-text': 0,
          'quote-mixed-style': [1, { style: 'straight' }],
        },
      },
    ],
    // Every option of every rule at its default value.
    ...RULES.filter((r) => r.meta.options).map((r): [string, unknown] => [
      `the default options of ${r.meta.id}`,
      {
        rules: {
          [r.meta.id]: [
            r.meta.defaultSeverity,
            Object.fromEntries(Object.entries(r.meta.options!).map(([k, spec]) => [k, spec.default])),
          ],
        },
      },
    ]),
  ];
  const bad: Array<[string, unknown]> = [
    ['unknown rule id', { rules: { 'dateline-caps': 'warning' } }],
    ['bad severity', { rules: { 'quote-balance': 'warnings' } }],
    ['severity number out of range', { rules: { 'quote-balance': 3 } }],
    ['severity number as a string', { rules: { 'quote-balance': ['2'] } }],
    ['bad severity in an array', { rules: { 'quote-balance': ['fatal'] } }],
    ['bad profile', { profile: 'reuter' }],
    ['unknown option', { rules: { 'quote-mixed-style': ['info', { quotes: 'curly' }] } }],
    ['option value outside its enum', { rules: { 'quote-mixed-style': ['info', { style: 'fancy' }] } }],
    ['option of the wrong type', { rules: { 'quote-mixed-style': ['info', { style: true }] } }],
    ['option for a rule that takes none', { rules: { 'quote-balance': ['info', { strict: true }] } }],
    ['options not an object', { rules: { 'quote-mixed-style': ['info', 'curly'] } }],
    ['too many items', { rules: { 'quote-mixed-style': ['info', {}, {}] } }],
    ['empty array', { rules: { 'quote-balance': [] } }],
    ['unknown top-level key', { rule: {} }],
    ['rules not an object', { rules: ['quote-balance'] }],
  ];

  it.each(good)('accepts %s', (_name, config) => {
    expect(validate(config), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each(bad)('rejects %s', (_name, config) => {
    expect(validate(config)).toBe(false);
  });

  it.each([...good, ...bad])('agrees with the config loader on %s', (_name, config) => {
    expect(validate(config)).toBe(validateConfig(config, RULES).errors.length === 0);
  });
});

/** The README's rule table as a reader sees it: each rule id with the profiles it is ticked under. */
function readmeTable(): Map<string, string[]> {
  const readme = readFileSync(join(ROOT, README_PATH), 'utf8');
  const lines = readme.slice(readme.indexOf(RULE_TABLE_BEGIN), readme.indexOf(RULE_TABLE_END)).split('\n');
  const cells = (l: string) =>
    l
      .slice(1, -1)
      .split(' | ')
      .map((c) => c.trim());
  const head = cells(lines[1]!);
  const rows = new Map<string, string[]>();
  for (const l of lines.slice(3).filter((x) => x.startsWith('|'))) {
    const c = cells(l);
    const id = /\[`([a-z-]+)`\]/.exec(c[1]!)![1]!;
    rows.set(
      id,
      head.flatMap((h, i) => (c[i] === '✓' ? [h] : [])),
    );
  }
  return rows;
}

describe('the README rule table', () => {
  const NAMES: Record<string, string> = { ...Object.fromEntries(PROFILE_IDS.map((p) => [p, PROFILES[p].name])) };
  NAMES.neutral = 'No tag';

  it('ticks each rule under exactly the profiles its metadata names, in registry order', () => {
    const table = readmeTable();
    expect([...table.keys()]).toEqual(IDS);
    for (const { meta } of RULES) {
      const want = (meta.profiles === 'all' ? PROFILE_IDS : meta.profiles).map((p) => NAMES[p]);
      expect(table.get(meta.id), meta.id).toEqual(PROFILE_IDS.map((p) => NAMES[p]).filter((n) => want.includes(n)));
    }
  });

  it('agrees with wirelint --list-rules', async () => {
    const { out } = await runCli(['--list-rules'], ROOT);
    const table = readmeTable();
    const listed = out
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split(/\s{2,}/));
    expect(listed.map((c) => c[0])).toEqual([...table.keys()]);
    for (const c of listed) {
      const profiles = c.find(
        (x) => /^(all|[a-z]+(,[a-z]+)*)$/.test(x) && x !== c[0] && !/^(warning|info|error|off|fix|suggest)$/.test(x),
      )!;
      const names = profiles === 'all' ? PROFILE_IDS.map((p) => NAMES[p]) : profiles.split(',').map((p) => NAMES[p]);
      expect(table.get(c[0]!), c[0]).toEqual(names);
    }
  });
});

describe('package.json settings', () => {
  it('names every rule in the wirelint.rules setting, and nothing else', () => {
    const pkg = JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8')) as {
      contributes: { configuration: { properties: Record<string, { propertyNames?: { enum?: string[] } }> } };
    };
    const names = pkg.contributes.configuration.properties['wirelint.rules']?.propertyNames?.enum ?? [];
    expect([...names].sort()).toEqual(RULES.map((r) => r.meta.id).sort());
  });
});
