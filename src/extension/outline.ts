/**
 * Outline of a story: headline, byline, dateline (city, date, tag), each quotation, credit line and trailing text.
 * Each symbol covers its own part of the story only (see core/outline.ts), so sticky scroll never pins one over
 * the rest of the story.
 */
import * as vscode from 'vscode';
import { outlineOf, type OutlineKind, type OutlineNode } from '../core/outline';
import type { Linter } from './linter';
import { isStory } from './stories';

const K = vscode.SymbolKind;
const KIND: Record<OutlineKind, vscode.SymbolKind> = {
  headline: K.String,
  byline: K.Constructor,
  dateline: K.Namespace,
  field: K.Field,
  tag: K.Key,
  quote: K.String,
  credit: K.Event,
  role: K.Property,
  note: K.Event,
  trailer: K.Null,
};

export class StoryOutline implements vscode.DocumentSymbolProvider {
  constructor(private readonly linter: Linter) {}

  async provideDocumentSymbols(doc: vscode.TextDocument): Promise<vscode.DocumentSymbol[]> {
    if (!isStory(doc)) return [];
    const entry = await this.linter.lint(doc);
    // The parts' offsets are those of the text the lint read.
    if (entry.version !== doc.version) return [];
    const symbol = (n: OutlineNode): vscode.DocumentSymbol => {
      const range = new vscode.Range(doc.positionAt(n.start), doc.positionAt(n.end));
      const s = new vscode.DocumentSymbol(n.name, n.detail, KIND[n.kind], range, range);
      s.children = n.children.map(symbol);
      return s;
    };
    return outlineOf(entry.result.story).map(symbol);
  }
}
