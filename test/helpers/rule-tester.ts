/**
 * A table tester for one rule, in the spirit of ESLint's RuleTester:
 *  - valid: the rule reports nothing;
 *  - invalid: the rule reports exactly the listed findings (flagged text, optional message pattern and severity);
 *    `output` is the text after applying the rule's safe fixes (required when the rule produces a fix, and it must
 *    differ from the input); `output: null` asserts that no safe fix is offered;
 *    `suggestions` lists, in order, the text after applying each suggestion of the first finding.
 */
import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../src/core/fixes';
import { lint } from '../../src/core/lint';
import { RULES_BY_ID } from '../../src/core/rules/index';
import type { ProfileSetting, Severity } from '../../src/core/types';

export interface ValidCase {
  name?: string;
  code: string;
  profile?: ProfileSetting;
  options?: Record<string, unknown>;
}

export interface ExpectedFinding {
  /** The exact text the finding covers. */
  text: string;
  message?: RegExp;
  severity?: Severity;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedFinding[];
  output?: string | null;
  suggestions?: string[];
}

function run(ruleId: string, c: ValidCase) {
  const rule = RULES_BY_ID.get(ruleId);
  if (!rule) throw new Error(`no rule ${ruleId}`);
  const setting = c.options
    ? ([rule.meta.defaultSeverity === 'off' ? 'warning' : rule.meta.defaultSeverity, c.options] as const)
    : undefined;
  const config = { profile: c.profile ?? 'auto', rules: setting ? { [ruleId]: [...setting] as never } : undefined };
  return lint(c.code, config, [rule]);
}

export function ruleTester(ruleId: string, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(ruleId, () => {
    it('has at least one valid and one invalid case', () => {
      expect(cases.valid.length).toBeGreaterThan(0);
      expect(cases.invalid.length).toBeGreaterThan(0);
    });
    cases.valid.forEach((c, i) => {
      it(`valid #${i + 1}${c.name ? `: ${c.name}` : ''}`, () => {
        const r = run(ruleId, c);
        expect(r.internalErrors).toEqual([]);
        expect(r.findings.map((f) => `${f.message} [${c.code.slice(f.start, f.end)}]`)).toEqual([]);
      });
    });
    cases.invalid.forEach((c, i) => {
      it(`invalid #${i + 1}${c.name ? `: ${c.name}` : ''}`, () => {
        const r = run(ruleId, c);
        expect(r.internalErrors).toEqual([]);
        expect(r.findings.map((f) => c.code.slice(f.start, f.end))).toEqual(c.errors.map((e) => e.text));
        r.findings.forEach((f, k) => {
          const e = c.errors[k]!;
          if (e.message) expect(f.message).toMatch(e.message);
          if (e.severity) expect(f.severity).toBe(e.severity);
          expect(f.end).toBeGreaterThanOrEqual(f.start);
        });
        const fixes = r.findings.flatMap((f) => (f.fix ? [f.fix] : []));
        if (c.output === null) {
          expect(fixes).toEqual([]);
        } else if (fixes.length > 0) {
          expect(c.output, 'the rule fixed the text: give the expected output').toBeTypeOf('string');
          expect(c.output, 'output must differ from the input').not.toBe(c.code);
          expect(applyFixes(c.code, fixes).output).toBe(c.output);
        } else if (c.output !== undefined) {
          expect(fixes.length, 'an output was expected but the rule offered no fix').toBeGreaterThan(0);
        }
        if (c.suggestions) {
          const sugg = r.findings[0]?.suggestions ?? [];
          expect(sugg.map((s) => applyFixes(c.code, [s.fix]).output)).toEqual(c.suggestions);
        }
      });
    });
  });
}
