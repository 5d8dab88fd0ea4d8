/**
 * lint(text, config) → findings, and fixAll: re-lint and apply safe fixes until nothing changes (10 passes at most).
 */
import { applyFixes } from './fixes';
import { ruleSetting, type WirelintConfig } from './config';
import { resolveProfile } from './profiles';
import { RULES } from './rules/index';
import { parseStory, type Story } from './story';
import type { Finding, Fix, ProfileId, Report, Rule, Severity } from './types';

export interface LintResult {
  profile: ProfileId;
  findings: Finding[];
  story: Story;
  /** Rules that failed on this text (a bug, reported rather than thrown). */
  internalErrors: Array<{ ruleId: string; message: string }>;
}

function clamp(n: number, len: number): number {
  return Number.isFinite(n) ? Math.max(0, Math.min(len, Math.trunc(n))) : 0;
}

function cleanFix(fix: Fix | undefined, len: number): Fix | undefined {
  if (!fix) return undefined;
  const [s, e] = fix.range;
  if (!(s >= 0 && e >= s && e <= len)) return undefined;
  return fix;
}

export function rulesFor(profile: ProfileId, rules: readonly Rule[] = RULES): Rule[] {
  return rules.filter((r) => r.meta.profiles === 'all' || r.meta.profiles.includes(profile));
}

interface PlannedRule {
  rule: Rule;
  severity: Severity;
  options: Record<string, unknown>;
  /** The config sets this rule's severity, so a rule's own milder severity does not apply. */
  explicit: boolean;
}

/**
 * The rules to run for a config and profile, with severity and options resolved, kept per config object: the
 * editor and the command line lint many texts with one config, so this is worked out once, not per keystroke.
 */
const plans = new WeakMap<WirelintConfig, WeakMap<readonly Rule[], Map<ProfileId, PlannedRule[]>>>();

function planFor(config: WirelintConfig, rules: readonly Rule[], profile: ProfileId): PlannedRule[] {
  let byRules = plans.get(config);
  if (!byRules) plans.set(config, (byRules = new WeakMap()));
  let byProfile = byRules.get(rules);
  if (!byProfile) byRules.set(rules, (byProfile = new Map()));
  let plan = byProfile.get(profile);
  if (!plan) {
    plan = [];
    for (const rule of rulesFor(profile, rules)) {
      const { severity, options } = ruleSetting(rule, config);
      if (severity === 'off') continue;
      plan.push({ rule, severity, options, explicit: config.rules?.[rule.meta.id] !== undefined });
    }
    byProfile.set(profile, plan);
  }
  return plan;
}

export function lint(text: string, config: WirelintConfig = {}, rules: readonly Rule[] = RULES): LintResult {
  const story = parseStory(text);
  const profile = resolveProfile(config.profile ?? 'auto', story);
  const findings: Finding[] = [];
  const internalErrors: LintResult['internalErrors'] = [];
  const len = text.length;
  for (const { rule, severity, options, explicit } of planFor(config, rules, profile)) {
    const ctx = {
      text,
      profile,
      config,
      options,
      report(r: Report): void {
        const start = clamp(r.start, len);
        const end = Math.max(start, clamp(r.end, len));
        const sev: Severity = explicit ? severity : (r.severity ?? severity);
        const f: Finding = { ruleId: rule.meta.id, message: r.message, severity: sev, start, end };
        const fix = cleanFix(r.fix, len);
        if (fix) f.fix = fix;
        const sugg = r.suggestions?.filter((s) => cleanFix(s.fix, len));
        if (sugg && sugg.length) f.suggestions = sugg;
        if (r.related?.length) f.related = r.related;
        findings.push(f);
      },
    };
    try {
      rule.check(story, ctx);
    } catch (err) {
      internalErrors.push({ ruleId: rule.meta.id, message: err instanceof Error ? err.message : String(err) });
    }
  }
  findings.sort(
    (a, b) => a.start - b.start || a.end - b.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0),
  );
  return { profile, findings, story, internalErrors };
}

export interface FixAllResult {
  output: string;
  /** Lint passes that applied at least one fix. */
  passes: number;
  /** Fixes applied over all passes. */
  fixed: number;
  /** Findings left in the output. */
  remaining: Finding[];
  profile: ProfileId;
}

/** Apply every safe fix, re-linting between passes, until the text stops changing. */
export function fixAll(text: string, config: WirelintConfig = {}, maxPasses = 10): FixAllResult {
  let cur = text;
  let passes = 0;
  let fixed = 0;
  let res = lint(cur, config);
  // Keep the profile of the original text, so that a fix to the tag cannot switch agencies mid-way.
  const pinned: WirelintConfig = {
    ...config,
    profile: res.profile === 'neutral' && !config.profile ? 'auto' : res.profile,
  };
  while (passes < maxPasses) {
    const fixes = res.findings.flatMap((f) => (f.fix ? [f.fix] : []));
    if (fixes.length === 0) break;
    const { output, applied } = applyFixes(cur, fixes);
    if (applied.length === 0 || output === cur) break;
    cur = output;
    passes++;
    fixed += applied.length;
    res = lint(cur, pinned);
  }
  return { output: cur, passes, fixed, remaining: res.findings, profile: res.profile };
}

export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/**
 * Fix-all as edits against the ORIGINAL text: each pass's fixes are mapped back through the earlier passes, and a
 * fix that touches text an earlier pass inserted is merged with that edit. Applying the edits (none overlap) gives
 * exactly fixAll's output, while every stretch the fixes leave alone stays outside every edit.
 */
export function fixAllEdits(
  text: string,
  config: WirelintConfig = {},
  maxPasses = 10,
): { edits: TextEdit[]; output: string } {
  let edits: TextEdit[] = [];
  let cur = text;
  let res = lint(cur, config);
  const pinned: WirelintConfig = {
    ...config,
    profile: res.profile === 'neutral' && !config.profile ? 'auto' : res.profile,
  };
  for (let pass = 0; pass < maxPasses; pass++) {
    const fixes = res.findings.flatMap((f) => (f.fix ? [f.fix] : []));
    if (fixes.length === 0) break;
    const { output, applied } = applyFixes(cur, fixes);
    if (applied.length === 0 || output === cur) break;
    // Apply this pass's fixes from the last to the first, so earlier cur offsets stay valid.
    for (const fix of [...applied].sort((a, b) => b.range[0] - a.range[0] || b.range[1] - a.range[1])) {
      edits = mergeEdit(edits, cur, fix);
      cur = cur.slice(0, fix.range[0]) + fix.text + cur.slice(fix.range[1]);
    }
    res = lint(cur, pinned);
  }
  return { edits, output: cur };
}

/** Where each edit sits in the current text. */
function curSpans(edits: TextEdit[]): Array<{ cs: number; ce: number; e: TextEdit }> {
  let delta = 0;
  return edits.map((e) => {
    const cs = e.start + delta;
    const ce = cs + e.text.length;
    delta += e.text.length - (e.end - e.start);
    return { cs, ce, e };
  });
}

function toOriginal(edits: TextEdit[], c: number): number {
  let delta = 0;
  for (const e of edits) {
    const cs = e.start + delta;
    if (c < cs) break;
    delta += e.text.length - (e.end - e.start);
  }
  return c - delta;
}

function mergeEdit(edits: TextEdit[], cur: string, fix: Fix): TextEdit[] {
  const [a, b] = fix.range;
  const spans = curSpans(edits);
  const touched = spans.filter((s) => s.cs <= b && s.ce >= a);
  const keep = spans.filter((s) => !(s.cs <= b && s.ce >= a)).map((s) => s.e);
  const A = Math.min(a, ...touched.map((s) => s.cs));
  const B = Math.max(b, ...touched.map((s) => s.ce));
  const first = touched[0];
  const last = touched[touched.length - 1];
  const oStart = first && first.cs <= a ? first.e.start : toOriginal(edits, A);
  const oEnd = last && last.ce >= b ? last.e.end : toOriginal(edits, B);
  const merged: TextEdit = { start: oStart, end: oEnd, text: cur.slice(A, a) + fix.text + cur.slice(b, B) };
  return [...keep, merged].sort((x, y) => x.start - y.start || x.end - y.end);
}
