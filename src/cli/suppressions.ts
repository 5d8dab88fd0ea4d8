/**
 * The command line's side of `.wirelint-ignore.json`: every run honours it (suppressed findings are not reported),
 * `--suppress-all` writes an entry for every finding left, and `--report-unused-suppressions` lists the entries
 * for the stories checked that no longer match anything.
 */
import { dirname, join } from 'node:path';
import { ruleSetting, type WirelintConfig } from '../core/config';
import { rulesFor } from '../core/lint';
import {
  IGNORE_FILE,
  applySuppressions,
  entriesFor,
  makeSuppression,
  type SuppressionEntry,
} from '../core/suppressions';
import type { ProfileId } from '../core/types';
import { add, entryPath, type IgnoreLoader } from './suppression-store';
import type { FileResult } from './types';

export const DEFAULT_SUPPRESS_REASON = 'existing copy, suppressed in bulk';

/** The ignore file that governs a story and the story's entries in it. */
export function storyEntries(
  loader: IgnoreLoader,
  story: string,
): { ignoreFile?: string; entries: SuppressionEntry[] } {
  const info = loader.forDir(dirname(story));
  if (!info.file) return { entries: [] };
  return { ignoreFile: info.file, entries: entriesFor(info.entries, entryPath(info.file, story)) };
}

/** Which rules ran on a story: an entry for another rule can be neither used nor unused. */
export function ranRules(profile: ProfileId, config: WirelintConfig): (ruleId: string) => boolean {
  const ran = new Set(
    rulesFor(profile)
      .filter((r) => ruleSetting(r, config).severity !== 'off')
      .map((r) => r.meta.id),
  );
  return (id) => ran.has(id);
}

/**
 * Take suppressed findings out of `res.findings` (into `res.suppressed`) and, with `reportUnused`, record the
 * story's entries that matched nothing. `text` is the text the findings point into (the output, after --fix).
 */
export function suppressResult(
  res: FileResult,
  text: string,
  config: WirelintConfig,
  found: { ignoreFile?: string; entries: SuppressionEntry[] },
  reportUnused: boolean,
): void {
  if (!found.ignoreFile) return;
  res.ignoreFile = found.ignoreFile;
  const applied = applySuppressions(res.findings, text, found.entries, ranRules(res.profile, config));
  res.findings = applied.kept;
  res.suppressed = applied.suppressed;
  if (reportUnused) res.unusedSuppressions = applied.unusedEntries;
}

/**
 * --suppress-all: an entry for every finding still reported, in the ignore file governing each story (a new one
 * in the story's folder when there is none). The findings move to `suppressed`. Resolves to the files written,
 * the findings suppressed and the stories they are in.
 */
export async function suppressAll(
  results: readonly FileResult[],
  loader: IgnoreLoader,
  meta: { who: string; why: string },
): Promise<{ files: string[]; findings: number; stories: number }> {
  const when = new Date().toISOString();
  const byFile = new Map<string, Array<{ r: FileResult; entries: SuppressionEntry[] }>>();
  for (const r of results) {
    if (r.findings.length === 0) continue;
    const target = loader.forDir(dirname(r.filePath)).file ?? join(dirname(r.filePath), IGNORE_FILE);
    const file = entryPath(target, r.filePath);
    const entries = r.findings.map((f) => makeSuppression(r.source, f, { file, when, ...meta }));
    const group = byFile.get(target);
    if (group) group.push({ r, entries });
    else byFile.set(target, [{ r, entries }]);
  }
  let findings = 0;
  let stories = 0;
  for (const [target, group] of byFile) {
    await add(
      target,
      group.flatMap((g) => g.entries),
    );
    for (const { r, entries } of group) {
      const applied = applySuppressions(r.findings, r.source, entries);
      findings += applied.suppressed.length;
      stories++;
      r.ignoreFile = target;
      r.findings = applied.kept;
      r.suppressed = [...(r.suppressed ?? []), ...applied.suppressed];
    }
  }
  loader.clear();
  return { files: [...byFile.keys()], findings, stories };
}
