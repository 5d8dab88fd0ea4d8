/** Core findings → VS Code diagnostics. */
import * as vscode from 'vscode';
import { RULES_BY_ID } from '../core/rules/index';
import { LineIndex } from '../core/text';
import type { Finding, Severity } from '../core/types';

export const SOURCE = 'wirelint';

let extensionUri: vscode.Uri | undefined;
let extensionId: string | undefined;
export function setExtension(uri: vscode.Uri, id: string): void {
  extensionUri = uri;
  extensionId = id;
}

/** The rule's page, shipped with the extension so it opens offline. */
export function docsUri(ruleId: string): vscode.Uri {
  const docs = RULES_BY_ID.get(ruleId)?.meta.docs ?? `docs/rules/${ruleId}.md`;
  if (!extensionUri) return vscode.Uri.parse(`https://localhost/${docs}`);
  return vscode.Uri.joinPath(extensionUri, ...docs.split('/'));
}

/** Where a rule link (hover, Problems panel) leads: the extension's own URI, which opens the rendered page. */
export const DOCS_LINK_PATH = '/docs/rules/';

/**
 * The link a problem's rule code carries. VS Code opens a file link in a text editor (the raw, editable page), so
 * the link is the extension's URI instead (`vscode://wirelint.wirelint/docs/rules/<id>`), which the extension's URI
 * handler (extension.ts) opens in the Markdown preview, as *Show rule documentation* does.
 */
export function docsLink(ruleId: string): vscode.Uri {
  if (!extensionId) return docsUri(ruleId);
  return vscode.Uri.from({ scheme: vscode.env.uriScheme, authority: extensionId, path: `${DOCS_LINK_PATH}${ruleId}` });
}

/** The rule a docs link names, if it is one. */
export function ruleOfDocsLink(uri: vscode.Uri): string | undefined {
  if (!uri.path.startsWith(DOCS_LINK_PATH)) return undefined;
  const id = uri.path.slice(DOCS_LINK_PATH.length);
  return RULES_BY_ID.has(id) ? id : undefined;
}

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

/** Positions from offsets: the open document's own, or a LineIndex for files that are not open. */
export type Positioner = (offset: number) => vscode.Position;

export function positionerFor(doc: vscode.TextDocument): Positioner {
  return (o) => doc.positionAt(o);
}

export function positionerForText(text: string): Positioner {
  const idx = new LineIndex(text);
  return (o) => {
    const p = idx.positionAt(o);
    return new vscode.Position(p.line - 1, p.column - 1);
  };
}

export function toDiagnostic(f: Finding, uri: vscode.Uri, pos: Positioner): vscode.Diagnostic {
  const range = new vscode.Range(pos(f.start), pos(f.end));
  const d = new vscode.Diagnostic(range, f.message, SEVERITY[f.severity]);
  d.source = SOURCE;
  d.code = { value: f.ruleId, target: docsLink(f.ruleId) };
  if (f.related?.length) {
    d.relatedInformation = f.related.map(
      (r) =>
        new vscode.DiagnosticRelatedInformation(
          new vscode.Location(uri, new vscode.Range(pos(r.start), pos(r.end))),
          r.message,
        ),
    );
  }
  return d;
}

export function ruleIdOf(d: vscode.Diagnostic): string | undefined {
  if (d.source !== SOURCE) return undefined;
  const c = d.code;
  if (typeof c === 'object' && c !== null && 'value' in c) return String(c.value);
  return typeof c === 'string' ? c : undefined;
}
