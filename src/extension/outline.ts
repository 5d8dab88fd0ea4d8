/** Outline of a story: headline, byline, dateline (city, date, tag), quotations, credit line and trailing text. */
import * as vscode from 'vscode';
import type { Span } from '../core/types';
import type { Linter } from './linter';
import { isStory } from './stories';

const K = vscode.SymbolKind;

export class StoryOutline implements vscode.DocumentSymbolProvider {
  constructor(private readonly linter: Linter) {}

  async provideDocumentSymbols(doc: vscode.TextDocument): Promise<vscode.DocumentSymbol[]> {
    if (!isStory(doc)) return [];
    const s = (await this.linter.lint(doc)).result.story;
    const text = doc.getText();
    /** A symbol over a span, named by its own text (first line, shortened) unless a name is given. */
    const sym = (span: Span, detail: string, kind: vscode.SymbolKind, name?: string): vscode.DocumentSymbol => {
      const label = (name ?? text.slice(span.start, span.end).split(/\r?\n|\r/)[0]!).trim();
      const range = new vscode.Range(doc.positionAt(span.start), doc.positionAt(Math.max(span.start, span.end)));
      return new vscode.DocumentSymbol(
        label.length > 60 ? `${label.slice(0, 59)}…` : label || '(empty)',
        detail,
        kind,
        range,
        range,
      );
    };
    const out: vscode.DocumentSymbol[] = [];
    if (s.headline) out.push(sym(s.headline, 'headline', K.String));
    if (s.byline) out.push(sym(s.byline, 'byline', K.Constructor));
    if (s.dateline) {
      const d = s.dateline;
      const node = sym(d, 'dateline', K.Namespace);
      node.children.push(
        ...d.cities.map((c) => sym(c, 'city', K.Field)),
        ...d.regions.map((r) => sym(r, 'region', K.Field)),
        ...(d.date ? [sym(d.date, 'date', K.Field)] : []),
        ...(d.tag ? [sym(d.tag, 'agency tag', K.Key)] : []),
      );
      out.push(node);
    }
    if (s.quotations.length) {
      const all = { start: s.quotations[0]!.start, end: s.quotations[s.quotations.length - 1]!.end };
      const node = sym(all, '', K.Array, `Quotes (${s.quotations.length})`);
      node.children.push(...s.quotations.map((q) => sym(q, q.full ? 'full quote' : 'partial quote', K.String)));
      out.push(node);
    }
    if (s.credit) {
      const node = sym(s.credit, 'credit line', K.Event);
      node.children.push(
        ...s.credit.roles.map((r) =>
          sym(r, r.kind, K.Property, `${r.label.text} ${r.names.map((n) => n.text).join(', ')}`),
        ),
      );
      out.push(node);
    }
    if (s.contributed) out.push(sym(s.contributed, 'contributor note', K.Event));
    if (s.signoff) out.push(sym(s.signoff, 'sign-off', K.Event));
    if (s.trailer.length) {
      const all = { start: s.trailer[0]!.start, end: s.trailer[s.trailer.length - 1]!.end };
      out.push(sym(all, 'trailing text', K.Null));
    }
    return out;
  }
}
