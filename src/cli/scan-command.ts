import type { ChalkInstance } from 'chalk';
import type { RuleSet } from '../engine/compile.js';
import { errorResult, scanDoc, type ScannedPost } from '../pipeline.js';
import { formatSummary } from '../report/pretty.js';
import { Progress } from '../report/progress.js';
import { createReporter, type Format } from '../report/reporters.js';
import { SummaryCounter } from '../report/summary.js';
import { isSourceError, readFileDoc, walkTargets } from '../sources/files.js';
import { readStdin } from '../sources/stdin.js';
import { fetchUrl, isUrlTarget } from '../sources/url.js';
import { ExitStatus, type FailOn } from './exit-codes.js';
import { runOrdered } from './ordered-pool.js';
import { writeStderr, writeStdout } from './output.js';

export interface ScanCommandOptions {
  format: Format;
  failOn: FailOn;
  maxBytes: number;
  timeoutMs: number;
  textField?: string;
  idField?: string;
  include?: string[];
  exclude?: string[];
  concurrency: number;
  /** progress and summary on stderr */
  progress: boolean;
  /** stderr is a terminal: redraw the progress line in place */
  stderrIsTerminal: boolean;
}

/** One thing to read: stdin, a URL, a file, or a path that could not be walked. */
type Job = { kind: 'stdin' } | { kind: 'url'; url: string } | { kind: 'file'; path: string } | { kind: 'error'; scanned: ScannedPost };

function* jobsFor(targets: readonly string[], options: ScanCommandOptions): Generator<Job> {
  for (const target of targets) {
    if (target === '-') yield { kind: 'stdin' };
    else if (isUrlTarget(target)) yield { kind: 'url', url: target };
    else {
      for (const entry of walkTargets([target], { include: options.include, exclude: options.exclude })) {
        yield isSourceError(entry) ? { kind: 'error', scanned: errorResult(entry) } : { kind: 'file', path: entry.path };
      }
    }
  }
}

async function runJob(job: Job, rules: RuleSet, options: ScanCommandOptions): Promise<ScannedPost[]> {
  const extract = { textField: options.textField, idField: options.idField };
  switch (job.kind) {
    case 'error':
      return [job.scanned];
    case 'stdin':
      return scanDoc(await readStdin(), rules, extract);
    case 'url': {
      const fetched = await fetchUrl(job.url, { timeoutMs: options.timeoutMs, maxBytes: options.maxBytes });
      if (isSourceError(fetched)) return [errorResult(fetched)];
      const scanned = await scanDoc(fetched, rules, { ...extract, baseUrl: fetched.finalUrl });
      for (const s of scanned) s.result.finalUrl = fetched.finalUrl;
      return scanned;
    }
    case 'file': {
      const doc = readFileDoc(job.path, options.maxBytes);
      return isSourceError(doc) ? [errorResult(doc)] : scanDoc(doc, rules, extract);
    }
  }
}

/**
 * Scans every target and reports each result as it finishes, in the order of the targets
 * (folders sorted by path) however many run at once; returns the exit code.
 */
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
  // the total is known before scanning (walking is cheap next to scanning) only when it is shown
  const jobs = options.progress ? [...jobsFor(targets, options)] : jobsFor(targets, options);
  const progress = options.progress && Array.isArray(jobs) && jobs.length > 1 ? new Progress(writeStderr, jobs.length, options.stderrIsTerminal, stderrChalk) : undefined;

  await runOrdered(jobs, options.concurrency, (job) => runJob(job, rules, options), (scannedPosts) => {
    for (const scanned of scannedPosts) {
      counter.add(scanned.result);
      status.add(scanned.result.verdict);
      reporter.result(scanned);
    }
    progress?.tick(scannedPosts.length);
  });

  progress?.finish();
  const summary = counter.summary(Number(process.hrtime.bigint() - started) / 1e6);
  reporter.end(summary);
  if (options.progress && summary.total > 1) writeStderr(formatSummary(stderrChalk, summary, counter.topRules(5)));
  return status.code;
}
