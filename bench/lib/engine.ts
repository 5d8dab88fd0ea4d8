/**
 * What the benchmark times, bundled by bench/run.ts the way esbuild.mjs bundles the shipped extension (one file,
 * minified), so the numbers are those of the code users run. The extension's Linter, which needs `vscode`, is
 * bundled apart (editor-linter.ts) so that the rest can be timed without it.
 */
export { lint } from '../../src/core/lint';
export { parseStory, internals as storyInternals } from '../../src/core/story';
export { RULES } from '../../src/core/rules/index';
export { mergeConfigs, validateConfig } from '../../src/core/config';
