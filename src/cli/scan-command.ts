import type { ChalkInstance } from 'chalk';
import type { RuleSet } from '../engine/compile.js';
import { errorResult, scanDoc, type ScannedPost } from '../pipeline.js';
import { formatSummary } from '../report/pretty.js';
import { createReporter, type Format } from '../report/reporters.js';
import { SummaryCounter } from '../report/summary.js';
import { DEFAULT_MAX_FILE_BYTES, isSourceError, readFileDoc, walkTargets } from '../sources/files.js';
import { readStdin } from '../sources/stdin.js';
import { ExitStatus, type FailOn } from './exit-codes.js';
import { writeStderr, writeStdout } from './output.js';

export interface ScanCommandOptions {
  format: Format;
  failOn: FailOn;
  maxBytes: number;
  textField?: string;
  idField?: string;
  quiet: boolean;
}

const URL_LIKE = /^[a-z][a-z0-9+.-]*:\/\//i;

/** Scans every target in order and reports each result as it finishes; returns the exit code. */
export async function runScan(
  targets: readonly string[],
  rules: RuleSet,
  options: ScanCommandOptions,
  chalk: ChalkInstance,
  stderrChalk: ChalkInstance,
): Promise<number> {
  const started = process.hrtime.bigint();
  const reporter = createReporter(options.format, writeStdout, chalk);
  const counter = new SummaryCounter();
  const status = new ExitStatus(options.failOn);
  const emit = (scanned: ScannedPost): void => {
    counter.add(scanned.result);
    status.add(scanned.result.verdict);
    reporter.result(scanned);
  };
  const extractOptions = { textField: options.textField, idField: options.idField };

  for (const target of targets) {
    if (target === '-') {
      for (const scanned of await scanDoc(await readStdin(), rules, extractOptions)) emit(scanned);
      continue;
    }
    if (URL_LIKE.test(target)) {
      emit(errorResult({ source: target, code: 'unsupported-target', message: 'reading URLs is not supported by this build' }));
      continue;
    }
    for (const entry of walkTargets([target])) {
      if (isSourceError(entry)) {
        emit(errorResult(entry));
        continue;
      }
      const doc = readFileDoc(entry.path, options.maxBytes ?? DEFAULT_MAX_FILE_BYTES);
      if (isSourceError(doc)) {
        emit(errorResult(doc));
        continue;
      }
      for (const scanned of await scanDoc(doc, rules, extractOptions)) emit(scanned);
    }
  }

  const summary = counter.summary(Number(process.hrtime.bigint() - started) / 1e6);
  reporter.end(summary);
  if (!options.quiet && summary.total > 1) writeStderr(formatSummary(stderrChalk, summary, counter.topRules(5)));
  return status.code;
}
