/**
 * lint(text, config) → findings, and fixAll: re-lint and apply safe fixes until nothing changes (10 passes at most);
 * with the wording tier, first suggestions too. wordingEdits: one pass of first suggestions, for a review.
 */
import { applyFixes, fitsText, isValidFix } from './fixes';
import { ruleSetting, type WirelintConfig } from './config';
import { resolveProfile } from './profiles';
import { RULES } from './rules/index';
import { parseStory, type Story } from './story';
import { splitsCharacter } from './text';
import type { Finding, Fix, ProfileId, Report, Rule, RuleContext, Severity } from './types';

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

/** The fix, if it lies in the text and neither starts nor ends inside a character (a surrogate pair, a CRLF). */
function cleanFix(fix: Fix | undefined, text: string): Fix | undefined {
  return fix && fitsText(fix, text) ? fix : undefined;
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
 * A config is therefore treated as immutable once linted with: a changed config must be a new object (as
 * mergeConfigs, the command line and the editor's config service all make).
 */
const plans = new WeakMap<WirelintConfig, WeakMap<readonly Rule[], Map<ProfileId, PlannedRule[]>>>();

/** The plan of the last call: the editor and the command line lint text after text with one config and profile. */
let lastPlan: { config: WirelintConfig; rules: readonly Rule[]; profile: ProfileId; plan: PlannedRule[] } | undefined;

function planFor(config: WirelintConfig, rules: readonly Rule[], profile: ProfileId): PlannedRule[] {
  if (lastPlan && lastPlan.config === config && lastPlan.rules === rules && lastPlan.profile === profile) {
    return lastPlan.plan;
  }
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
  lastPlan = { config, rules, profile, plan };
  return plan;
}

export function lint(text: string, config: WirelintConfig = {}, rules: readonly Rule[] = RULES): LintResult {
  const story = parseStory(text);
  const profile = resolveProfile(config.profile ?? 'auto', story);
  const findings: Finding[] = [];
  const internalErrors: LintResult['internalErrors'] = [];
  const len = text.length;
  const plan = planFor(config, rules, profile);
  // One context for all the rules of this lint; the rule it reports for changes as the loop goes on.
  let current = plan[0] as PlannedRule;
  const ctx = {
    text,
    profile,
    config,
    options: {} as RuleContext['options'],
    report(r: Report): void {
      // A finding covers whole characters: never half a surrogate pair or half a CRLF.
      let start = clamp(r.start, len);
      if (splitsCharacter(text, start)) start--;
      let end = Math.max(start, clamp(r.end, len));
      if (splitsCharacter(text, end)) end++;
      const sev: Severity = current.explicit && !r.ownSeverity ? current.severity : (r.severity ?? current.severity);
      const f: Finding = { ruleId: current.rule.meta.id, message: r.message, severity: sev, start, end };
      const fix = cleanFix(r.fix, text);
      if (fix) f.fix = fix;
      const sugg = r.suggestions?.filter((s) => cleanFix(s.fix, text));
      if (sugg && sugg.length) f.suggestions = sugg;
      if (r.related?.length) f.related = r.related;
      findings.push(f);
    },
  };
  for (let i = 0; i < plan.length; i++) {
    current = plan[i] as PlannedRule;
    ctx.options = current.options;
    try {
      current.rule.check(story, ctx satisfies RuleContext);
    } catch (err) {
      internalErrors.push({
        ruleId: current.rule.meta.id,
        message: err instanceof Error ? err.message : String(err),
      });
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

/**
 * The two tiers of fixes. `format`: each finding's `fix`, safe and format-only (fix-all, fix on save, `--fix`).
 * `wording`: each finding's FIRST suggestion, a change of wording a person should review.
 */
export type FixType = 'format' | 'wording';

export interface FixAllOptions {
  /** Lint passes at most (10). */
  maxPasses?: number;
  /** Which tiers to apply; `['format']` unless given. */
  types?: readonly FixType[];
  /**
   * Fix findings at this severity and above only. Unless given, every severity; the command line, fix all and fix
   * on save pass `'warning'` unless told otherwise, since info means a person should judge.
   */
  minSeverity?: Severity;
}

/** The default of `--fix-severity` and `wirelint.fixSeverity`: info-level findings are left for a person. */
export const DEFAULT_FIX_SEVERITY: Severity = 'warning';

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { info: 0, warning: 1, error: 2 };

interface ResolvedFixOptions {
  maxPasses: number;
  format: boolean;
  wording: boolean;
  minRank: number;
}

function fixOptions(options: number | FixAllOptions | undefined): ResolvedFixOptions {
  const o: FixAllOptions = typeof options === 'number' ? { maxPasses: options } : (options ?? {});
  const types = o.types ?? ['format'];
  return {
    maxPasses: o.maxPasses ?? 10,
    format: types.includes('format'),
    wording: types.includes('wording'),
    minRank: SEVERITY_RANK[o.minSeverity ?? 'info'] ?? 0,
  };
}

/** The profile fix-all keeps while it re-lints, so that a fix to the tag cannot switch agencies mid-way. */
function pinProfile(config: WirelintConfig, profile: ProfileId): WirelintConfig {
  return { ...config, profile: profile === 'neutral' && !config.profile ? 'auto' : profile };
}

/**
 * The course of one fix-all, shared by fixAll and fixAllEdits so that both take the same steps. It keeps the profile
 * of the text while passes run, and ends the run:
 * - when a pass gives a text an earlier pass gave (two fixes undoing each other): the run stops at that text, so a
 *   second run, which starts from it and comes back to it, ends there too;
 * - when the text settles: if it now reads as another agency than the one kept (a fix changed the dateline), the
 *   passes go on under that agency, as the next run would (twice at most), so that two runs equal one.
 */
class FixCourse {
  pinned: WirelintConfig;
  private readonly seen = new Set<string>();
  private repins = 0;
  /** The text the profile was last read from. */
  private readAt: string;

  constructor(
    private readonly config: WirelintConfig,
    text: string,
    first: LintResult,
  ) {
    this.pinned = pinProfile(config, first.profile);
    this.seen.add(text);
    this.readAt = text;
  }

  /** After a pass that made `output`: false when an earlier pass made the same text. */
  fresh(output: string): boolean {
    if (this.seen.has(output)) return false;
    this.seen.add(output);
    return true;
  }

  /** The text `cur` has no fix left under the kept profile: the lint to go on with, or undefined to stop. */
  settled(cur: string, res: LintResult): LintResult | undefined {
    const auto = this.config.profile === undefined || this.config.profile === 'auto';
    if (!auto || this.pinned.profile === 'auto' || this.repins >= 2 || cur === this.readAt) return undefined;
    this.readAt = cur;
    // Reading the agency takes the story alone, not the rules.
    const profile = resolveProfile('auto', parseStory(cur));
    if (profile === res.profile) return undefined;
    this.repins++;
    this.pinned = pinProfile(this.config, profile);
    return lint(cur, this.pinned);
  }
}

/** Two fixes that cannot both be applied: their ranges overlap, or both insert at the same place. */
function clash(a: Fix, b: Fix): boolean {
  const [as, ae] = a.range;
  const [bs, be] = b.range;
  return (as < be && bs < ae) || (as === ae && bs === be && as === bs);
}

const byRange = (a: Fix, b: Fix): number => a.range[0] - b.range[0] || a.range[1] - b.range[1];

/**
 * `first` (sorted, none clashing) plus every fix of `more` that clashes with none of them nor with an earlier one
 * of `more` (by position): the fixes of one pass, none overlapping.
 */
function addWithout(first: readonly Fix[], more: readonly Fix[], len: number): Fix[] {
  const extra: Fix[] = [];
  const sorted = more
    .map((f, i) => ({ f, i }))
    .filter((x) => isValidFix(x.f, len))
    .sort((a, b) => byRange(a.f, b.f) || a.i - b.i)
    .map((x) => x.f);
  for (const w of sorted) {
    const last = extra[extra.length - 1];
    if (last && clash(last, w)) continue;
    // `first` is sorted and its fixes do not overlap, so their ends rise too: find the first that ends at or
    // after w starts, and look at those that start before w ends.
    let lo = 0;
    let hi = first.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (first[mid]!.range[1] < w.range[0]) lo = mid + 1;
      else hi = mid;
    }
    let ok = true;
    for (let k = lo; k < first.length && first[k]!.range[0] <= w.range[1]; k++) {
      if (clash(first[k]!, w)) {
        ok = false;
        break;
      }
    }
    if (ok) extra.push(w);
  }
  return extra.length ? [...first, ...extra] : [...first];
}

/**
 * The fixes one pass applies: the format fixes (as applyFixes picks them), then the first suggestion of each
 * finding that overlaps none of them; a suggestion that does waits for the next pass. Findings below the options'
 * severity give none.
 */
function passFixes(text: string, all: readonly Finding[], o: ResolvedFixOptions): Fix[] {
  const findings = o.minRank > 0 ? all.filter((f) => SEVERITY_RANK[f.severity] >= o.minRank) : all;
  const format = o.format ? findings.flatMap((f) => (f.fix ? [f.fix] : [])) : [];
  if (!o.wording) return format;
  const wording = findings.flatMap((f) => {
    const s = f.suggestions?.[0];
    // A suggestion that changes nothing would only hold up others that overlap it; a choice is the editor's.
    return s && !s.choice && text.slice(s.fix.range[0], s.fix.range[1]) !== s.fix.text ? [s.fix] : [];
  });
  if (wording.length === 0) return format;
  const base = format.length ? applyFixes(text, format).applied : [];
  return addWithout(base, wording, text.length);
}

/**
 * Apply every safe (format) fix, re-linting between passes, until the text stops changing. With
 * `types: ['format', 'wording']` each finding's first suggestion is applied too; `['wording']` applies only those.
 * A number as the third argument is `maxPasses`, as before.
 */
export function fixAll(text: string, config: WirelintConfig = {}, options?: number | FixAllOptions): FixAllResult {
  const o = fixOptions(options);
  let cur = text;
  let passes = 0;
  let fixed = 0;
  let res = lint(cur, config);
  const course = new FixCourse(config, cur, res);
  while (passes < o.maxPasses) {
    const fixes = passFixes(cur, res.findings, o);
    const { output, applied } = fixes.length ? applyFixes(cur, fixes) : { output: cur, applied: [] };
    if (applied.length === 0 || output === cur) {
      const next = course.settled(cur, res);
      if (!next) break;
      res = next;
      continue;
    }
    cur = output;
    passes++;
    fixed += applied.length;
    res = lint(cur, course.pinned);
    if (!course.fresh(cur)) break;
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
 * exactly fixAll's output (with the same options), while every stretch the fixes leave alone stays outside every
 * edit. `remaining` and `profile` are those of its last lint, as fixAll reports them.
 */
export function fixAllEdits(
  text: string,
  config: WirelintConfig = {},
  options?: number | FixAllOptions,
): { edits: TextEdit[]; output: string; remaining: Finding[]; profile: ProfileId } {
  const o = fixOptions(options);
  let edits: TextEdit[] = [];
  let cur = text;
  let res = lint(cur, config);
  const course = new FixCourse(config, cur, res);
  for (let pass = 0; pass < o.maxPasses;) {
    const fixes = passFixes(cur, res.findings, o);
    const { output, applied } = fixes.length ? applyFixes(cur, fixes) : { output: cur, applied: [] };
    if (applied.length === 0 || output === cur) {
      const next = course.settled(cur, res);
      if (!next) break;
      res = next;
      continue;
    }
    pass++;
    // Apply this pass's fixes from the last to the first, so earlier cur offsets stay valid.
    for (const fix of [...applied].sort((a, b) => b.range[0] - a.range[0] || b.range[1] - a.range[1])) {
      edits = mergeEdit(edits, cur, fix);
      cur = cur.slice(0, fix.range[0]) + fix.text + cur.slice(fix.range[1]);
    }
    res = lint(cur, course.pinned);
    if (!course.fresh(cur)) break;
  }
  return { edits, output: cur, remaining: res.findings, profile: res.profile };
}

/** One wording fix for review: a finding's first suggestion as an edit of the text. */
export interface WordingEdit {
  edit: TextEdit;
  ruleId: string;
  /** The finding's message. */
  message: string;
  /** The suggestion's description, for a menu or a preview: `Replace "claimed" with "said"`. */
  desc: string;
}

/**
 * The wording fixes of `findings` (found in `text`): each one's first suggestion as an edit of `text`, in order of
 * position, none overlapping (of two that overlap, the later is dropped), no-op changes left out.
 */
export function wordingEditsOf(text: string, findings: readonly Finding[]): WordingEdit[] {
  const items = findings
    .flatMap((f, i) => {
      const s = f.suggestions?.[0];
      if (!s || s.choice || !isValidFix(s.fix, text.length)) return [];
      if (text.slice(s.fix.range[0], s.fix.range[1]) === s.fix.text) return [];
      return [{ f, s, i }];
    })
    .sort((a, b) => byRange(a.s.fix, b.s.fix) || a.i - b.i);
  const out: WordingEdit[] = [];
  let last: Fix | undefined;
  for (const { f, s } of items) {
    if (last && clash(last, s.fix)) continue;
    last = s.fix;
    out.push({
      edit: { start: s.fix.range[0], end: s.fix.range[1], text: s.fix.text },
      ruleId: f.ruleId,
      message: f.message,
      desc: s.desc,
    });
  }
  return out;
}

/**
 * The wording fixes of one pass over `text`, as edits of `text` that do not overlap: for a review where each
 * change is accepted or left on its own (the editor's refactor preview). Format fixes are not included.
 */
export function wordingEdits(text: string, config: WirelintConfig = {}): WordingEdit[] {
  return wordingEditsOf(text, lint(text, config).findings);
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
