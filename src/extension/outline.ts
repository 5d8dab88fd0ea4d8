/** Outline of a story: headline, byline, dateline (city, date, tag), quotations, credit line and trailing text. */
import * as vscode from 'vscode';
import type { Linter } from './linter';
import { isStory } from './stories';

export class StoryOutline implements vscode.DocumentSymbolProvider {
  constructor(private readonly linter: Linter) {}

  async provideDocumentSymbols(doc: vscode.TextDocument): Promise<vscode.DocumentSymbol[]> {
    if (!isStory(doc)) return [];
    const { result } = await this.linter.lint(doc);
    const s = result.story;
    const text = doc.getText();
    const range = (a: number, b: number): vscode.Range =>
      new vscode.Range(doc.positionAt(a), doc.positionAt(Math.max(a, b)));
    const sym = (name: string, detail: string, kind: vscode.SymbolKind, a: number, b: number): vscode.DocumentSymbol =>
      new vscode.DocumentSymbol(
        name.length > 60 ? `${name.slice(0, 59)}…` : name || '(empty)',
        detail,
        kind,
        range(a, b),
        range(a, b),
      );
    const out: vscode.DocumentSymbol[] = [];
    if (s.headline)
      out.push(
        sym(
          text.slice(s.headline.start, s.headline.end),
          'headline',
          vscode.SymbolKind.String,
          s.headline.start,
          s.headline.end,
        ),
      );
    if (s.byline)
      out.push(
        sym(
          text.slice(s.byline.start, s.byline.end).split(/\r?\n|\r/)[0]!,
          'byline',
          vscode.SymbolKind.Constructor,
          s.byline.start,
          s.byline.end,
        ),
      );
    if (s.dateline) {
      const d = s.dateline;
      const node = sym(text.slice(d.start, d.end).trim(), 'dateline', vscode.SymbolKind.Namespace, d.start, d.end);
      for (const c of d.cities) node.children.push(sym(c.text, 'city', vscode.SymbolKind.Field, c.start, c.end));
      for (const r of d.regions) node.children.push(sym(r.text, 'region', vscode.SymbolKind.Field, r.start, r.end));
      if (d.date)
        node.children.push(
          sym(text.slice(d.date.start, d.date.end), 'date', vscode.SymbolKind.Field, d.date.start, d.date.end),
        );
      if (d.tag) node.children.push(sym(d.tag.text, 'agency tag', vscode.SymbolKind.Key, d.tag.start, d.tag.end));
      out.push(node);
    }
    if (s.quotations.length) {
      const first = s.quotations[0]!;
      const last = s.quotations[s.quotations.length - 1]!;
      const node = sym(`Quotes (${s.quotations.length})`, '', vscode.SymbolKind.Array, first.start, last.end);
      for (const q of s.quotations) {
        node.children.push(
          sym(
            text.slice(q.start, q.end),
            q.full ? 'full quote' : 'partial quote',
            vscode.SymbolKind.String,
            q.start,
            q.end,
          ),
        );
      }
      out.push(node);
    }
    if (s.credit) {
      const c = s.credit;
      const node = sym(text.slice(c.start, c.end), 'credit line', vscode.SymbolKind.Event, c.start, c.end);
      for (const r of c.roles)
        node.children.push(
          sym(
            `${r.label.text} ${r.names.map((n) => n.text).join(', ')}`,
            r.kind,
            vscode.SymbolKind.Property,
            r.start,
            r.end,
          ),
        );
      out.push(node);
    }
    if (s.contributed)
      out.push(
        sym(
          text.slice(s.contributed.start, s.contributed.end),
          'contributor note',
          vscode.SymbolKind.Event,
          s.contributed.start,
          s.contributed.end,
        ),
      );
    if (s.signoff) out.push(sym('Reuter', 'sign-off', vscode.SymbolKind.Event, s.signoff.start, s.signoff.end));
    if (s.trailer.length) {
      const a = s.trailer[0]!;
      const b = s.trailer[s.trailer.length - 1]!;
      out.push(sym(text.slice(a.start, a.end), 'trailing text', vscode.SymbolKind.Null, a.start, b.end));
    }
    return out;
  }
}
