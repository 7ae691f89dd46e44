/**
 * The slowest rules of a run, as ESLint's TIMING=1 shows them: rule id, total time and share of
 * the time all rules took, so rule authors see what a pattern costs. The work rules share (text
 * views, literal prefilter, web addresses) has rows of its own, in parentheses.
 */
export function formatTiming(timing: ReadonlyMap<string, number>, count: number): string {
  const total = [...timing.values()].reduce((sum, ms) => sum + ms, 0);
  const slowest = [...timing].sort((a, b) => b[1] - a[1]).slice(0, count);
  const width = Math.max(4, ...slowest.map(([rule]) => rule.length));
  const lines = [`${'Rule'.padEnd(width)} | Time (ms) | Relative`, `${'-'.repeat(width)} | --------- | --------`];
  for (const [rule, ms] of slowest) {
    lines.push(`${rule.padEnd(width)} | ${ms.toFixed(1).padStart(9)} | ${(total > 0 ? (100 * ms) / total : 0).toFixed(1).padStart(7)}%`);
  }
  lines.push(`${'all'.padEnd(width)} | ${total.toFixed(1).padStart(9)} |  100.0%`);
  return `${lines.join('\n')}\n`;
}
