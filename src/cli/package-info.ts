import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

let root: string | undefined;

/** The folder holding Wirelint's package.json (works from the bundle in dist/ and from sources). */
export function packageRoot(): string {
  if (root) return root;
  let dir = __dirname;
  for (;;) {
    const p = join(dir, 'package.json');
    if (existsSync(p)) {
      try {
        if ((JSON.parse(readFileSync(p, 'utf8')) as { name?: string }).name === 'wirelint') return (root = dir);
      } catch {
        /* keep looking */
      }
    }
    const up = dirname(dir);
    if (up === dir) return (root = __dirname);
    dir = up;
  }
}

export function version(): string {
  try {
    return (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}

/** A rule's documentation page as shipped with the package (`docs/rules/<id>.md`), or undefined when it is absent. */
export function rulePage(docsPath: string): string | undefined {
  try {
    return readFileSync(join(packageRoot(), docsPath), 'utf8');
  } catch {
    return undefined;
  }
}
