/**
 * Child process of the benchmark (bundled by esbuild and run with plain node): require the built extension with the
 * stub `vscode` module and run its activate(). Prints one JSON line with the times in ms.
 */
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { createContext, filledIn, installVscodeStub } from './vscode-stub';

const [bundle, extensionPath] = process.argv.slice(2);
if (!bundle || !extensionPath) throw new Error('usage: activate-child <dist/extension.js> <extension folder>');
installVscodeStub();
const load = createRequire(bundle);
const context = createContext(extensionPath);

const t0 = performance.now();
const ext = load(bundle) as { activate(context: unknown): unknown };
const t1 = performance.now();
const api = ext.activate(context) as { lintNow?: unknown } | undefined;
const t2 = performance.now();

const subscriptions = (context.subscriptions as unknown[]).length;
process.stdout.write(
  `${JSON.stringify({
    requireMs: t1 - t0,
    activateMs: t2 - t1,
    totalMs: t2 - t0,
    ok: typeof api?.lintNow === 'function',
    subscriptions,
    filledIn: [...filledIn].sort(),
  })}\n`,
);
