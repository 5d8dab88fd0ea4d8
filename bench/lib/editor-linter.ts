/** The extension's Linter, for the re-lint measure: bundled like engine.ts, loaded with `vscode` stubbed. */
export { Linter } from '../../src/extension/linter';
