/**
 * Real wire copy from ../shared/corpora, read at run time (never copied into the project).
 * reuters-21578 stories are turned into modern plain-text Reuters stories.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const SHARED = resolve(__dirname, '../../../shared');
export const REUTERS_SGM = join(SHARED, 'corpora/reuters-21578/reut2-000.sgm');
export const MODERN_DIR = join(SHARED, 'corpora/modern-sample');
export const KREMLIN = join(SHARED, 'samples/reuters-kremlin.txt');

export const hasShared = (): boolean => existsSync(SHARED);

function decode(s: string): string {
  return s
    .replace(/&#(\d+);/g, (_, n: string) => {
      const c = Number(n);
      return c < 32 ? '' : String.fromCharCode(c);
    })
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

function tag(block: string, name: string): string | undefined {
  const m = new RegExp(`<${name}>([\\s\\S]*?)</${name}>`).exec(block);
  return m ? m[1] : undefined;
}

export interface ArchiveStory {
  id: string;
  text: string;
  byline?: string;
}

/** Each usable 1987 story (title, dateline and body) as modern plain text. */
export function modernizedReuters(): ArchiveStory[] {
  if (!existsSync(REUTERS_SGM)) return [];
  const sgm = readFileSync(REUTERS_SGM, 'latin1');
  const out: ArchiveStory[] = [];
  for (const block of sgm.split('</REUTERS>')) {
    const id = /NEWID="(\d+)"/.exec(block)?.[1];
    const title = tag(block, 'TITLE');
    const dateline = tag(block, 'DATELINE');
    const body = tag(block, 'BODY');
    if (!id || !title || !dateline || !body) continue;
    const dm = /^\s*(.+?),\s*([A-Z][a-z]+)\s+(\d{1,2})\s*-\s*$/.exec(decode(dateline));
    if (!dm) continue;
    const author = tag(block, 'AUTHOR');
    let byline: string | undefined;
    if (author) {
      byline = decode(author)
        .replace(/\s+/g, ' ')
        .trim()
        .replace(/^by\s+/i, '')
        .replace(/,\s*Reuters?$/i, '')
        .trim();
      // Archive bylines are often in capitals: "By JANIE GABBETT".
      if (byline === byline.toUpperCase()) {
        byline = byline.toLowerCase().replace(/\b\p{L}/gu, (c) => c.toUpperCase());
      }
    }
    const paras = decode(body)
      .replace(/\r/g, '')
      .replace(/\s*Reuter\s*$/i, '')
      .split(/\n\s{2,}|\n\s*\n/)
      .map((p) => p.replace(/\s+/g, ' ').trim())
      .filter((p) => p.length > 0);
    if (paras.length === 0) continue;
    const city = dm[1]!.trim().replace(/\s+/g, ' ');
    const lead = `${city}, ${dm[2]} ${dm[3]} (Reuters) - ${paras[0]}`;
    const parts = [decode(title).replace(/\s+/g, ' ').trim()];
    if (byline) parts.push(`By ${byline}`);
    parts.push(lead, ...paras.slice(1));
    out.push({ id, text: `${parts.join('\n\n')}\n`, byline });
  }
  return out;
}

export function modernSample(): Array<{ name: string; text: string }> {
  if (!existsSync(MODERN_DIR)) return [];
  return readdirSync(MODERN_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(MODERN_DIR, name), 'utf8') }));
}
