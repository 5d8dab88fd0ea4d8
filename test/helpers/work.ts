/**
 * Counts the characters a piece of code examines, so growth tests are exact instead of timed.
 *
 * While `countWork` runs its function, regular-expression searches, `indexOf` and `lastIndexOf` add the span of text
 * they scanned, and `charCodeAt`/`codePointAt` add one per call, as do `slice` and `substring` (a piece of the text
 * taken to look at: a loop that takes one per pair of things, every quotation for every verb, say, shows as the
 * pairs it visits). Search-based quadratic work (a search that runs to the end of the text once per paragraph, say)
 * then shows as a quadratic count on every machine, under any load. Not counted: `includes`, `startsWith`, indexing
 * with `text[i]`, loops that read no text (over typed arrays, say) and backtracking inside one regex search. Once
 * exec has been patched V8 keeps regexes off their fast path for the rest of the process, so a test file that counts
 * should do nothing timed.
 */
type Patch = { target: object; key: string; original: unknown };

export function countWork(fn: () => void): number {
  let work = 0;
  const patches: Patch[] = [];
  const patch = <T extends object>(target: T, key: keyof T & string, wrap: (orig: never) => unknown): void => {
    const original = target[key];
    patches.push({ target, key, original });
    Object.defineProperty(target, key, { value: wrap(original as never), writable: true, configurable: true });
  };

  patch(
    RegExp.prototype,
    'exec',
    (orig: (this: RegExp, s: string) => RegExpExecArray | null) =>
      function exec(this: RegExp, s: string): RegExpExecArray | null {
        const str = String(s);
        const from = this.global || this.sticky ? this.lastIndex : 0;
        const m = orig.call(this, str);
        if (this.sticky) work += m ? m[0].length + 1 : 1;
        else work += Math.max(1, (m ? m.index + m[0].length : str.length) - from);
        return m;
      },
  );
  for (const key of ['indexOf', 'lastIndexOf'] as const) {
    patch(
      String.prototype,
      key,
      (orig: (this: string, s: string, p?: number) => number) =>
        function search(this: string, s: string, p?: number): number {
          const r = orig.call(this, s, p);
          if (key === 'indexOf') work += Math.max(1, (r >= 0 ? r + String(s).length : this.length) - (p ?? 0));
          else work += Math.max(1, (p ?? this.length) - (r >= 0 ? r : 0));
          return r;
        },
    );
  }
  for (const key of ['charCodeAt', 'codePointAt', 'slice', 'substring'] as const) {
    patch(
      String.prototype,
      key,
      (orig: (this: string, ...args: number[]) => unknown) =>
        function at(this: string, ...args: number[]) {
          work++;
          return orig.apply(this, args);
        },
    );
  }
  try {
    const r = fn() as unknown;
    if (r && typeof (r as { then?: unknown }).then === 'function')
      throw new Error('countWork counts synchronous work only');
  } finally {
    for (const p of patches.reverse()) {
      Object.defineProperty(p.target, p.key, { value: p.original, writable: true, configurable: true });
    }
  }
  return work;
}
