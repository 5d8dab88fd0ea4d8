/**
 * The progress line on a terminal's standard error during long runs: how many stories are checked out of how many,
 * redrawn in place at most ten times a second, shown only after the first second, and wiped before the report.
 */
export interface ProgressStream {
  write(s: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export class Progress {
  private readonly enabled: boolean;
  private readonly started: number;
  private lastDraw = 0;
  private shown = false;

  constructor(
    private readonly stream: ProgressStream,
    private readonly total: number,
    private readonly now: () => number = () => Date.now(),
    /** How long a run goes before the line appears (ms). */
    private readonly delay = 1000,
  ) {
    this.enabled = !!stream.isTTY && total > 1;
    this.started = now();
  }

  /** Called after each story; draws when the run is long enough and the last draw is 100 ms old. */
  update(done: number, problems: number): void {
    if (!this.enabled) return;
    const t = this.now();
    if (t - this.started < this.delay || t - this.lastDraw < 100) return;
    this.lastDraw = t;
    const pct = Math.floor((done / this.total) * 100);
    let line = `wirelint: ${done.toLocaleString('en-US')} of ${this.total.toLocaleString('en-US')} stories checked (${pct}%), ${problems.toLocaleString('en-US')} problems so far`;
    const width = this.stream.columns || 80;
    if (line.length > width - 1) line = line.slice(0, Math.max(0, width - 1));
    this.stream.write(`\r${line}\x1b[K`);
    this.shown = true;
  }

  /** Wipe the line (before anything else is written to the terminal, and at the end); the next update redraws it. */
  clear(): void {
    if (this.shown) this.stream.write('\r\x1b[K');
    this.shown = false;
  }

  done(): void {
    this.clear();
  }
}
