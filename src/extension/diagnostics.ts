/**
 * Diagnostics for every open story, saved or not: on open, on each change (debounced) or on save, as
 * `wirelint.run` says. A result for a superseded version is dropped; closing a story clears its problems.
 */
import * as vscode from 'vscode';
import type { LintResult } from '../core/lint';
import { positionerFor, positionerForText, toDiagnostic } from './convert';
import type { ConfigService } from './configService';
import type { Linter } from './linter';
import { log } from './log';
import { readSettings } from './settings';
import { isStory } from './stories';

const DEBOUNCE_MS = 120;

export class DiagnosticsController implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('wirelint');
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly generation = new Map<string, number>();
  /** The document version each open story's published problems were made for. */
  private readonly checked = new Map<string, number>();
  private readonly emitter = new vscode.EventEmitter<vscode.Uri>();
  /** Fires after a story's diagnostics were replaced. */
  readonly onDidUpdate = this.emitter.event;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly linter: Linter,
    configs: ConfigService,
  ) {
    this.disposables.push(
      this.collection,
      vscode.workspace.onDidOpenTextDocument((d) => this.schedule(d, 0)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length === 0) return;
        if (readSettings(e.document.uri).run === 'onType') this.schedule(e.document, DEBOUNCE_MS);
      }),
      vscode.workspace.onDidSaveTextDocument((d) => {
        if (readSettings(d.uri).run === 'onSave') this.schedule(d, 0);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => {
        // A change of language closes the document and opens it again under the new one: the open event checks it
        // again, so its problems stay listed meanwhile instead of vanishing and coming back.
        const key = d.uri.toString();
        if (vscode.workspace.textDocuments.some((o) => !o.isClosed && o.uri.toString() === key)) return;
        this.clear(d.uri);
      }),
      configs.onDidChange(() => this.relintAll()),
      // An ignore file changed (this window, another one, or the command line): re-check open stories.
      linter.suppressions.onDidChange(() => this.relintAll()),
    );
  }

  relintAll(): void {
    this.linter.clear();
    for (const d of vscode.workspace.textDocuments) this.schedule(d, 0);
  }

  schedule(doc: vscode.TextDocument, delay: number): void {
    const key = doc.uri.toString();
    const old = this.timers.get(key);
    if (old) clearTimeout(old);
    const gen = (this.generation.get(key) ?? 0) + 1;
    this.generation.set(key, gen);
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        void this.run(doc, gen);
      }, delay),
    );
  }

  /** Lint now and publish (used by commands and tests that need the result in hand). */
  async lintNow(doc: vscode.TextDocument): Promise<vscode.Diagnostic[]> {
    const key = doc.uri.toString();
    const gen = (this.generation.get(key) ?? 0) + 1;
    this.generation.set(key, gen);
    await this.run(doc, gen);
    return [...(this.collection.get(doc.uri) ?? [])];
  }

  private async run(doc: vscode.TextDocument, gen: number): Promise<void> {
    const key = doc.uri.toString();
    if (doc.isClosed) return;
    if (!readSettings(doc.uri).enable || !isStory(doc)) {
      // The first check of a document (or one that stopped being a story) tells the status bar too.
      const first = !this.checked.has(key);
      this.checked.set(key, doc.version);
      if (this.collection.has(doc.uri) || first) {
        this.collection.delete(doc.uri);
        this.emitter.fire(doc.uri);
      }
      return;
    }
    try {
      const version = doc.version;
      const entry = await this.linter.lint(doc);
      // A newer edit or a newer request has superseded this result.
      if (this.generation.get(key) !== gen || doc.version !== version || entry.version !== version || doc.isClosed)
        return;
      this.collection.set(
        doc.uri,
        entry.result.findings.map((f) => toDiagnostic(f, doc.uri, positionerFor(doc))),
      );
      this.checked.set(key, version);
      this.emitter.fire(doc.uri);
    } catch (err) {
      log.error(
        `Could not check ${doc.uri.toString(true)}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`,
      );
    }
  }

  /**
   * The version of the open document that its problems in the Problems panel were checked at; undefined before the
   * first check. Problems of an older version stay listed until the newer check is published.
   */
  checkedVersion(uri: vscode.Uri): number | undefined {
    return this.checked.get(uri.toString());
  }

  /** Problems for a story that is not open (lint-workspace command). */
  publishText(uri: vscode.Uri, text: string, result: LintResult): void {
    const pos = positionerForText(text);
    this.collection.set(
      uri,
      result.findings.map((f) => toDiagnostic(f, uri, pos)),
    );
    this.emitter.fire(uri);
  }

  clear(uri: vscode.Uri): void {
    const key = uri.toString();
    const t = this.timers.get(key);
    if (t) clearTimeout(t);
    this.timers.delete(key);
    this.generation.set(key, (this.generation.get(key) ?? 0) + 1);
    this.linter.forget(uri);
    this.checked.delete(key);
    this.collection.delete(uri);
    this.emitter.fire(uri);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    for (const d of this.disposables) d.dispose();
    this.emitter.dispose();
  }
}
