import type { ChalkInstance } from 'chalk';

/**
 * A progress line on stderr for batches: done/total, posts per second, time left. On a
 * terminal it redraws one line; elsewhere (with --progress) it prints a line every few seconds.
 */
export class Progress {
  private done = 0;
  private posts = 0;
  private lastDraw = 0;
  private readonly started = Date.now();

  constructor(
    private readonly write: (s: string) => void,
    private readonly total: number,
    private readonly terminal: boolean,
    private readonly chalk: ChalkInstance,
  ) {}

  /** One source finished, holding `posts` results. */
  tick(posts: number): void {
    this.done++;
    this.posts += posts;
    const now = Date.now();
    if (now - this.lastDraw < (this.terminal ? 100 : 2000) && this.done < this.total) return;
    this.lastDraw = now;
    this.draw(now);
  }

  finish(): void {
    if (this.terminal && this.lastDraw > 0) this.write('\r\u001b[2K');
  }

  private draw(now: number): void {
    const seconds = Math.max(0.001, (now - this.started) / 1000);
    const rate = this.posts / seconds;
    const perSource = this.done / seconds;
    const left = perSource > 0 ? (this.total - this.done) / perSource : 0;
    const width = 24;
    const filled = this.total > 0 ? Math.round((this.done / this.total) * width) : width;
    const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
    const line = `${this.chalk.cyan(bar)} ${this.done}/${this.total} sources · ${Math.round(rate)} posts/s · ${formatDuration(left)} left`;
    this.write(this.terminal ? `\r\u001b[2K${line}` : `${line}\n`);
  }
}

function formatDuration(seconds: number): string {
  const s = Math.round(seconds);
  const m = Math.floor(s / 60);
  return m > 0 ? `${m}:${String(s % 60).padStart(2, '0')}` : `${s}s`;
}
