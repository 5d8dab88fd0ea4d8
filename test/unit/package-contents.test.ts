/**
 * The extension's details page (Marketplace, Open VSX, the Extensions view) is the README as packaged in the .vsix,
 * with relative links left relative (`npm run package` passes --no-rewrite-relative-links). So every file a shipped
 * page links to must be in the package, the hero screenshot included, and the page opens with what the extension
 * does for an editor.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, posix, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const VSCE = join(ROOT, 'node_modules/@vscode/vsce/vsce');

/** The relative links and images of a Markdown text, outside code blocks and code spans. */
export function localLinks(markdown: string): string[] {
  const prose = markdown.replace(/^```[\s\S]*?^```/gm, '').replace(/`[^`\n]*`/g, '');
  const out: string[] = [];
  for (const m of prose.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
    const href = m[1] as string;
    if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('#')) continue;
    out.push(href.replace(/[#?].*$/, ''));
  }
  return out;
}

let shipped: Set<string>;
beforeAll(() => {
  const list = execFileSync(process.execPath, [VSCE, 'ls', '--no-dependencies'], { cwd: ROOT, encoding: 'utf8' });
  shipped = new Set(
    list
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean),
  );
}, 120_000);

describe('the .vsix holds what its pages link to', () => {
  it('lists the README and the rule pages (the listing is read right)', () => {
    expect(shipped.has('README.md')).toBe(true);
    expect(shipped.has('docs/rules/dateline-missing.md')).toBe(true);
    expect(shipped.has('src/core/detect.ts')).toBe(false);
  });

  it('every local link and image of every shipped Markdown page is shipped', () => {
    const broken: string[] = [];
    for (const page of [...shipped].filter((f) => f.endsWith('.md'))) {
      for (const href of localLinks(readFileSync(join(ROOT, page), 'utf8'))) {
        const target = posix.normalize(posix.join(posix.dirname(page), decodeURI(href)));
        const isFolder = existsSync(join(ROOT, target)) && !/\.[a-z0-9]+$/i.test(target);
        if (!shipped.has(target) && !(isFolder && [...shipped].some((f) => f.startsWith(`${target}/`))))
          broken.push(`${page} → ${href}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('reads links as Markdown does (the check above can fail)', () => {
    expect(localLinks('See [a](docs/a.md#x), ![b](images/b.png "B"), [c](https://x.org/c.md), [d](#d).')).toEqual([
      'docs/a.md',
      'images/b.png',
    ]);
    expect(localLinks('```\n[a](inside.md)\n```\nand `[b](code.md)`')).toEqual([]);
  });
});

describe('the details page', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

  it('shows a hero screenshot that is shipped and is a real picture of the editor', () => {
    const first = /!\[([^\]]*)\]\(([^)\s]+)\)/.exec(readme);
    expect(first?.[2]).toBe('images/screenshot.png');
    expect(first?.[1]).toMatch(/problems/i);
    expect(shipped.has('images/screenshot.png')).toBe(true);
    const png = readFileSync(join(ROOT, 'images/screenshot.png'));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    // Width and height from the IHDR chunk: a workbench screenshot, not a placeholder.
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(1000);
    expect(png.readUInt32BE(20)).toBeGreaterThanOrEqual(600);
  });

  it('opens with what the extension does for an editor; the set-up commands follow, and the rest is in CONTRIBUTING', () => {
    const lines = readme.split('\n');
    expect(lines[0]).toBe('# Wirelint');
    // The first paragraph is prose about the editor's work, not instructions for developers.
    const firstParagraph = readme.split(/\n\s*\n/)[1] as string;
    expect(firstParagraph).toMatch(/VS Code/);
    expect(firstParagraph).toMatch(/dateline/);
    expect(firstParagraph).not.toMatch(/npm|node|```|install/i);
    // The two commands stay in the first lines.
    const top = lines.slice(0, 15).join('\n');
    expect(top).toMatch(/npm run sample/);
    expect(top).toMatch(/npm test/);
    // The developer notes that used to open the page live in CONTRIBUTING.md, which is shipped.
    expect(readme).not.toMatch(/^Node\.js 20 or later/m);
    expect(readFileSync(join(ROOT, 'CONTRIBUTING.md'), 'utf8')).toMatch(/^Node\.js 20 or later/m);
  });
});
