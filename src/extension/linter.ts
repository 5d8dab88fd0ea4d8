/** Lints a document once per version and shares the result with diagnostics, code actions, outline and status. */
import * as vscode from 'vscode';
import type { WirelintConfig } from '../core/config';
import { lint, type LintResult } from '../core/lint';
import type { ConfigService } from './configService';
import { log } from './log';

export interface DocLint {
  uri: string;
  version: number;
  /** The config generation the lint was made under. */
  generation: number;
  result: LintResult;
  config: WirelintConfig;
}

export class Linter {
  private readonly cache = new Map<string, DocLint>();

  constructor(private readonly configs: ConfigService) {}

  /** Lint the document as it is now. */
  async lint(doc: vscode.TextDocument): Promise<DocLint> {
    const key = doc.uri.toString();
    const hit = this.cache.get(key);
    if (hit && hit.version === doc.version && hit.generation === this.configs.generation) return hit;
    const generation = this.configs.generation;
    const config = await this.configs.configFor(doc);
    return this.lintWith(doc, config, generation);
  }

  /** Lint with a known config, made under config generation `generation`. */
  lintWith(doc: vscode.TextDocument, config: WirelintConfig, generation: number): DocLint {
    const key = doc.uri.toString();
    const started = Date.now();
    const result = lint(doc.getText(), config);
    for (const e of result.internalErrors)
      log.error(`${doc.uri.toString(true)}: rule ${e.ruleId} failed: ${e.message}`);
    const took = Date.now() - started;
    if (took > 50) log.debug(`Linted ${doc.uri.toString(true)} in ${took} ms`);
    const entry = { uri: key, version: doc.version, generation, result, config };
    // A lint that started before a config change must not be cached as current.
    if (generation === this.configs.generation) this.cache.set(key, entry);
    return entry;
  }

  cached(doc: vscode.TextDocument): DocLint | undefined {
    const hit = this.cache.get(doc.uri.toString());
    return hit && hit.version === doc.version && hit.generation === this.configs.generation ? hit : undefined;
  }

  forget(uri: vscode.Uri): void {
    this.cache.delete(uri.toString());
  }

  clear(): void {
    this.cache.clear();
  }
}
