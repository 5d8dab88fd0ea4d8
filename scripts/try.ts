import { readFileSync } from 'node:fs';
import { lint, fixAll } from '../src/core/lint';
const f = process.argv[2]!;
const text = readFileSync(f, 'utf8');
const r = lint(text, process.argv[3] ? { profile: process.argv[3] as any } : {});
console.log('profile', r.profile, 'errors', r.internalErrors);
for (const x of r.findings) {
  const p = r.story.lines.positionAt(x.start);
  console.log(`${p.line}:${p.column} ${x.severity} ${x.ruleId}: ${x.message} [${JSON.stringify(text.slice(x.start, x.end)).slice(0, 60)}]${x.fix ? ' FIX ' + JSON.stringify(x.fix) : ''}`);
}
if (process.argv[4] === 'fix') { const fa = fixAll(text); console.log(fa.passes, fa.fixed); console.log(fa.output.slice(-300)); }
