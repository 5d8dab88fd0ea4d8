// Builds the command-line tool (dist/cli.js) and the extension for desktop (dist/extension.js) and the web
// (dist/web/extension.js, a web-worker bundle with no Node APIs).
import { readFile } from 'node:fs/promises';
import { build } from 'esbuild';

const production = process.argv.includes('--production');
// `module` first: some dependencies (jsonc-parser) ship a UMD `main` whose internal requires a bundle cannot follow.
const common = {
  bundle: true,
  sourcemap: false,
  logLevel: 'warning',
  legalComments: 'none',
  metafile: true,
  mainFields: ['module', 'main'],
};

/**
 * fdir (under tinyglobby) loads picomatch with a run-time require when it starts, which a bundle cannot see: the
 * command line would run whatever module of that name Node finds beside the install or through NODE_PATH. Bind it
 * to the bundled copy instead; the build fails if fdir stops matching, so this never silently comes back.
 */
const bundleFdirPicomatch = {
  name: 'bundle-fdir-picomatch',
  setup(b) {
    b.onLoad({ filter: /[\\/]fdir[\\/]dist[\\/]index\.mjs$/ }, async (args) => {
      const src = await readFile(args.path, 'utf8');
      const dynamic = /__require\.resolve\("picomatch"\);\s*pm = __require\("picomatch"\);/;
      if (!dynamic.test(src))
        return { errors: [{ text: `${args.path}: fdir no longer loads picomatch as expected; update esbuild.mjs` }] };
      return {
        contents: `import __wirelintPicomatch from "picomatch";\n${src.replace(dynamic, 'pm = __wirelintPicomatch;')}`,
        loader: 'js',
      };
    });
  },
};

const results = await Promise.all([
  build({
    ...common,
    entryPoints: ['src/cli/index.ts'],
    outfile: 'dist/cli.js',
    plugins: [bundleFdirPicomatch],
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    // Dependencies written as ES modules read import.meta.url; give the CommonJS bundle its own.
    define: { 'import.meta.url': '__wirelintImportMetaUrl' },
    banner: { js: "const __wirelintImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  }),
  // The regular-expression engine for house-vocabulary patterns, loaded by the Node bundles only when needed.
  build({
    ...common,
    entryPoints: ['src/platform/re2-file.ts'],
    outfile: 'dist/re2.js',
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    minify: production,
  }),
  build({
    ...common,
    entryPoints: ['src/extension/node.ts'],
    outfile: 'dist/extension.js',
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['vscode'],
    minify: production,
  }),
  build({
    ...common,
    entryPoints: ['src/extension/web.ts'],
    outfile: 'dist/web/extension.js',
    platform: 'browser',
    target: 'es2022',
    format: 'cjs',
    external: ['vscode'],
    minify: production,
    // A web worker has no Node: any node:* import must fail the build.
    plugins: [
      {
        name: 'no-node-in-web',
        setup(b) {
          b.onResolve({ filter: /^(node:|fs$|path$|os$|child_process$)/ }, (args) => ({
            errors: [{ text: `The web extension must not import ${args.path} (from ${args.importer})` }],
          }));
        },
      },
    ],
  }),
]);
for (const r of results) for (const w of r.warnings) console.warn(w.text);
