import { isAbsolute, relative, sep } from 'node:path';
import { RULES } from '../../core/rules/index';
import type { RuleMeta, Severity } from '../../core/types';
import { rulePage, version } from '../package-info';
import type { FileResult } from '../types';
import { describeUnused, locate, type Formatter } from './common';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/**
 * A rule's help, embedded: the package has no public web address, and a path into the installation means nothing to
 * the code-scanning page that shows it. The page's generated-section markers go; a link to another page of the
 * package keeps only its words, since it would lead nowhere there.
 */
function ruleHelp(meta: RuleMeta): { text: string; markdown: string } {
  const page = rulePage(meta.docs);
  if (page === undefined) return { text: meta.description, markdown: meta.description };
  const markdown = page
    .replace(/^<!-- generated:(?:begin|end) -->\n/gm, '')
    .replace(/\[([^\]]+)\]\((?!https?:)[^)]*\)/g, '$1')
    .trim();
  return { text: markdown.replace(/\[([^\]]+)\]\((https?:[^)]*)\)/g, '$1 ($2)'), markdown };
}

/**
 * A story's address relative to the folder the command ran in (the SRCROOT base), as a URI reference with forward
 * slashes: `desk/story.txt`, `../archive/story.txt`. Never an absolute local path: a report is shared beyond the
 * machine that wrote it. (On Windows, a story on another drive than that folder has no relative address: its name
 * alone is written.)
 */
export function relativeUri(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  const parts = isAbsolute(rel) ? [rel.split(/[\\/]/).pop() ?? ''] : rel.split(sep);
  return parts.map((p) => (p === '..' ? p : encodeURIComponent(p))).join('/');
}

/** Indent every line after the first of a pretty-printed JSON value by `n` spaces. */
const indent = (json: string, n: number): string => json.replace(/\n/g, `\n${' '.repeat(n)}`);

/**
 * SARIF 2.1.0: one run, every rule described, findings with exact regions and safe fixes. Written as the run goes:
 * the document's head, then each story's results, then the closing brackets (with unused suppressions).
 */
export const sarif: Formatter = ({ cwd }) => {
  const index = new Map(RULES.map((r, i) => [r.meta.id, i]));
  const uriFor = (p: string): { uri: string; uriBaseId: string } => ({
    uri: relativeUri(cwd, p),
    uriBaseId: 'SRCROOT',
  });
  const run = {
    tool: {
      driver: {
        name: 'wirelint',
        version: version(),
        rules: RULES.map((r) => ({
          id: r.meta.id,
          name: r.meta.id,
          shortDescription: { text: r.meta.description },
          help: ruleHelp(r.meta),
          defaultConfiguration: {
            level: r.meta.defaultSeverity === 'off' ? 'none' : LEVEL[r.meta.defaultSeverity],
            enabled: r.meta.defaultSeverity !== 'off',
          },
          properties: {
            category: r.meta.category,
            fixable: r.meta.fixable,
            profiles: r.meta.profiles === 'all' ? ['all'] : [...r.meta.profiles],
          },
        })),
      },
    },
    // The base is left to the reader (code scanning takes the repository's root): its local path is not written.
    originalUriBaseIds: { SRCROOT: { description: { text: 'The folder wirelint was run in.' } } },
    columnKind: 'utf16CodeUnits',
    results: [] as unknown[],
  };
  const resultsFor = (r: FileResult): Array<Record<string, unknown>> => {
    const artifactLocation = r.filePath.startsWith('<') ? { uri: 'stdin' } : uriFor(r.filePath);
    // Suppressed findings are results too, marked with an external suppression (the ignore file).
    const suppressed = r.suppressed ?? [];
    const all = [...r.findings, ...suppressed.map((x) => x.finding)];
    return locate(r, all).map((f, i) => {
      const region = {
        startLine: f.line,
        startColumn: f.column,
        endLine: f.endLine,
        endColumn: f.endColumn,
        charOffset: f.start,
        charLength: f.end - f.start,
      };
      const res: Record<string, unknown> = {
        ruleId: f.ruleId,
        ruleIndex: index.get(f.ruleId) ?? -1,
        level: LEVEL[f.severity],
        message: { text: f.message },
        locations: [{ physicalLocation: { artifactLocation, region } }],
      };
      if (f.related?.length) {
        res.relatedLocations = f.related.map((rel, i) => {
          const s = r.lines.positionAt(rel.start);
          const e = r.lines.positionAt(rel.end);
          return {
            id: i + 1,
            message: { text: rel.message },
            physicalLocation: {
              artifactLocation,
              region: { startLine: s.line, startColumn: s.column, endLine: e.line, endColumn: e.column },
            },
          };
        });
      }
      const sup = i >= r.findings.length ? suppressed[i - r.findings.length] : undefined;
      if (sup) {
        res.suppressions = [
          {
            kind: 'external',
            justification: sup.entry.why,
            location: { physicalLocation: { artifactLocation: uriFor(r.ignoreFile ?? '') } },
            properties: { who: sup.entry.who, when: sup.entry.when, fingerprint: sup.entry.fingerprint },
          },
        ];
      }
      if (f.fix) {
        res.fixes = [
          {
            description: { text: 'Apply the house-style fix' },
            artifactChanges: [
              {
                artifactLocation,
                replacements: [
                  {
                    deletedRegion: { charOffset: f.fix.range[0], charLength: f.fix.range[1] - f.fix.range[0] },
                    insertedContent: { text: f.fix.text },
                  },
                ],
              },
            ],
          },
        ];
      }
      return res;
    });
  };
  const head = JSON.stringify(
    { version: '2.1.0', $schema: 'https://json.schemastore.org/sarif-2.1.0.json', runs: [run] },
    null,
    2,
  );
  // The empty results array is where each story's results go: cut the document there.
  const cut = head.lastIndexOf('"results": []') + '"results": ['.length;
  let written = 0;
  return {
    begin: () => head.slice(0, cut),
    file(r) {
      let out = '';
      for (const res of resultsFor(r))
        out += `${written++ === 0 ? '' : ','}\n        ${indent(JSON.stringify(res, null, 2), 8)}`;
      return out;
    },
    end(summary) {
      const unused = summary.unused;
      const invocations = unused.length
        ? [
            {
              executionSuccessful: true,
              toolExecutionNotifications: unused.map((u) => ({
                level: 'error',
                descriptor: { id: 'unused-suppression' },
                message: { text: `${u.displayPath}: ${describeUnused(u.entry)}` },
                locations: [{ physicalLocation: { artifactLocation: uriFor(u.ignoreFile) } }],
                properties: { file: u.entry.file, rule: u.entry.rule, fingerprint: u.entry.fingerprint },
              })),
            },
          ]
        : undefined;
      const close = written ? '\n      ]' : ']';
      const inv = invocations ? `,\n      "invocations": ${indent(JSON.stringify(invocations, null, 2), 6)}` : '';
      return `${close}${inv}${head.slice(cut + 1)}\n`;
    },
  };
};
