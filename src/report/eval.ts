import type { ChalkInstance } from 'chalk';
import type { ScanResult } from '../pipeline.js';

export const LABELS = ['scam', 'legit', 'warning'] as const;
export type Label = (typeof LABELS)[number];
const COLUMNS = ['scam', 'suspicious', 'warning', 'clean', 'error'] as const;
type Column = (typeof COLUMNS)[number];

/** What counts as getting a label right: a scam is caught when flagged at all. */
const HITS_LABEL: Record<Label, readonly Column[]> = { scam: ['scam', 'suspicious'], legit: ['clean'], warning: ['warning'] };

export interface LabelledResult {
  label: Label;
  result: ScanResult;
}

interface Rates {
  count: number;
  precision: number | null;
  recall: number | null;
}

export interface EvalReport {
  total: number;
  confusion: Record<Label, Record<Column, number>>;
  /** per label, for all posts and for each detected language */
  byLanguage: Record<string, Record<Label, Rates>>;
  targets: {
    scamsFlagged: number | null;
    legitCalledScam: number | null;
    legitFlagged: number | null;
    warningsCalledWarning: number | null;
  };
  /** how many posts of each label each rule fired on; rules that fire on legit posts are the suspects */
  rules: Array<{ rule: string; scam: number; legit: number; warning: number }>;
  misses: Array<{ source: string; label: Label; verdict: string; score: number | null; warningScore: number | null; rules: string[] }>;
}

function columnOf(result: ScanResult): Column {
  return result.verdict ?? 'error';
}

function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 1000) / 1000;
}

function rates(items: LabelledResult[]): Record<Label, Rates> {
  const out = {} as Record<Label, Rates>;
  for (const label of LABELS) {
    const predictedAs = (item: LabelledResult): boolean => HITS_LABEL[label].includes(columnOf(item.result));
    const ofLabel = items.filter((i) => i.label === label);
    const truePositives = ofLabel.filter(predictedAs).length;
    out[label] = { count: ofLabel.length, recall: ratio(truePositives, ofLabel.length), precision: ratio(truePositives, items.filter(predictedAs).length) };
  }
  return out;
}

export function evaluate(items: LabelledResult[]): EvalReport {
  const confusion = {} as Record<Label, Record<Column, number>>;
  for (const label of LABELS) confusion[label] = Object.fromEntries(COLUMNS.map((c) => [c, 0])) as Record<Column, number>;
  for (const item of items) confusion[item.label][columnOf(item.result)]++;

  const byLanguage: Record<string, Record<Label, Rates>> = { all: rates(items) };
  for (const lang of [...new Set(items.map((i) => i.result.lang ?? 'error'))].sort()) byLanguage[lang] = rates(items.filter((i) => (i.result.lang ?? 'error') === lang));

  const count = (label: Label, columns: readonly Column[]): number => columns.reduce((n, c) => n + confusion[label][c], 0);
  const totals = Object.fromEntries(LABELS.map((l) => [l, count(l, COLUMNS)])) as Record<Label, number>;

  const ruleCounts = new Map<string, Record<Label, number>>();
  for (const item of items) {
    for (const hit of item.result.hits) {
      const row = ruleCounts.get(hit.rule) ?? { scam: 0, legit: 0, warning: 0 };
      row[item.label]++;
      ruleCounts.set(hit.rule, row);
    }
  }

  return {
    total: items.length,
    confusion,
    byLanguage,
    targets: {
      scamsFlagged: ratio(count('scam', ['scam', 'suspicious']), totals.scam),
      legitCalledScam: ratio(count('legit', ['scam']), totals.legit),
      legitFlagged: ratio(count('legit', ['scam', 'suspicious']), totals.legit),
      warningsCalledWarning: ratio(count('warning', ['warning']), totals.warning),
    },
    rules: [...ruleCounts]
      .map(([rule, c]) => ({ rule, ...c }))
      .sort((a, b) => b.legit - a.legit || b.scam + b.warning - (a.scam + a.warning) || a.rule.localeCompare(b.rule)),
    misses: items
      .filter((i) => !HITS_LABEL[i.label].includes(columnOf(i.result)))
      .map(({ label, result }) => ({ source: result.source, label, verdict: columnOf(result), score: result.score, warningScore: result.warningScore, rules: result.hits.map((h) => h.rule) })),
  };
}

const pct = (x: number | null): string => (x === null ? '   –  ' : `${(x * 100).toFixed(1).padStart(5)}%`);

export function formatEval(chalk: ChalkInstance, report: EvalReport): string {
  const lines: string[] = [];
  lines.push(chalk.bold(`${report.total} labelled posts`), '');
  lines.push(chalk.bold('confusion (rows: label, columns: verdict)'));
  lines.push(`${'label'.padEnd(9)}${COLUMNS.map((c) => c.padStart(12)).join('')}`);
  for (const label of LABELS) lines.push(`${label.padEnd(9)}${COLUMNS.map((c) => String(report.confusion[label][c]).padStart(12)).join('')}`);
  lines.push('', chalk.bold('precision / recall by language (scam = flagged scam or suspicious)'));
  for (const [lang, byLabel] of Object.entries(report.byLanguage)) {
    lines.push(`${lang.padEnd(9)}${LABELS.map((l) => `${l} ${pct(byLabel[l].precision)} / ${pct(byLabel[l].recall)} (${byLabel[l].count})`).join('   ')}`);
  }
  const t = report.targets;
  const mark = (ok: boolean): string => (ok ? chalk.green('ok') : chalk.red('MISSED'));
  lines.push('', chalk.bold('targets'));
  lines.push(`  scams flagged            ${pct(t.scamsFlagged)}  (≥ 95%)  ${mark((t.scamsFlagged ?? 1) >= 0.95)}`);
  lines.push(`  legit called scam        ${pct(t.legitCalledScam)}  (≤ 2%)   ${mark((t.legitCalledScam ?? 0) <= 0.02)}`);
  lines.push(`  legit flagged at all     ${pct(t.legitFlagged)}  (≤ 8%)   ${mark((t.legitFlagged ?? 0) <= 0.08)}`);
  lines.push(`  warnings called warning  ${pct(t.warningsCalledWarning)}  (≥ 90%)  ${mark((t.warningsCalledWarning ?? 1) >= 0.9)}`);
  lines.push('', chalk.bold('rules by the posts they fired on (suspects first: rules that fire on legit posts)'));
  lines.push(`${'rule'.padEnd(46)}${'scam'.padStart(6)}${'legit'.padStart(7)}${'warning'.padStart(9)}`);
  for (const r of report.rules) {
    const legit = r.legit > 0 ? chalk.yellow(String(r.legit).padStart(7)) : String(r.legit).padStart(7);
    lines.push(`${r.rule.padEnd(46)}${String(r.scam).padStart(6)}${legit}${String(r.warning).padStart(9)}`);
  }
  if (report.misses.length > 0) {
    lines.push('', chalk.bold(`misses (${report.misses.length})`));
    for (const m of report.misses) lines.push(`  ${m.label} → ${m.verdict} (lure ${m.score ?? '–'}, warning ${m.warningScore ?? '–'})  ${m.source}  ${chalk.dim(m.rules.join(' '))}`);
  }
  return `${lines.join('\n')}\n`;
}
