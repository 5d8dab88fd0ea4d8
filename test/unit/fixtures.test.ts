/**
 * Whole-story fixtures: each line of test/fixtures/*.txt may end with markers such as `{dateline-agency-tag}`, one
 * per expected finding on that line. The markers are removed before linting; the findings (every severity) must
 * match them exactly. The fixed story must re-lint with nothing left to fix.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixAll, lint } from '../../src/core/lint';
import { RULES_BY_ID } from '../../src/core/rules/index';

const DIR = join(__dirname, '../fixtures');
const MARKER = / \{([a-z0-9-]+)\}/g;

function parseFixture(raw: string): { text: string; expected: string[] } {
  const expected: string[] = [];
  const lines = raw.split('\n').map((line, i) => {
    for (const m of line.matchAll(MARKER)) expected.push(`${i + 1}:${m[1]}`);
    return line.replace(MARKER, '');
  });
  return { text: lines.join('\n'), expected: expected.sort() };
}

const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort();

describe('whole-story fixtures', () => {
  it('exist and name only known rules', () => {
    expect(files.length).toBeGreaterThanOrEqual(6);
    for (const f of files) {
      for (const e of parseFixture(readFileSync(join(DIR, f), 'utf8')).expected) {
        expect(RULES_BY_ID.has(e.split(':')[1]!), `${f}: ${e}`).toBe(true);
      }
    }
  });

  for (const f of files) {
    it(f, () => {
      const { text, expected } = parseFixture(readFileSync(join(DIR, f), 'utf8'));
      const r = lint(text);
      expect(r.internalErrors).toEqual([]);
      const got = r.findings.map((x) => `${r.story.lines.positionAt(x.start).line}:${x.ruleId}`).sort();
      expect(got).toEqual(expected);
      const fixed = fixAll(text);
      expect(fixed.passes).toBeLessThanOrEqual(3);
      expect(lint(fixed.output, { profile: fixed.profile }).findings.filter((x) => x.fix)).toEqual([]);
      expect(fixed.output).toMatchSnapshot();
    });
  }
});
