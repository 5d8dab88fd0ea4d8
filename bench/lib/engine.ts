/**
 * What the benchmark times, bundled by bench/run.ts the way esbuild.mjs bundles the shipped extension and command
 * line (one file, minified), so the numbers are those of the code users run.
 */
export { lint } from '../../src/core/lint';
export { RULES } from '../../src/core/rules/index';
export { mergeConfigs, validateConfig } from '../../src/core/config';
export { Linter } from '../../src/extension/linter';
