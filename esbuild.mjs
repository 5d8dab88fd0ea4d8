// Builds the command-line tool (dist/cli.js). The extension bundles are added by the extension build.
import { build } from 'esbuild';

const watch = process.argv.includes('--watch');
const common = { bundle: true, sourcemap: false, logLevel: 'warning', legalComments: 'none' };

await build({
  ...common,
  entryPoints: ['src/cli/index.ts'],
  outfile: 'dist/cli.js',
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: false,
  // Dependencies written as ES modules read import.meta.url; give the CommonJS bundle its own.
  define: { 'import.meta.url': '__wirelintImportMetaUrl' },
  banner: { js: "const __wirelintImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
});
if (watch) console.log('watch mode is not supported; run npm run build again');
