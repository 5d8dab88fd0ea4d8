/**
 * Lints a document once per version and shares the result with diagnostics, code actions, outline and status.
 * Findings an entry in `.wirelint-ignore.json` suppresses are taken out of the result (kept in `suppressed`).
 */
import * as vscode from 'vscode';
import type { WirelintConfig } from '../core/config';
import { lint, type LintResult } from '../core/lint';
import { applySuppressions, type SuppressionEntry } from '../core/suppressions';
import type { Finding } from '../core/types';
import type { ConfigService } from './configService';
import type { SuppressionService } from './suppressions';
import { log } from './log';

export interface DocLint {
  uri: string;
  version: number;
  /** The config generation the lint was made under. */
  generation: number;
  /** The suppressions generation the lint was made under. */
  suppressionGeneration: number;
  /** The findings still reported (suppressed ones are not in result.findings). */
  result: LintResult;
  /** Findings an ignore-file entry suppresses: never shown, never fixed. */
  suppressed: Finding[];
  config: WirelintConfig;
}

export class Linter {
  private readonly cache = new Map<string, DocLint>();

  constructor(
    private readonly configs: ConfigService,
    readonly suppressions: SuppressionService,
  ) {}

  private current(hit: DocLint | undefined, doc: vscode.TextDocument): hit is DocLint {
    return (
      !!hit &&
      hit.version === doc.version &&
      hit.generation === this.configs.generation &&
      hit.suppressionGeneration === this.suppressions.generation
    );
  }

  /** Lint the document as it is now. */
  async lint(doc: vscode.TextDocument): Promise<DocLint> {
    const key = doc.uri.toString();
    const hit = this.cache.get(key);
    if (this.current(hit, doc)) return hit;
    const generation = this.configs.generation;
    const suppressionGeneration = this.suppressions.generation;
    const config = await this.configs.configFor(doc);
    const { entries } = await this.suppressions.forStory(doc.uri);
    return this.lintWith(doc, config, generation, entries, suppressionGeneration);
  }

  /** Lint with a known config and suppressions, made under config generation `generation`. */
  lintWith(
    doc: vscode.TextDocument,
    config: WirelintConfig,
    generation: number,
    entries: readonly SuppressionEntry[] = [],
    suppressionGeneration = this.suppressions.generation,
  ): DocLint {
    const key = doc.uri.toString();
    const started = Date.now();
    const text = doc.getText();
    const raw = lint(text, config);
    const applied = applySuppressions(raw.findings, text, entries);
    const result = applied.suppressed.length ? { ...raw, findings: applied.kept } : raw;
    for (const e of result.internalErrors)
      log.error(`${doc.uri.toString(true)}: rule ${e.ruleId} failed: ${e.message}`);
    const took = Date.now() - started;
    if (took > 50) log.debug(`Linted ${doc.uri.toString(true)} in ${took} ms`);
    const suppressed = applied.suppressed.map((s) => s.finding);
    const entry = { uri: key, version: doc.version, generation, suppressionGeneration, result, suppressed, config };
    // A lint that started before a config or ignore-file change must not be cached as current.
    if (generation === this.configs.generation && suppressionGeneration === this.suppressions.generation)
      this.cache.set(key, entry);
    return entry;
  }

  /** Lint a story that is not open (checking the whole workspace), honouring its ignore file. */
  async lintText(uri: vscode.Uri, text: string, config: WirelintConfig): Promise<LintResult> {
    const raw = lint(text, config);
    const { entries } = await this.suppressions.forStory(uri);
    if (entries.length === 0) return raw;
    return { ...raw, findings: applySuppressions(raw.findings, text, entries).kept };
  }

  cached(doc: vscode.TextDocument): DocLint | undefined {
    const hit = this.cache.get(doc.uri.toString());
    return this.current(hit, doc) ? hit : undefined;
  }

  forget(uri: vscode.Uri): void {
    this.cache.delete(uri.toString());
  }

  clear(): void {
    this.cache.clear();
  }
}
