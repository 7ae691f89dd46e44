import type { Verdict } from '../engine/types.js';
import type { ScanResult } from '../pipeline.js';

export interface Summary {
  total: number;
  scam: number;
  suspicious: number;
  warning: number;
  clean: number;
  errors: number;
  elapsedMs: number;
}

/** The verdict a result counts under in the summary, null for an error. */
export function countedVerdict(result: ScanResult): Verdict | null {
  return result.error ? null : result.verdict;
}

/** Counts results as they come, and which rules fired most. */
export class SummaryCounter {
  private readonly counts: Record<Verdict, number> = { clean: 0, warning: 0, suspicious: 0, scam: 0 };
  private errors = 0;
  private total = 0;
  readonly ruleCounts = new Map<string, number>();

  add(result: ScanResult): void {
    this.addCounts(countedVerdict(result), result.hits.map((hit) => hit.rule));
  }

  /** A result by its verdict (null: an error) and the rules that fired. */
  addCounts(verdict: Verdict | null, rules: readonly string[]): void {
    this.total++;
    if (!verdict) this.errors++;
    else this.counts[verdict]++;
    for (const rule of rules) this.ruleCounts.set(rule, (this.ruleCounts.get(rule) ?? 0) + 1);
  }

  summary(elapsedMs: number): Summary {
    return { total: this.total, ...this.counts, errors: this.errors, elapsedMs: Math.round(elapsedMs) };
  }

  topRules(n: number): Array<[string, number]> {
    return [...this.ruleCounts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, n);
  }
}
