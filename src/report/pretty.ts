import type { ChalkInstance } from 'chalk';
import type { Evidence, Hit, Verdict } from '../engine/types.js';
import type { ScannedPost } from '../pipeline.js';
import type { Summary } from './summary.js';
import { sanitizeForTerminal } from './terminal.js';

const CONTEXT_WIDTH = 36;

function verdictLabel(chalk: ChalkInstance, verdict: Verdict): string {
  const label = verdict.toUpperCase().padEnd(10);
  switch (verdict) {
    case 'scam':
      return chalk.bold.white.bgRed(` ${label}`);
    case 'suspicious':
      return chalk.bold.black.bgYellow(` ${label}`);
    case 'warning':
      return chalk.bold.black.bgCyan(` ${label}`);
    default:
      return chalk.bold.black.bgGreen(` ${label}`);
  }
}

function weightLabel(hit: Hit): string {
  const sign = hit.weight >= 0 ? '+' : '−';
  return `${sign}${Math.abs(hit.weight)}`.padStart(5);
}

/**
 * The line of the text around one piece of evidence, cut to a readable width, with the
 * evidence highlighted (or bracketed «…» without colour).
 */
export function contextLine(chalk: ChalkInstance, text: string, evidence: Evidence): string {
  const lineStart = text.lastIndexOf('\n', evidence.start - 1) + 1;
  const lineEndAt = text.indexOf('\n', Math.max(evidence.start, evidence.end - 1));
  const lineEnd = lineEndAt === -1 ? text.length : lineEndAt;
  const from = Math.max(lineStart, evidence.start - CONTEXT_WIDTH);
  const to = Math.min(lineEnd, evidence.end + CONTEXT_WIDTH);
  const show = (a: number, b: number): string => sanitizeForTerminal(text.slice(a, b).replace(/[\r\n]/g, ' '));
  const before = show(from, evidence.start);
  const quoted = show(evidence.start, evidence.end);
  const after = show(evidence.end, Math.max(evidence.end, to));
  const mark = chalk.level > 0 ? chalk.bold.red.underline(quoted) : `«${quoted}»`;
  return `${from > lineStart ? '…' : ''}${before}${mark}${after}${to < lineEnd ? '…' : ''}`;
}

export function formatPretty(chalk: ChalkInstance, scanned: ScannedPost): string {
  const { result, text } = scanned;
  const source = sanitizeForTerminal(result.source);
  if (result.error || result.verdict === null) {
    return `${chalk.bold.white.bgMagenta(' ERROR      ')} ${chalk.bold(source)}\n  ${chalk.magenta(result.error?.code ?? 'error')}: ${sanitizeForTerminal(result.error?.message ?? 'unknown error')}\n\n`;
  }
  const scores = result.verdict === 'warning' ? `warning ${result.warningScore} · lure ${result.score}` : `score ${result.score}`;
  const lines = [`${verdictLabel(chalk, result.verdict)} ${chalk.bold(source)}  ${chalk.dim(`${scores} · ${result.lang}`)}`];
  if (result.title) lines.push(`  ${chalk.dim('title')} ${sanitizeForTerminal(result.title)}`);
  for (const hit of orderForReading(result.hits)) {
    const weight = hit.category === 'warning-context' ? chalk.cyan(weightLabel(hit)) : hit.weight < 0 ? chalk.green(weightLabel(hit)) : chalk.red(weightLabel(hit));
    lines.push(`  ${weight}  ${hit.message}  ${chalk.dim(`${hit.category} · ${hit.rule}`)}`);
    for (const evidence of hit.evidence) {
      const target = evidence.link !== undefined ? ` ${chalk.dim('→')} ${chalk.underline(sanitizeForTerminal(evidence.link))}` : '';
      if (text !== undefined && evidence.end > evidence.start) lines.push(`         ${chalk.dim('│')} ${contextLine(chalk, text, evidence)}${target}`);
      else if (target) lines.push(`         ${chalk.dim('│')} ${chalk.dim('link')}${target}`);
    }
  }
  return `${lines.join('\n')}\n\n`;
}

/** Lure signals first, strongest first; then what speaks for a warning or for a real offer; combinations last. */
function orderForReading(hits: Hit[]): Hit[] {
  const group = (h: Hit): number => (h.category === 'combination' ? 3 : h.category === 'warning-context' ? 1 : h.weight < 0 ? 2 : 0);
  return [...hits].sort((a, b) => group(a) - group(b) || Math.abs(b.weight) - Math.abs(a.weight));
}

export function formatSummary(chalk: ChalkInstance, summary: Summary, topRules: Array<[string, number]>): string {
  const parts = [
    chalk.red(`${summary.scam} scam`),
    chalk.yellow(`${summary.suspicious} suspicious`),
    chalk.cyan(`${summary.warning} warning`),
    chalk.green(`${summary.clean} clean`),
    summary.errors > 0 ? chalk.magenta(`${summary.errors} errors`) : `${summary.errors} errors`,
  ];
  const seconds = summary.elapsedMs / 1000;
  const rate = seconds > 0 ? ` (${Math.round(summary.total / seconds)}/s)` : '';
  const lines = [`${chalk.bold(`${summary.total} scanned`)}: ${parts.join(', ')} in ${seconds.toFixed(2)} s${rate}`];
  if (topRules.length > 0) lines.push(`${chalk.dim('rules that fired most:')} ${topRules.map(([rule, n]) => `${rule} ×${n}`).join(', ')}`);
  return `${lines.join('\n')}\n`;
}
