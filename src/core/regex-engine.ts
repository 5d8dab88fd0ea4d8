/**
 * The linear-time regular-expression engine (RE2 semantics, from re2js) that runs house-vocabulary patterns taken
 * from workspace config. The core does not import it: each program provides it. The browser bundle includes it;
 * the Node bundles load it from a file of its own the first time a config holds a pattern entry, so the editor
 * and the command line do not carry it when no config uses one (most never do).
 */
import type * as Re2js from 're2js';

export type RegexEngine = typeof Re2js;

let provider: (() => RegexEngine) | undefined;
let engine: RegexEngine | undefined;

export function provideRegexEngine(p: () => RegexEngine): void {
  provider = p;
  engine = undefined;
}

/** The engine, loaded on first use; throws when the program provided none. */
export function regexEngine(): RegexEngine {
  if (!engine) {
    if (!provider) throw new Error('no regular-expression engine is available in this program');
    engine = provider();
  }
  return engine;
}
