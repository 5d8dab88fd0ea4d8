/**
 * Regenerate the rule docs headers, the rules index, the .wirelintrc.json schema, the README rule table and the
 * wirelint.rules setting's rule list in package.json from rule metadata.
 *
 *   npx tsx scripts/gen-docs.ts          write every file that is out of date
 *   npx tsx scripts/gen-docs.ts --check  write nothing; exit 1 and list the files that are out of date
 */
import { checkDocs, ROOT, writeDocs } from './docs-lib';

function main(argv: readonly string[]): number {
  const unknown = argv.filter((a) => a !== '--check');
  if (unknown.length) {
    console.error(`gen-docs: unknown argument ${unknown.join(' ')} (usage: gen-docs [--check])`);
    return 2;
  }
  if (argv.includes('--check')) {
    const problems = checkDocs(ROOT);
    if (problems.length === 0) {
      console.log('Rule docs, config schema, README rule table and package.json rule list are up to date.');
      return 0;
    }
    console.error('These files do not match the rule metadata (run scripts/gen-docs.ts to regenerate them):');
    for (const p of problems) console.error(`  ${p}`);
    return 1;
  }
  const { written, problems } = writeDocs(ROOT);
  for (const w of written) console.log(`wrote ${w}`);
  if (written.length === 0)
    console.log(
      'Nothing to write: rule docs, config schema, README rule table and package.json rule list are up to date.',
    );
  for (const p of problems) console.error(`warning: ${p}`);
  return problems.length ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
