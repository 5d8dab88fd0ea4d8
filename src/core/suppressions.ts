/**
 * Suppressions kept out of the copy: `.wirelint-ignore.json` beside the stories. Pure: the file format, its
 * validation, the fingerprint of a finding, applying entries to findings, and merging two lists of entries.
 * Reading, locking and writing the file happen outside the core (src/core/suppression-store.ts is the protocol,
 * the CLI and the extension supply the file system).
 *
 * The file:
 *
 *   {
 *     "version": 1,
 *     "suppressions": [
 *       {"file": "desk/story.txt", "rule": "dateline-month-format", "fingerprint": "9b1c…", "excerpt": "Jan.",
 *        "who": "ann", "when": "2025-01-14T09:30:00.000Z", "why": "archive copy"}
 *     ]
 *   }
 *
 * `file` is relative to the folder that holds the ignore file, with forward slashes. One entry per line, sorted by
 * file, rule and fingerprint, so the file diffs and merges well in version control.
 *
 * The fingerprint (see `fingerprintParts`) hashes the rule id, the flagged text (whitespace-normalised) and the
 * three words either side of it within its paragraph (letters and digits, lower case): an edit anywhere else in the
 * story, or a format fix beside it, keeps the entry; an edit of the flagged text or of a word right beside it
 * lapses it. Line endings (CRLF, LF, CR), re-wrapped lines and a byte-order mark do not change it. Identical text
 * with identical context (a paragraph repeated word for word) has one fingerprint, so one entry covers every copy.
 */
import { fixAll, fixAllEdits, lint, wordingEditsOf, type FixAllOptions, type TextEdit, type WordingEdit } from './lint';
import type { WirelintConfig } from './config';
import type { Finding, ProfileId, Span } from './types';

export const IGNORE_FILE = '.wirelint-ignore.json';
export const SUPPRESSIONS_VERSION = 1;
/** Words of context taken on each side of the flagged text. */
export const CONTEXT_WORDS = 3;
/** Characters looked at on each side when collecting context (bounds the work on very long paragraphs). */
const CONTEXT_WINDOW = 400;

export interface SuppressionEntry {
  /** The story, relative to the ignore file's folder, with forward slashes. */
  file: string;
  rule: string;
  /** 16 hex digits: FNV-1a 64 of the rule, the flagged text and its context. */
  fingerprint: string;
  /** The flagged text (for people reading the file; not used for matching). */
  excerpt: string;
  who: string;
  /** ISO 8601 time the entry was made. */
  when: string;
  why: string;
}

export interface SuppressionFile {
  version: typeof SUPPRESSIONS_VERSION;
  suppressions: SuppressionEntry[];
}

export interface SuppressionError {
  /** Index of the entry in `suppressions`, when the error is in one entry. */
  index?: number;
  /** The key at fault: `version`, `suppressions`, `suppressions[3].rule`. Empty for the file as a whole. */
  key: string;
  message: string;
}

/** A broken ignore file: refused for writing, and (in the CLI) a configuration error. */
export class SuppressionFileError extends Error {
  constructor(
    readonly file: string,
    readonly errors: SuppressionError[],
  ) {
    super(errors.map((e) => formatSuppressionError(e, file)).join('\n'));
    this.name = 'SuppressionFileError';
  }
}

export function formatSuppressionError(e: SuppressionError, file?: string): string {
  return `${file ? `${file}: ` : ''}${e.key ? `"${e.key}": ` : ''}${e.message}`;
}

export function emptySuppressionFile(): SuppressionFile {
  return { version: SUPPRESSIONS_VERSION, suppressions: [] };
}

const ENTRY_KEYS = ['file', 'rule', 'fingerprint', 'excerpt', 'who', 'when', 'why'] as const;
const ENTRY_KEY_SET = new Set<string>(ENTRY_KEYS);
const FINGERPRINT_RE = /^[0-9a-f]{16}$/;

const PLAIN_PATH = /^[^/\\]+(\/[^/\\]+)*$/;

function checkPath(file: string): string | undefined {
  // The common case, a plain relative path, in one test.
  if (PLAIN_PATH.test(file) && !/^[A-Za-z]:/.test(file) && !/(^|\/)\.\.?(\/|$)/.test(file)) return undefined;
  if (file === '') return 'must not be empty';
  if (file.includes('\\')) return 'must use forward slashes ("desk/story.txt")';
  if (file.startsWith('/') || /^[A-Za-z]:/.test(file))
    return "must be relative to the ignore file's folder, not absolute";
  return "must be a plain relative path inside the ignore file's folder (no '.', '..' or empty parts)";
}

const RULE_RE = /^[a-z0-9][a-z0-9-]*$/;
const ISO_RE = /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/;

/** What is wrong with one entry: [key, message] pairs (none for a good entry). */
function entryProblems(rec: Record<string, unknown>): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const k in rec) {
    if (!ENTRY_KEY_SET.has(k)) out.push([k, `unknown key; an entry has ${ENTRY_KEYS.join(', ')}`]);
  }
  for (const k of ENTRY_KEYS) {
    if (typeof rec[k] !== 'string') out.push([k, rec[k] === undefined ? 'is missing' : 'must be a string']);
  }
  if (typeof rec.file === 'string') {
    const why = checkPath(rec.file);
    if (why) out.push(['file', why]);
  }
  if (typeof rec.rule === 'string' && !RULE_RE.test(rec.rule)) out.push(['rule', `"${rec.rule}" is not a rule id`]);
  if (typeof rec.fingerprint === 'string' && !FINGERPRINT_RE.test(rec.fingerprint))
    out.push(['fingerprint', 'must be 16 lower-case hex digits']);
  if (typeof rec.when === 'string' && !(ISO_RE.test(rec.when) && !Number.isNaN(Date.parse(rec.when))))
    out.push(['when', 'must be a date and time (ISO 8601, such as 2025-01-14T09:30:00.000Z)']);
  return out;
}

/**
 * Parse and check the text of an ignore file. Never throws: bad JSON or a bad entry is an error naming the key
 * and the entry's index, and every good entry is still returned.
 */
export function parseSuppressions(text: string): { file: SuppressionFile; errors: SuppressionError[] } {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const errors: SuppressionError[] = [];
  const file = emptySuppressionFile();
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    return { file, errors: [{ key: '', message: `is not valid JSON (${msg})` }] };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { file, errors: [{ key: '', message: 'must be a JSON object {"version": 1, "suppressions": [...]}' }] };
  }
  const obj = raw as Record<string, unknown>;
  for (const k of Object.keys(obj)) {
    if (k !== 'version' && k !== 'suppressions' && k !== '$schema')
      errors.push({ key: k, message: 'unknown key (the file holds "version" and "suppressions")' });
  }
  if (obj.version !== SUPPRESSIONS_VERSION) {
    const newer = typeof obj.version === 'number' && obj.version > SUPPRESSIONS_VERSION;
    errors.push({
      key: 'version',
      message:
        obj.version === undefined
          ? 'is missing (it must be 1)'
          : newer
            ? `is ${obj.version}: the file was written by a newer Wirelint, which this one cannot read`
            : `must be 1, not ${JSON.stringify(obj.version)}`,
    });
    if (newer) return { file, errors };
  }
  if (obj.suppressions === undefined) {
    errors.push({ key: 'suppressions', message: 'is missing (it must be a list, possibly empty)' });
    return { file, errors };
  }
  if (!Array.isArray(obj.suppressions)) {
    errors.push({ key: 'suppressions', message: 'must be a list of entries' });
    return { file, errors };
  }
  const list = obj.suppressions as unknown[];
  for (let index = 0; index < list.length; index++) {
    const e = list[index];
    if (typeof e !== 'object' || e === null || Array.isArray(e)) {
      errors.push({ index, key: `suppressions[${index}]`, message: 'entry must be an object' });
      continue;
    }
    const problems = entryProblems(e as Record<string, unknown>);
    if (problems.length === 0) {
      const rec = e as Record<string, string>;
      file.suppressions.push({
        file: rec.file!,
        rule: rec.rule!,
        fingerprint: rec.fingerprint!,
        excerpt: rec.excerpt!,
        who: rec.who!,
        when: rec.when!,
        why: rec.why!,
      });
    }
    for (const [key, message] of problems)
      errors.push({ index, key: `suppressions[${index}].${key}`, message: `${message} (entry ${index})` });
  }
  return { file, errors };
}

/** The file's text: one entry per line, keys in a fixed order, entries sorted, ending in a newline. */
export function serializeSuppressions(file: SuppressionFile): string {
  const entries = mergeSuppressions(file.suppressions, []);
  if (entries.length === 0) return `{\n  "version": ${SUPPRESSIONS_VERSION},\n  "suppressions": []\n}\n`;
  const q = JSON.stringify;
  let body = '';
  for (const e of entries) {
    if (body) body += ',\n';
    body += `    {"file": ${q(e.file)}, "rule": ${q(e.rule)}, "fingerprint": ${q(e.fingerprint)}, "excerpt": ${q(e.excerpt)}, "who": ${q(e.who)}, "when": ${q(e.when)}, "why": ${q(e.why)}}`;
  }
  return `{\n  "version": ${SUPPRESSIONS_VERSION},\n  "suppressions": [\n${body}\n  ]\n}\n`;
}

export const suppressionKey = (e: Pick<SuppressionEntry, 'file' | 'rule' | 'fingerprint'>): string =>
  `${e.file}\u0000${e.rule}\u0000${e.fingerprint}`;

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Union of two lists, one entry per file + rule + fingerprint. When both hold the same key the older entry (by
 * `when`) is kept, so re-suppressing never rewrites who and why. Sorted by file, rule, fingerprint.
 */
export function mergeSuppressions(a: readonly SuppressionEntry[], b: readonly SuppressionEntry[]): SuppressionEntry[] {
  const byKey = new Map<string, SuppressionEntry>();
  for (const e of [...a, ...b]) {
    const k = suppressionKey(e);
    const old = byKey.get(k);
    if (!old || Date.parse(e.when) < Date.parse(old.when)) byKey.set(k, e);
  }
  return [...byKey.values()].sort(
    (x, y) => cmp(x.file, y.file) || cmp(x.rule, y.rule) || cmp(x.fingerprint, y.fingerprint),
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Fingerprints

const collapse = (s: string): string => s.replace(/\ufeff/g, '').replace(/\s+/g, ' ');
const WORD = /[\p{L}\p{N}]+/gu;
/** The words of a stretch of context: letters and digits only, lower case. */
const words = (s: string): string[] => (s.match(WORD) ?? []).map((w) => w.toLowerCase());

const PARAGRAPH_BREAK = /\n[ \t]*\n/;

/**
 * What a fingerprint is made of: the flagged text exactly (every run of whitespace, line endings included, as one
 * space), and the CONTEXT_WORDS words either side of it within its paragraph (never past a blank line), compared
 * by their letters and digits in lower case. So rewording the flagged text or a word beside it lapses the entry,
 * while a format fix beside it (a dash, a full stop, a quotation mark, a capital) or any edit further away keeps it.
 */
export function fingerprintParts(text: string, span: Span): { before: string; flagged: string; after: string } {
  const start = Math.max(0, Math.min(span.start, text.length));
  const end = Math.max(start, Math.min(span.end, text.length));
  const lf = (s: string): string => s.replace(/\r\n?/g, '\n');
  const head = lf(text.slice(Math.max(0, start - CONTEXT_WINDOW), start)).split(PARAGRAPH_BREAK);
  const tail = lf(text.slice(end, end + CONTEXT_WINDOW)).split(PARAGRAPH_BREAK);
  // A finding that starts right after a blank line has nothing before it in its paragraph.
  const before = words(head[head.length - 1]!)
    .slice(-CONTEXT_WORDS)
    .join(' ');
  const after = words(tail[0]!).slice(0, CONTEXT_WORDS).join(' ');
  return { before, flagged: collapse(text.slice(start, end)), after };
}

/**
 * FNV-1a, 64 bits, over the UTF-8 bytes of `s`; 16 lower-case hex digits. The 64-bit state is kept as two 32-bit
 * halves (the prime is 2^40 + 0x1b3, so a product needs only small multiplications and one shift).
 */
export function fnv1a64(s: string): string {
  let hi = 0xcbf29ce4;
  let lo = 0x84222325;
  const byte = (b: number): void => {
    lo = (lo ^ b) >>> 0;
    const low = lo * 0x1b3; // below 2^41: exact
    hi = (Math.imul(hi, 0x1b3) + Math.floor(low / 0x100000000) + (lo << 8)) >>> 0;
    lo = low >>> 0;
  };
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) byte(c);
    else if (c < 0x800) {
      byte(0xc0 | (c >> 6));
      byte(0x80 | (c & 0x3f));
    } else if (c < 0x10000) {
      byte(0xe0 | (c >> 12));
      byte(0x80 | ((c >> 6) & 0x3f));
      byte(0x80 | (c & 0x3f));
    } else {
      byte(0xf0 | (c >> 18));
      byte(0x80 | ((c >> 12) & 0x3f));
      byte(0x80 | ((c >> 6) & 0x3f));
      byte(0x80 | (c & 0x3f));
    }
  }
  return hi.toString(16).padStart(8, '0') + lo.toString(16).padStart(8, '0');
}

/** The fingerprint of a finding in `text`: stable across edits elsewhere, lapsing when its text changes. */
export function fingerprint(text: string, finding: Span & { ruleId: string }): string {
  const p = fingerprintParts(text, finding);
  return fnv1a64(`wirelint-suppression-v1\u0000${finding.ruleId}\u0000${p.before}\u0000${p.flagged}\u0000${p.after}`);
}

const EXCERPT_MAX = 80;

/** The flagged text as people should see it in the file (the words after it, for an empty range). */
export function excerptOf(text: string, finding: Span): string {
  const p = fingerprintParts(text, finding);
  const s = p.flagged.trim() || `‸ ${p.after}`;
  return s.length > EXCERPT_MAX ? `${s.slice(0, EXCERPT_MAX - 1)}…` : s;
}

/** A new entry for `finding` in `text`. */
export function makeSuppression(
  text: string,
  finding: Span & { ruleId: string },
  meta: { file: string; who: string; why: string; when?: string },
): SuppressionEntry {
  return {
    file: meta.file,
    rule: finding.ruleId,
    fingerprint: fingerprint(text, finding),
    excerpt: excerptOf(text, finding),
    who: meta.who,
    when: meta.when ?? new Date().toISOString(),
    why: meta.why,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Applying

export interface SuppressedFinding {
  finding: Finding;
  entry: SuppressionEntry;
}

export interface AppliedSuppressions {
  kept: Finding[];
  suppressed: SuppressedFinding[];
  /** Entries matching no finding (whose rule ran, when `ran` is given): the text changed or the problem went. */
  unusedEntries: SuppressionEntry[];
}

/**
 * Split findings into those still reported (their fixes and suggestions that would touch suppressed text taken
 * away) and those an entry suppresses. `entries` are the ignore file's
 * entries for this story (see `entriesFor`). `ran`, when given, says which rules ran on this story: an entry for
 * a rule that did not run (turned off, another agency's rule) is neither used nor unused.
 */
export function applySuppressions(
  findings: readonly Finding[],
  text: string,
  entries: readonly SuppressionEntry[],
  ran?: (ruleId: string) => boolean,
): AppliedSuppressions {
  if (entries.length === 0) return { kept: [...findings], suppressed: [], unusedEntries: [] };
  const byKey = new Map<string, SuppressionEntry>();
  for (const e of entries)
    if (!byKey.has(`${e.rule}\u0000${e.fingerprint}`)) byKey.set(`${e.rule}\u0000${e.fingerprint}`, e);
  // Only a finding of a rule with an entry can be suppressed: the others need no fingerprint (lint runs on every
  // keystroke, and a fingerprint is the costly part here).
  const rules = new Set(entries.map((e) => e.rule));
  const used = new Set<string>();
  const kept: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  for (const f of findings) {
    if (!rules.has(f.ruleId)) {
      kept.push(f);
      continue;
    }
    const k = `${f.ruleId}\u0000${fingerprint(text, f)}`;
    const entry = byKey.get(k);
    if (entry) {
      used.add(k);
      suppressed.push({ finding: f, entry });
    } else kept.push(f);
  }
  const unusedEntries = entries.filter((e) => !used.has(`${e.rule}\u0000${e.fingerprint}`) && (!ran || ran(e.rule)));
  // Suppressed text is never fixed, so no kept finding may offer a fix or suggestion that would change it.
  const clean = suppressed.length
    ? withoutBlockedFixes(
        kept,
        suppressed.map((x) => x.finding),
        text,
      )
    : kept;
  return { kept: clean, suppressed, unusedEntries };
}

/**
 * An ignore file's entries by story, built once per list read: after `--suppress-all` on an archive one file can
 * hold tens of thousands of entries, and every story (every keystroke, in an editor) asks for its own. A list read
 * from an ignore file is never changed in place; a change makes a new list.
 */
const entriesByFile = new WeakMap<readonly SuppressionEntry[], Map<string, SuppressionEntry[]>>();

/** The entries for one story, `file` being its path relative to the ignore file's folder with forward slashes. */
export function entriesFor(entries: readonly SuppressionEntry[], file: string): SuppressionEntry[] {
  let index = entriesByFile.get(entries);
  if (!index) {
    index = new Map();
    for (const e of entries) {
      const list = index.get(e.file);
      if (list) list.push(e);
      else index.set(e.file, [e]);
    }
    entriesByFile.set(entries, index);
  }
  return [...(index.get(file) ?? [])];
}

/** `path` relative to `folder` with forward slashes, or undefined when it is not inside it. Both use `/`. */
export function relativeStoryPath(folder: string, path: string): string | undefined {
  const prefix = folder.endsWith('/') ? folder : `${folder}/`;
  return path.startsWith(prefix) && path.length > prefix.length ? path.slice(prefix.length) : undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Fixing around suppressed findings

/** The text each suppressed finding guards: its span and its fix's range. */
const guardedSpans = (suppressed: readonly Finding[]): Span[] =>
  suppressed.map((f) => ({
    start: Math.min(f.start, f.fix?.range[0] ?? f.start),
    end: Math.max(f.end, f.fix?.range[1] ?? f.end),
  }));

const touchesAny = (e: Span, guarded: readonly Span[]): boolean =>
  guarded.some((g) => e.start <= g.end && g.start <= e.end);

/** Drop every edit that touches the span or fix range of a suppressed finding: suppressed text is never fixed. */
export function editsSparing(edits: readonly TextEdit[], suppressed: readonly Finding[]): TextEdit[] {
  if (suppressed.length === 0) return [...edits];
  const guarded = guardedSpans(suppressed);
  return edits.filter((e) => !touchesAny(e, guarded));
}

/** How far from a suppressed finding an edit can change its fingerprint (its context, with room to spare). */
const REACH = 2 * CONTEXT_WINDOW;
/** The stretch of text around a finding that its fingerprint is worked out from, before and after edits. */
const AROUND = 3 * CONTEXT_WINDOW;

const near = (e: TextEdit, f: Finding): boolean => e.end >= f.start - REACH && e.start <= f.end + REACH;

/**
 * Whether the suppressed finding `f` keeps its fingerprint when `edits` (none touching it, none overlapping, in
 * order) are made in `text`. Worked out on the text around it alone, so the cost does not grow with the story.
 */
function fingerprintHolds(text: string, f: Finding, edits: readonly TextEdit[]): boolean {
  const a = Math.max(0, f.start - AROUND);
  const b = Math.min(text.length, f.end + AROUND);
  const span = { ruleId: f.ruleId, start: f.start - a, end: f.end - a };
  let out = '';
  let pos = a;
  let shift = 0;
  for (const e of edits) {
    if (e.start < pos || e.end > b) continue;
    out += text.slice(pos, e.start) + e.text;
    pos = e.end;
    if (e.end <= f.start) shift += e.text.length - (e.end - e.start);
  }
  out += text.slice(pos, b);
  const before = text.slice(a, b);
  return fingerprint(before, span) === fingerprint(out, { ...span, start: span.start + shift, end: span.end + shift });
}

/** The suppressed findings of a text, sorted, for asking whether edits leave their fingerprints as they are. */
class FingerprintGuard {
  private readonly guards: Finding[];
  /** The length of the longest suppressed finding. */
  private readonly longest: number;

  constructor(
    private readonly text: string,
    suppressed: readonly Finding[],
  ) {
    this.guards = [...suppressed].sort((x, y) => x.start - y.start || x.end - y.end);
    this.longest = this.guards.reduce((n, f) => Math.max(n, f.end - f.start), 0);
  }

  /**
   * Whether `e` can be made beside the edits already `kept` (sorted, none overlapping, all before or at e) without
   * changing the fingerprint of a suppressed finding near it.
   */
  allows(kept: readonly TextEdit[], e: TextEdit): boolean {
    const g = this.guards;
    // The first finding that starts after the edit's reach; those before it may be near.
    let lo = 0;
    let hi = g.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (g[mid]!.start - REACH <= e.end) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo - 1; k >= 0; k--) {
      const f = g[k]!;
      if (!near(e, f)) {
        // Sorted by start: once a finding starts so far before the edit that the longest could not reach it, stop.
        if (f.start + this.longest + REACH < e.start) break;
        continue;
      }
      // The kept edits near f: kept is sorted and its edits do not overlap, so their ends rise too.
      let i = kept.length;
      while (i > 0 && kept[i - 1]!.end >= f.start - REACH) i--;
      if (!fingerprintHolds(this.text, f, [...kept.slice(i), e])) return false;
    }
    return true;
  }
}

/**
 * The edits, less those that would change the fingerprint of a suppressed finding (a word beside it reworded, as
 * `said he` → `he said` or `said on Monday` → `said Monday` do): such an edit would lapse the entry, and the next
 * run would then fix the text the entry kept. Edits are taken in order, each tried with those already kept.
 */
export function editsKeepingFingerprints(
  text: string,
  edits: readonly TextEdit[],
  suppressed: readonly Finding[],
): TextEdit[] {
  if (suppressed.length === 0 || edits.length === 0) return [...edits];
  const guard = new FingerprintGuard(text, suppressed);
  const kept: TextEdit[] = [];
  for (const e of [...edits].sort((x, y) => x.start - y.start || x.end - y.end))
    if (guard.allows(kept, e)) kept.push(e);
  return kept;
}

/**
 * The findings with their fixes and suggestions taken away where those would touch suppressed text: such a fix is
 * never made, so a report must not offer it ("can be fixed with --fix") either.
 */
export function withoutBlockedFixes(
  findings: readonly Finding[],
  suppressed: readonly Finding[],
  text?: string,
): Finding[] {
  if (suppressed.length === 0) return [...findings];
  const guarded = guardedSpans(suppressed);
  const guard = text === undefined ? undefined : new FingerprintGuard(text, suppressed);
  const blocked = (fix: { range: [number, number]; text: string }): boolean => {
    const e = { start: fix.range[0], end: fix.range[1], text: fix.text };
    return touchesAny(e, guarded) || (guard !== undefined && !guard.allows([], e));
  };
  return findings.map((f) => {
    const fixBlocked = f.fix !== undefined && blocked(f.fix);
    const suggestions = f.suggestions?.filter((sg) => !blocked(sg.fix));
    if (!fixBlocked && suggestions?.length === f.suggestions?.length) return f;
    const out: Finding = { ...f };
    if (fixBlocked) delete out.fix;
    if (suggestions?.length) out.suggestions = suggestions;
    else delete out.suggestions;
    return out;
  });
}

/**
 * fixAllEdits for a story, leaving the text of suppressed findings alone, and the words their fingerprints are made
 * of, so that no entry lapses (format fixes unless `options` say).
 */
export function fixAllEditsSparing(
  text: string,
  config: WirelintConfig,
  suppressed: readonly Finding[],
  options?: number | FixAllOptions,
): { edits: TextEdit[]; result?: SparingResult } {
  const full = fixAllEdits(text, config, options);
  const { edits } = full;
  let kept = editsKeepingFingerprints(text, editsSparing(edits, suppressed), suppressed);
  const whole = (): { edits: TextEdit[]; result?: SparingResult } => {
    // Every edit kept: the text is fix-all's, and so are its findings and agency.
    if (kept.length === edits.length) {
      return { edits: kept, result: { output: full.output, remaining: full.remaining, profile: full.profile } };
    }
    return { edits: kept };
  };
  if (suppressed.length === 0 || kept.length === 0) return whole();
  // A fix can also change what a finding covers (a fix to the dateline changes how the story reads). Check the
  // fixed text as the next run will read it: where an entry would lapse, the edits near its finding are held back.
  const prints = suppressed.map((f) => ({ f, key: `${f.ruleId}\u0000${fingerprint(text, f)}` }));
  const rules = new Set(suppressed.map((f) => f.ruleId));
  for (let round = 0; round < 3; round++) {
    if (kept.length === edits.length) return whole();
    const output = applyEdits(text, kept);
    // Linted as the next run reads it: under the agency the fixed text reads as, as fix-all ends.
    const res = lint(output, config);
    const now = new Set(
      res.findings.filter((f) => rules.has(f.ruleId)).map((f) => `${f.ruleId}\u0000${fingerprint(output, f)}`),
    );
    const lapsed = prints.filter((p) => !now.has(p.key)).map((p) => p.f);
    const next = lapsed.length === 0 ? kept : kept.filter((e) => !lapsed.some((f) => near(e, f)));
    if (next.length === kept.length)
      return { edits: kept, result: { output, remaining: res.findings, profile: res.profile } };
    kept = next;
  }
  return whole();
}

/** The text fix-all leaves when it spares suppressed findings, with the findings and agency of that text. */
export interface SparingResult {
  output: string;
  remaining: Finding[];
  profile: ProfileId;
}

const findingKey = (f: Finding): string => `${f.ruleId}\u0000${f.start}\u0000${f.end}`;

/**
 * wordingEdits for a story, leaving suppressed findings alone: a suppressed finding offers no wording fix, and no
 * wording fix touches the text of one. `suppressed` are findings in `text` (as the editor keeps them). `findings`,
 * when given, are the findings of `text` already linted with `config` (suppressed ones may be among them), so the
 * story is not linted again.
 */
export function wordingEditsSparing(
  text: string,
  config: WirelintConfig,
  suppressed: readonly Finding[],
  findings?: readonly Finding[],
): WordingEdit[] {
  const all = findings ?? lint(text, config).findings;
  if (suppressed.length === 0) return wordingEditsOf(text, all);
  const skip = new Set(suppressed.map(findingKey));
  const guarded = guardedSpans(suppressed);
  const guard = new FingerprintGuard(text, suppressed);
  const kept = all.filter((f) => {
    if (skip.has(findingKey(f))) return false;
    const s = f.suggestions?.[0];
    if (!s) return true;
    const e = { start: s.fix.range[0], end: s.fix.range[1], text: s.fix.text };
    return !touchesAny(e, guarded) && guard.allows([], e);
  });
  return wordingEditsOf(text, kept);
}

/** Apply non-overlapping edits given against `text`. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const parts: string[] = [];
  let pos = 0;
  for (const e of [...edits].sort((a, b) => a.start - b.start || a.end - b.end)) {
    if (e.start < pos) continue;
    parts.push(text.slice(pos, e.start), e.text);
    pos = e.end;
  }
  parts.push(text.slice(pos));
  return parts.join('');
}

/**
 * fixAll that leaves suppressed text alone: when an entry suppresses a finding in `text`, the fixes are computed
 * as edits against `text`, those touching suppressed findings are dropped, and the rest applied. `remaining` are
 * the findings in `output` (before suppressions are applied to them). `options` as for fixAll (format fixes only
 * unless they say otherwise).
 */
export function fixAllSparing(
  text: string,
  config: WirelintConfig,
  entries: readonly SuppressionEntry[],
  options?: number | FixAllOptions,
): { output: string; remaining: Finding[]; profile: ProfileId } {
  if (entries.length === 0) return fixAll(text, config, options);
  const first = lint(text, config);
  const { suppressed } = applySuppressions(first.findings, text, entries);
  if (suppressed.length === 0) return fixAll(text, config, options);
  const { edits, result } = fixAllEditsSparing(
    text,
    config,
    suppressed.map((s) => s.finding),
    options,
  );
  const output = applyEdits(text, edits);
  if (output === text) return { output, remaining: first.findings, profile: first.profile };
  if (result && result.output === output) return result;
  // As fix-all ends: the fixed text read as the agency it now reads as (a fix to the dateline can change it).
  const res = lint(output, config);
  return { output, remaining: res.findings, profile: res.profile };
}
