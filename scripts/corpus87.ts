import { modernizedReuters } from '../test/helpers/corpora';
import { lint } from '../src/core/lint';
const stories = modernizedReuters();
const counts: Record<string, number> = {};
const show = process.argv[2];
for (const s of stories) {
  const r = lint(s.text);
  for (const x of r.findings) {
    if (x.severity === 'info' && show !== 'info') continue;
    counts[x.ruleId] = (counts[x.ruleId] ?? 0) + 1;
    const p = r.story.lines.positionAt(x.start);
    if (!show || show === x.ruleId || show === 'info')
      console.log(
        `${s.id} [${r.profile}] ${p.line}:${p.column} ${x.severity} ${x.ruleId}: ${x.message.slice(0, 100)} [${JSON.stringify(s.text.slice(Math.max(0, x.start - 40), x.end + 40)).slice(0, 160)}]`,
      );
  }
  if (r.internalErrors.length) console.log(s.id, r.internalErrors);
}
console.log(stories.length, 'stories', counts);
