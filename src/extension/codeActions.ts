/**
 * Quick fixes on a finding — its safe fix (preferred), each suggestion, for house vocabulary "Always use X here" and
 * "Accept this word" (entries in .wirelintrc.json, see configEdits.ts), fix all of this rule, fix all safe
 * problems, review all wording fixes (the refactor preview), ignore this finding (in .wirelint-ignore.json), turn
 * the rule off for the workspace, open the rule's page — and `source.fixAll.wirelint` for fix-on-save, which makes
 * format fixes only. Edits carry the document version they were computed for and are refused once it has moved
 * on. Suppressed findings get no actions and are never fixed. Fix all and fix on save leave info-level findings
 * to a person unless `wirelint.fixSeverity` is `info`.
 */
import * as vscode from 'vscode';
import type { WirelintConfig } from '../core/config';
import { fixAllEdits, type FixAllOptions, type TextEdit } from '../core/lint';
import { excerptOf, fixAllEditsSparing, wordingEditsSparing } from '../core/suppressions';
import type { Finding, ProfileId } from '../core/types';
import { acceptPattern, alwaysUseEntry } from '../core/vocabulary-choice';
import { ACCEPT_WORD, ALWAYS_USE, type AcceptWordArg, type AlwaysUseArg } from './configEdits';
import { ruleIdOf } from './convert';
import type { Linter } from './linter';
import { readSettings } from './settings';
import { isStory } from './stories';
import { IGNORE_FINDING, type IgnoreFindingArg } from './suppressions';
import { REVIEW_WORDING, type ReviewWordingArg } from './wording';
import { openDocument } from './files';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('wirelint');
export const APPLY_EDITS = 'wirelint.applyEdits';
export const DISABLE_RULE = 'wirelint.disableRule';
export const OPEN_RULE_DOCS = 'wirelint.openRuleDocs';

export interface VersionedEdits {
  uri: string;
  version: number;
  edits: TextEdit[];
}

/** Apply offset edits to the document, but only if it is still at the version they were made for. */
export async function applyVersionedEdits(arg: VersionedEdits): Promise<boolean> {
  const doc = openDocument(arg.uri);
  if (!doc || doc.version !== arg.version) {
    void vscode.window.showWarningMessage(
      'Wirelint: the story changed before the fix could be applied. Try the fix again.',
    );
    return false;
  }
  const we = new vscode.WorkspaceEdit();
  for (const e of arg.edits)
    we.replace(doc.uri, new vscode.Range(doc.positionAt(e.start), doc.positionAt(e.end)), e.text);
  return vscode.workspace.applyEdit(we);
}

/**
 * What fix all and fix on save apply: format fixes of findings at `wirelint.fixSeverity` and above (warnings and
 * errors unless set to info: an info finding is for a person to judge).
 */
export function fixAllOptions(doc: vscode.TextDocument): FixAllOptions {
  return { minSeverity: readSettings(doc.uri).fixSeverity };
}

function editsCommand(title: string, doc: vscode.TextDocument, edits: TextEdit[]): vscode.Command {
  const arg: VersionedEdits = { uri: doc.uri.toString(), version: doc.version, edits };
  return { title, command: APPLY_EDITS, arguments: [arg] };
}

const overlaps = (f: Finding, doc: vscode.TextDocument, range: vscode.Range): boolean =>
  new vscode.Range(doc.positionAt(f.start), doc.positionAt(f.end)).intersection(range) !== undefined;

export class WirelintCodeActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND];

  constructor(private readonly linter: Linter) {}

  async provideCodeActions(
    doc: vscode.TextDocument,
    range: vscode.Range,
    context: vscode.CodeActionContext,
  ): Promise<vscode.CodeAction[]> {
    if (!isStory(doc)) return [];
    const version = doc.version;
    const only = context.only;
    const fixAllRequest = !!only && (FIX_ALL_KIND.contains(only) || only.contains(FIX_ALL_KIND));
    if (only && !fixAllRequest && !vscode.CodeActionKind.QuickFix.intersects(only)) return [];
    const wanted = new Set(context.diagnostics.map(ruleIdOf).filter((x): x is string => !!x));
    // A light-bulb request with none of our problems under the cursor costs nothing.
    if (!fixAllRequest && wanted.size === 0) return [];
    const entry = await this.linter.lint(doc);
    if (doc.version !== version) return [];
    const config = entry.config;
    if (fixAllRequest) return this.fixAllActions(doc, config, entry.suppressed);
    // The text once: each read of a document copies all of it.
    const text = doc.getText();
    const actions: vscode.CodeAction[] = [];
    const seenRules = new Set<string>();
    const ignores: Array<[vscode.CodeAction, Finding]> = [];
    for (const f of entry.result.findings) {
      if (!wanted.has(f.ruleId) || !overlaps(f, doc, range)) continue;
      const diag = context.diagnostics.filter((d) => ruleIdOf(d) === f.ruleId && d.range.intersection(range));
      if (f.fix) {
        const fix = f.fix;
        const a = new vscode.CodeAction(
          `Fix: ${describeFix(text, fix.range, fix.text)}`,
          vscode.CodeActionKind.QuickFix,
        );
        a.diagnostics = diag;
        a.isPreferred = true;
        a.command = editsCommand(a.title, doc, [{ start: fix.range[0], end: fix.range[1], text: fix.text }]);
        actions.push(a);
      }
      for (const s of f.suggestions ?? []) {
        const a = new vscode.CodeAction(s.desc, vscode.CodeActionKind.QuickFix);
        a.diagnostics = diag;
        a.command = editsCommand(s.desc, doc, [{ start: s.fix.range[0], end: s.fix.range[1], text: s.fix.text }]);
        actions.push(a);
      }
      if (f.ruleId === HOUSE_VOCABULARY)
        actions.push(...vocabularyActions(doc, text, f, diag, config, entry.result.profile));
      // Kept in .wirelint-ignore.json beside the story, never in the copy; a saved story only.
      if (doc.uri.scheme !== 'untitled') {
        const a = new vscode.CodeAction('Ignore this finding…', vscode.CodeActionKind.QuickFix);
        a.diagnostics = diag;
        const arg: IgnoreFindingArg = {
          uri: doc.uri.toString(),
          version: doc.version,
          ruleId: f.ruleId,
          start: f.start,
          end: f.end,
        };
        a.command = { title: a.title, command: IGNORE_FINDING, arguments: [arg] };
        actions.push(a);
        ignores.push([a, f]);
      }
      if (seenRules.has(f.ruleId)) continue;
      seenRules.add(f.ruleId);
      const sameRule = entry.result.findings.filter((x) => x.ruleId === f.ruleId && x.fix);
      if (sameRule.length > 1) {
        const a = new vscode.CodeAction(`Fix all ${f.ruleId} problems in this story`, vscode.CodeActionKind.QuickFix);
        a.command = editsCommand(
          a.title,
          doc,
          nonOverlapping(sameRule.map((x) => ({ start: x.fix!.range[0], end: x.fix!.range[1], text: x.fix!.text }))),
        );
        actions.push(a);
      }
      const off = new vscode.CodeAction(`Turn off ${f.ruleId} for this workspace`, vscode.CodeActionKind.QuickFix);
      off.command = { title: off.title, command: DISABLE_RULE, arguments: [f.ruleId, doc.uri.toString()] };
      const docs = new vscode.CodeAction(`Show documentation for ${f.ruleId}`, vscode.CodeActionKind.QuickFix);
      docs.command = { title: docs.title, command: OPEN_RULE_DOCS, arguments: [f.ruleId] };
      actions.push(off, docs);
    }
    // Several findings under the cursor: say which one each "Ignore" is for.
    if (ignores.length > 1)
      for (const [a, f] of ignores) a.title = `Ignore this finding (${f.ruleId}: "${excerptOf(text, f)}")…`;
    if (entry.result.findings.some((x) => x.fix) && actions.length) {
      const { edits } = fixAllEditsSparing(text, config, entry.suppressed, fixAllOptions(doc));
      if (edits.length) {
        const a = new vscode.CodeAction('Fix all safe Wirelint problems in this story', vscode.CodeActionKind.QuickFix);
        a.command = editsCommand(a.title, doc, edits);
        actions.push(a);
      }
    }
    // The wording tier: every first suggestion in one refactor preview, each change ticked or not by the editor.
    if (
      actions.length &&
      entry.result.findings.some((x) => x.suggestions?.length) &&
      wordingEditsSparing(text, config, entry.suppressed, entry.result.findings).length
    ) {
      const a = new vscode.CodeAction('Review all wording fixes in this story…', vscode.CodeActionKind.QuickFix);
      const arg: ReviewWordingArg = { uri: doc.uri.toString() };
      a.command = { title: a.title, command: REVIEW_WORDING, arguments: [arg] };
      actions.push(a);
    }
    return actions;
  }

  private fixAllActions(
    doc: vscode.TextDocument,
    config: NonNullable<Parameters<typeof fixAllEdits>[1]>,
    suppressed: readonly Finding[],
  ): vscode.CodeAction[] {
    // Suppressed findings are left as they are, on save too.
    const { edits } = fixAllEditsSparing(doc.getText(), config, suppressed, fixAllOptions(doc));
    if (edits.length === 0) return [];
    const a = new vscode.CodeAction('Fix all safe Wirelint problems', FIX_ALL_KIND);
    const we = new vscode.WorkspaceEdit();
    for (const e of edits)
      we.replace(doc.uri, new vscode.Range(doc.positionAt(e.start), doc.positionAt(e.end)), e.text);
    a.edit = we;
    return [a];
  }
}

const HOUSE_VOCABULARY = 'house-vocabulary';

const shown = (s: string): string => (s.length > 40 ? `${s.slice(0, 39)}…` : s);

/**
 * On a house-vocabulary finding, after its own fix or suggestions: "Always use “X” here" for each candidate X
 * (X into the story, and an entry making X the word's one fix into .wirelintrc.json), and "Accept “word”", an
 * allow entry. Both are commands, so a config that cannot be edited leaves the story alone too.
 */
function vocabularyActions(
  doc: vscode.TextDocument,
  text: string,
  f: Finding,
  diag: vscode.Diagnostic[],
  config: WirelintConfig,
  profile: ProfileId,
): vscode.CodeAction[] {
  // The word as written, spaces collapsed; nothing to offer for a match of spaces alone.
  const pattern = acceptPattern(text, f);
  if (!pattern) return [];
  const out: vscode.CodeAction[] = [];
  const fixes = f.fix ? [f.fix] : (f.suggestions ?? []).map((s) => s.fix);
  const seen = new Set<string>();
  for (const fix of fixes) {
    if (seen.has(fix.text) || !fix.text) continue;
    seen.add(fix.text);
    const a = new vscode.CodeAction(`Always use “${shown(fix.text)}” here`, vscode.CodeActionKind.QuickFix);
    a.diagnostics = diag;
    const arg: AlwaysUseArg = {
      uri: doc.uri.toString(),
      version: doc.version,
      start: fix.range[0],
      end: fix.range[1],
      text: fix.text,
      entry: alwaysUseEntry(text, f, fix.text, config, profile),
    };
    a.command = { title: a.title, command: ALWAYS_USE, arguments: [arg] };
    out.push(a);
  }
  const a = new vscode.CodeAction(`Accept “${shown(pattern)}” (add to the house list)`, vscode.CodeActionKind.QuickFix);
  a.diagnostics = diag;
  const arg: AcceptWordArg = { uri: doc.uri.toString(), pattern };
  a.command = { title: a.title, command: ACCEPT_WORD, arguments: [arg] };
  out.push(a);
  return out;
}

function nonOverlapping(edits: TextEdit[]): TextEdit[] {
  const out: TextEdit[] = [];
  let end = -1;
  for (const e of [...edits].sort((a, b) => a.start - b.start || a.end - b.end)) {
    if (e.start < end || (e.start === e.end && e.start === end)) continue;
    out.push(e);
    end = e.end;
  }
  return out;
}

function describeFix(text: string, range: [number, number], replacement: string): string {
  const old = text.slice(range[0], range[1]);
  const show = (s: string): string => `"${s.length > 30 ? `${s.slice(0, 29)}…` : s}"`.replace(/\r?\n/g, '⏎');
  if (!old) return `insert ${show(replacement)}`;
  if (!replacement) return `remove ${show(old)}`;
  return `${show(old)} → ${show(replacement)}`;
}
