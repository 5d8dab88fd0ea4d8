/**
 * Node programs (the command line and the desktop extension) load the regular-expression engine from dist/re2.js,
 * beside their own bundle, the first time a config needs it.
 */
import { join } from 'node:path';
import { provideRegexEngine, type RegexEngine } from '../core/regex-engine';

// A plain require of a file beside this bundle, at run time: the bundler leaves it alone.
// eslint-disable-next-line @typescript-eslint/no-require-imports
provideRegexEngine(() => require(join(__dirname, 're2.js')) as RegexEngine);
