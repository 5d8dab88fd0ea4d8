/**
 * Edits to the text of a `.wirelintrc.json` that keep everything the edit does not touch: comments, trailing commas,
 * key order, line endings and layout. The edits are computed with jsonc-parser's `modify` (never by splicing JSON by
 * hand), laid out in the file's own indentation. Pure: the editor or the command line applies the edits.
 *
 * - Inserting into a list or object written over several lines lays the new item out one key a line, indented as
 *   the file is; inserting into one written on one line keeps it on that line: `[{"pattern": "a"}, {"pattern": …}]`.
 * - Replacing a value (a rule's severity) changes that value alone, keeping a rule's options.
 * - A file that is not valid JSON with comments, or whose keys have the wrong type, is never edited: the functions
 *   throw ConfigEditError, so a person can fix the file first.
 */
import {
  applyEdits,
  findNodeAtLocation,
  modify,
  parseTree,
  type Edit,
  type FormattingOptions,
  type JSONPath,
  type Node,
} from 'jsonc-parser/lib/esm/main.js'; // the ES module build: see config.ts
import { parseJsonc } from './config';
import type { SeveritySetting } from './types';
import { checkVocabularyEntry, compileVocabulary, type VocabularyEntry } from './vocabulary';

/** Replace text[start, end) with `text`; offsets are UTF-16 units into the original file text. */
export interface ConfigTextEdit {
  start: number;
  end: number;
  text: string;
}

export class ConfigEditError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigEditError';
  }
}

/** The file's line ending and indentation (the smallest indent before a key or bracket; tabs if tabs prevail). */
export function detectFormatting(text: string): FormattingOptions {
  const eol = text.includes('\r\n') ? '\r\n' : text.includes('\r') && !text.includes('\n') ? '\r' : '\n';
  let tabs = 0;
  let spaced = 0;
  let unit = 0;
  for (const line of text.split(/\r\n|\r|\n/)) {
    const m = /^([ \t]+)["{}[\]]/.exec(line);
    if (!m) continue;
    const indent = m[1]!;
    if (indent.startsWith('\t')) {
      tabs++;
      continue;
    }
    spaced++;
    unit = unit === 0 ? indent.length : Math.min(unit, indent.length);
  }
  if (tabs > spaced) return { insertSpaces: false, tabSize: 4, eol };
  return { insertSpaces: true, tabSize: unit || 2, eol };
}

/** JSON on one line with a space after colons and commas: {"pattern": "Kiev", "allow": true}. */
function inlineJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(inlineJson).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const parts = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${JSON.stringify(k)}: ${inlineJson(v)}`);
    return `{${parts.join(', ')}}`;
  }
  return JSON.stringify(value);
}

interface Parsed {
  /** The text without a byte-order mark. */
  body: string;
  /** 1 when the text starts with a byte-order mark: edit offsets are shifted by it. */
  shift: number;
  /** The root object; undefined for an empty file. */
  root?: Node;
  value: Record<string, unknown>;
}

function parse(text: string): Parsed {
  const shift = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const body = text.slice(shift);
  if (body.trim() === '') return { body, shift, value: {} };
  const { value, error } = parseJsonc(body);
  if (error) throw new ConfigEditError(`The config file cannot be edited: it ${error}.`);
  const root = parseTree(body);
  if (!root || root.type !== 'object' || value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new ConfigEditError('The config file cannot be edited: it is not a JSON object.');
  }
  return { body, shift, root, value: value as Record<string, unknown> };
}

function oneLine(body: string, node: Node): boolean {
  return !/[\r\n]/.test(body.slice(node.offset, node.offset + node.length));
}

function shifted(p: Parsed, raw: readonly Edit[]): ConfigTextEdit[] {
  return raw.map((e) => ({ start: e.offset + p.shift, end: e.offset + e.length + p.shift, text: e.content }));
}

/** The edits that replace the value at `path` (a severity), touching that value alone. */
function replaceEdits(p: Parsed, path: JSONPath, value: unknown): ConfigTextEdit[] {
  return shifted(p, modify(p.body, path, value, {}));
}

/**
 * The edits that put `value` into `container` (the object or list at `path` minus its last segment): appended to a
 * list when the last segment is -1, or as a new property. The new item is laid out as its neighbours are:
 * - a container written over several lines gets the item on lines of its own, at the last item's indentation and
 *   in the file's indent unit, so no existing line changes; a list whose last item is written on one line
 *   (`{ "pattern": "a" },`) gets the new item on one line too, and a comment after the last item stays on its line;
 * - a container written on one line gets it on that line: `{"pattern": "a"}, {"pattern": "b"}`;
 * - an empty container (or an empty file) is laid out by jsonc-parser's formatter in the file's formatting.
 */
function insertEdits(p: Parsed, path: JSONPath, value: unknown, container: Node | undefined): ConfigTextEdit[] {
  const { body } = p;
  const insert = path[path.length - 1] === -1;
  const formatting = detectFormatting(body);
  const eol = formatting.eol!;
  if (!p.root) {
    // An empty (or blank) file becomes the new object, ending with a line break.
    const content = applyEdits('', modify('', path, value, { formattingOptions: formatting }));
    return shifted(p, [{ offset: 0, length: body.length, content: content + eol }]);
  }
  if (!container || !container.children?.length) {
    return shifted(p, modify(body, path, value, { isArrayInsertion: insert, formattingOptions: formatting }));
  }
  // Where jsonc-parser puts the item (after the last one, before any comma or comment that follows it).
  const raw = modify(body, path, value, { isArrayInsertion: insert });
  const key = typeof path[path.length - 1] === 'string' ? `${JSON.stringify(path[path.length - 1])}: ` : '';
  const last = container.children[container.children.length - 1]!;
  if (oneLine(body, container)) {
    const inline =
      last.type === 'object' || last.type === 'array'
        ? layoutLike(body, last, value, '', formatting)
        : inlineJson(value);
    return shifted(
      p,
      raw.map((e) => ({ ...e, content: `, ${key}${inline}` })),
    );
  }
  const indent = indentBefore(body, last);
  const item = layoutLike(body, last, value, indent, formatting);
  // A comment after the last item, on its line, stays with that item: the new one goes on the next line (after
  // the item's comma when it has one, keeping a trailing comma after the new last item too).
  const lastEnd = last.offset + last.length;
  const lineEnd = endOfLine(body, lastEnd);
  const rest = /^[ \t]*(,?)[ \t]*(?:\/\/.*|\/\*(?:(?!\*\/)[^\r\n])*\*\/)[ \t]*$/.exec(body.slice(lastEnd, lineEnd));
  if (rest && raw.length === 1 && raw[0]!.offset === lastEnd) {
    const line = `${eol}${indent}${key}${item}`;
    return shifted(
      p,
      rest[1]
        ? [{ offset: lineEnd, length: 0, content: `${line},` }]
        : [
            { offset: lastEnd, length: 0, content: ',' },
            { offset: lineEnd, length: 0, content: line },
          ],
    );
  }
  return shifted(
    p,
    raw.map((e) => ({ ...e, content: `,${eol}${indent}${key}${item}` })),
  );
}

/** Where the line holding `offset` ends (before its line break). */
function endOfLine(body: string, offset: number): number {
  const m = /[\r\n]/.exec(body.slice(offset));
  return m ? offset + m.index : body.length;
}

/** The spaces and tabs before `node` on its line; undefined when something else comes first on the line. */
function ownIndent(body: string, node: Node): string | undefined {
  const lineStart = Math.max(body.lastIndexOf('\n', node.offset - 1), body.lastIndexOf('\r', node.offset - 1)) + 1;
  const before = body.slice(lineStart, node.offset);
  return /^[ \t]*$/.test(before) ? before : undefined;
}

function indentBefore(body: string, node: Node): string {
  const lineStart = Math.max(body.lastIndexOf('\n', node.offset - 1), body.lastIndexOf('\r', node.offset - 1)) + 1;
  return /^[ \t]*/.exec(body.slice(lineStart, node.offset))![0];
}

/**
 * `value` laid out as its neighbour `sibling` is: a list item written on one line (`{ "pattern": "a" }`) gives a
 * new item on one line, with the same spaces inside its braces; otherwise one key a line, in the file's indent
 * unit, starting at `indent`.
 */
function layoutLike(
  body: string,
  sibling: Node,
  value: unknown,
  indent: string,
  formatting: FormattingOptions,
): string {
  if (
    (sibling.type === 'object' || sibling.type === 'array') &&
    value !== null &&
    typeof value === 'object' &&
    oneLine(body, sibling)
  ) {
    const inline = inlineJson(value);
    const padded = /^[{[][ \t]/.test(body.slice(sibling.offset, sibling.offset + 2)) && inline.length > 2;
    return padded ? `${inline[0]} ${inline.slice(1, -1)} ${inline[inline.length - 1]}` : inline;
  }
  const unit = formatting.insertSpaces ? ' '.repeat(formatting.tabSize ?? 2) : '\t';
  return JSON.stringify(value, null, unit)
    .split('\n')
    .join(formatting.eol! + indent);
}

/**
 * The edits that put `value` into the list `container` (at `path`) as its item number `index`, before the item
 * now there: on a line of its own, at that item's indentation, when the item starts its line; else on the item's
 * line (`{"pattern": "new"}, {"pattern": "old"}`).
 */
function insertBeforeEdits(p: Parsed, container: Node, index: number, value: unknown): ConfigTextEdit[] {
  const { body } = p;
  const next = container.children![index]!;
  const formatting = detectFormatting(body);
  const indent = ownIndent(body, next);
  if (indent === undefined || oneLine(body, container)) {
    const inline = oneLine(body, next) ? layoutLike(body, next, value, '', formatting) : inlineJson(value);
    return shifted(p, [{ offset: next.offset, length: 0, content: `${inline}, ` }]);
  }
  const item = layoutLike(body, next, value, indent, formatting);
  return shifted(p, [{ offset: next.offset, length: 0, content: `${item},${formatting.eol!}${indent}` }]);
}

/** Apply edits (as returned here) to the text. */
export function applyConfigEdits(text: string, list: readonly ConfigTextEdit[]): string {
  return applyEdits(
    text,
    list.map((e) => ({ offset: e.start, length: e.end - e.start, content: e.text })),
  );
}

function vocabularyNode(p: Parsed): Node | undefined {
  if (!p.root) return undefined;
  const node = findNodeAtLocation(p.root, ['vocabulary']);
  if (node && node.type !== 'array') {
    throw new ConfigEditError('The config file cannot be edited: its "vocabulary" is not a list.');
  }
  return node;
}

/**
 * The edits that add a vocabulary entry (creating "vocabulary" when the file has none): appended, or, with
 * `index`, put in as entry number `index`, before the entry now there (where entries flag the same text, the
 * one listed first wins).
 */
export function vocabularyEntryEdits(
  text: string,
  entry: VocabularyEntry,
  options: { index?: number } = {},
): ConfigTextEdit[] {
  const { problems } = checkVocabularyEntry(entry);
  if (problems.length) throw new ConfigEditError(`The vocabulary entry is not valid: it ${problems.join('; ')}.`);
  const p = parse(text);
  const list = vocabularyNode(p);
  const index = options.index;
  if (list && index !== undefined && index >= 0 && index < (list.children?.length ?? 0)) {
    return insertBeforeEdits(p, list, index, entry);
  }
  if (list) return insertEdits(p, ['vocabulary', -1], entry, list);
  return insertEdits(p, ['vocabulary'], [entry], p.root);
}

/** "Always use X here": the text with the entry appended to "vocabulary". */
export function addVocabularyEntry(text: string, entry: VocabularyEntry): string {
  return applyConfigEdits(text, vocabularyEntryEdits(text, entry));
}

/**
 * The index of the first entry in the file's "vocabulary" that flags the whole of `phrase` (whatever its
 * profiles), or undefined when none does. Allow entries and entries that are not valid do not count.
 */
export function firstEntryFlagging(text: string, phrase: string): number | undefined {
  const list = parse(text).value.vocabulary;
  if (!Array.isArray(list) || phrase === '') return undefined;
  // Left out as `null` (not valid, so skipped) keeps every other entry at its index in the file.
  const flagging = list.map((e: unknown) => {
    if (e === null || typeof e !== 'object' || Array.isArray(e) || (e as VocabularyEntry).allow) return null;
    const copy = { ...(e as Record<string, unknown>) };
    delete copy.profiles;
    return copy;
  });
  const found = compileVocabulary(flagging, 'neutral', false)
    .find(phrase, [{ start: 0, end: phrase.length }])
    .find((m) => m.start === 0 && m.end === phrase.length);
  return found?.c.index;
}

function sameEntry(a: unknown, b: VocabularyEntry): boolean {
  if (a === null || typeof a !== 'object' || Array.isArray(a)) return false;
  const keys = (o: object): string[] => Object.keys(o).filter((k) => (o as Record<string, unknown>)[k] !== undefined);
  const ka = keys(a);
  const kb = keys(b);
  return (
    ka.length === kb.length &&
    kb.every((k) => JSON.stringify((a as Record<string, unknown>)[k]) === JSON.stringify(b[k as keyof VocabularyEntry]))
  );
}

/**
 * "Always use X here": the edits that add `entry` (`{"pattern": "hue", "replacement": "shade"}`) so that it decides
 * what its pattern becomes from now on. It goes in before the first entry of the file that flags the same text (a
 * list of candidates, say), so it wins over that one, and otherwise at the end (your entries always win over the
 * built-in list). None when the file already has the very same entry.
 */
export function choiceEntryEdits(text: string, entry: VocabularyEntry): ConfigTextEdit[] {
  const list = parse(text).value.vocabulary;
  if (Array.isArray(list) && list.some((e: unknown) => sameEntry(e, entry))) return [];
  const index = entry.regex ? undefined : firstEntryFlagging(text, entry.pattern);
  return vocabularyEntryEdits(text, entry, { index });
}

/** The text with `entry` added as choiceEntryEdits puts it. */
export function addChoiceEntry(text: string, entry: VocabularyEntry): string {
  return applyConfigEdits(text, choiceEntryEdits(text, entry));
}

/** The edits that add `{"pattern": word, "allow": true}`; none when the file already has that allow entry. */
export function allowEntryEdits(text: string, word: string): ConfigTextEdit[] {
  const p = parse(text);
  const list = p.value.vocabulary;
  if (
    Array.isArray(list) &&
    list.some(
      (e) =>
        e !== null && typeof e === 'object' && (e as VocabularyEntry).pattern === word && (e as VocabularyEntry).allow,
    )
  ) {
    return [];
  }
  return vocabularyEntryEdits(text, { pattern: word, allow: true });
}

/** "Accept this word": the text with an allow entry for `word` (unchanged when there is one). */
export function addAllowEntry(text: string, word: string): string {
  return applyConfigEdits(text, allowEntryEdits(text, word));
}

/**
 * The edits that set a rule's severity in "rules": a rule written `[severity, {options}]` keeps its options; a rule
 * not listed is added; none when it already has that severity.
 */
export function ruleSeverityEdits(text: string, ruleId: string, severity: SeveritySetting): ConfigTextEdit[] {
  const p = parse(text);
  const rules = p.root ? findNodeAtLocation(p.root, ['rules']) : undefined;
  if (rules && rules.type !== 'object') {
    throw new ConfigEditError('The config file cannot be edited: its "rules" is not an object.');
  }
  const current = rules ? findNodeAtLocation(rules, [ruleId]) : undefined;
  if (current) {
    if (current.type === 'array' && current.children?.length) {
      if (current.children[0]!.value === severity) return [];
      return replaceEdits(p, ['rules', ruleId, 0], severity);
    }
    if (current.value === severity) return [];
    return replaceEdits(p, ['rules', ruleId], severity);
  }
  if (rules) return insertEdits(p, ['rules', ruleId], severity, rules);
  return insertEdits(p, ['rules'], { [ruleId]: severity }, p.root);
}

/** The text with a rule's severity set (its options kept). */
export function setRuleSeverity(text: string, ruleId: string, severity: SeveritySetting): string {
  return applyConfigEdits(text, ruleSeverityEdits(text, ruleId, severity));
}
