import type { Verdict } from '../engine/types.js';

export const EXIT_OK = 0;
export const EXIT_FOUND = 1;
export const EXIT_ERROR = 2;

export const FAIL_ON = ['scam', 'suspicious', 'warning', 'none'] as const;
export type FailOn = (typeof FAIL_ON)[number];

const RANK: Record<Verdict, number> = { clean: 0, warning: 1, suspicious: 2, scam: 3 };

/** Tracks what the run found, to end with the exit code scripts rely on. */
export class ExitStatus {
  private found = false;
  private failed = false;

  constructor(private readonly failOn: FailOn) {}

  add(verdict: Verdict | null): void {
    if (verdict === null) this.failed = true;
    else if (this.failOn !== 'none' && RANK[verdict] >= RANK[this.failOn]) this.found = true;
  }

  fail(): void {
    this.failed = true;
  }

  get code(): number {
    if (this.failed) return EXIT_ERROR;
    return this.found ? EXIT_FOUND : EXIT_OK;
  }
}
