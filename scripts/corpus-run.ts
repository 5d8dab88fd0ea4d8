import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../src/core/lint';
const dir = process.argv[2]!;
const minSev = process.argv[3] ?? 'warning';
const counts: Record<string, number> = {};
let n = 0;
for (const f of readdirSync(dir)
  .filter((x) => x.endsWith('.txt'))
  .sort()) {
  const text = readFileSync(join(dir, f), 'utf8');
  const r = lint(text);
  n++;
  for (const x of r.findings) {
    if (minSev === 'warning' && x.severity === 'info') continue;
    counts[x.ruleId] = (counts[x.ruleId] ?? 0) + 1;
    const p = r.story.lines.positionAt(x.start);
    console.log(
      `${f} [${r.profile}] ${p.line}:${p.column} ${x.severity} ${x.ruleId}: ${x.message.slice(0, 110)} [${JSON.stringify(text.slice(Math.max(0, x.start - 30), x.end + 30)).slice(0, 140)}]`,
    );
  }
  if (r.internalErrors.length) console.log(f, 'INTERNAL', r.internalErrors);
}
console.log(n, 'stories', counts);
