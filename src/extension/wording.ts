/**
 * "Review all wording fixes…": the wording tier of fix-all. Every wording fix of a story (each finding's first
 * suggestion: a loaded verb, a tense, an honorific …) goes into ONE workspace edit whose entries need confirmation,
 * so VS Code opens its refactor preview with a tick box for each change; nothing changes until the editor applies
 * it. Format fixes are not part of it (fix all and fix on save make those), and suppressed findings offer nothing.
 */
import * as vscode from 'vscode';
import { wordingEditsSparing } from '../core/suppressions';
import type { Linter } from './linter';
import { isStory } from './stories';
import { openDocument } from './files';

export const REVIEW_WORDING = 'wirelint.reviewWordingFixes';

export interface ReviewWordingArg {
  /** The story, an open document; the active editor's document when absent. */
  uri?: string;
  /** Return the entries the preview would show instead of opening it (for tests). */
  dryRun?: boolean;
}

interface PlainPosition {
  line: number;
  character: number;
}

/** One change of the review, as plain data. */
export interface ReviewEntry {
  /** Offsets in the story's text. */
  start: number;
  end: number;
  range: { start: PlainPosition; end: PlainPosition };
  newText: string;
  needsConfirmation: boolean;
  /** The suggestion, as in the light-bulb menu: `Replace "claimed" with "said"`. */
  label: string;
  /** The rule. */
  description: string;
}

export interface ReviewPlan {
  uri: string;
  /** The document version the entries were computed for. */
  version: number;
  entries: ReviewEntry[];
}

const plain = (p: vscode.Position): PlainPosition => ({ line: p.line, character: p.character });

/**
 * The review of `doc` as it is now: its entries and the workspace edit that carries them. VS Code's preview groups
 * entries by label, so under "Group Changes by Type" the same change (one rule's) is one group.
 */
export async function wordingReview(
  linter: Linter,
  doc: vscode.TextDocument,
): Promise<{ plan: ReviewPlan; edit: vscode.WorkspaceEdit }> {
  // A lint is made for the version it read; should the text have moved on since, the review offers nothing.
  const entry = await linter.lint(doc);
  const text = doc.getText();
  const version = doc.version;
  const items =
    entry.version === version ? wordingEditsSparing(text, entry.config, entry.suppressed, entry.result.findings) : [];
  const edit = new vscode.WorkspaceEdit();
  const entries: ReviewEntry[] = [];
  for (const w of items) {
    const range = new vscode.Range(doc.positionAt(w.edit.start), doc.positionAt(w.edit.end));
    const metadata: vscode.WorkspaceEditEntryMetadata = {
      needsConfirmation: true,
      label: w.desc,
      description: w.ruleId,
    };
    edit.replace(doc.uri, range, w.edit.text, metadata);
    entries.push({
      start: w.edit.start,
      end: w.edit.end,
      range: { start: plain(range.start), end: plain(range.end) },
      newText: w.edit.text,
      needsConfirmation: metadata.needsConfirmation,
      label: metadata.label,
      description: metadata.description ?? '',
    });
  }
  return { plan: { uri: doc.uri.toString(), version, entries }, edit };
}

/**
 * The command. Opens the refactor preview and resolves once the editor has applied (true) or discarded (false) the
 * changes; with `{dryRun: true}` returns the plan and changes nothing.
 */
export async function reviewWordingFixes(linter: Linter, arg?: ReviewWordingArg): Promise<boolean | ReviewPlan> {
  const dryRun = arg?.dryRun === true;
  const doc = arg?.uri ? openDocument(arg.uri) : vscode.window.activeTextEditor?.document;
  if (!doc || !isStory(doc)) {
    if (dryRun) return { uri: arg?.uri ?? doc?.uri.toString() ?? '', version: doc?.version ?? -1, entries: [] };
    void vscode.window.showInformationMessage('Wirelint: open a wire story to review its wording.');
    return false;
  }
  const { plan, edit } = await wordingReview(linter, doc);
  if (dryRun) return plan;
  if (plan.entries.length === 0) {
    void vscode.window.showInformationMessage('Wirelint: no wording fixes to review in this story.');
    return false;
  }
  return vscode.workspace.applyEdit(edit, { isRefactoring: true });
}
