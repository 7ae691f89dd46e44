import type { ChalkInstance } from 'chalk';
import type { RuleSet } from '../engine/compile.js';
import { errorResult, scanDoc, type ScannedPost } from '../pipeline.js';
import { formatSummary } from '../report/pretty.js';
import { formatTiming } from '../report/timing.js';
import { Progress } from '../report/progress.js';
import { createReporter, type Format } from '../report/reporters.js';
import { SummaryCounter } from '../report/summary.js';
import { isSourceError, readFileDoc, walkTargets } from '../sources/files.js';
import { readStdin } from '../sources/stdin.js';
import { fetchUrl, isUrlTarget } from '../sources/url.js';
import { ExitStatus, type FailOn } from './exit-codes.js';
import { cores } from './cores.js';
import { allowOptimisingCompiler, isLargeInput } from './v8-tuning.js';
import { runOrdered } from './ordered-pool.js';
import { HANDED_BACK, scanFile, type ScanWorkerConfig } from './scan-worker.js';
import { FileScanPool } from './worker-pool.js';
import { writeStderr, writeStdout, writeStdoutBytes } from './output.js';
import { isPacked, type PackedPost } from './packed-results.js';

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
  /**
   * scan every file in the main thread, never in workers (the straightforward path). Otherwise a
   * big enough folder goes to workers even at --concurrency 1: their heap is capped, the main
   * thread's is V8's default (one worker: 106 MB on 4 000 posts; the main thread alone: 212 MB)
   */
  inThread?: boolean;
  /** progress and summary on stderr */
  progress: boolean;
  /** stderr is a terminal: redraw the progress line in place */
  stderrIsTerminal: boolean;
  /** --rules folders, for workers to load the same rules */
  ruleDirs: string[];
  /** the CLI's entry file, which worker threads run */
  entryFile?: string;
  /** print the slowest rules at the end */
  timing: boolean;
}

/** Below this many files a folder is scanned in the main thread: starting workers costs more. */
const WORKER_MIN_FILES = 64;

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

/** The rule set, loaded when first asked for (a folder scan's workers load their own). */
export type RuleLoader = () => Promise<RuleSet>;

async function runJob(job: Job, rules: RuleLoader, options: ScanCommandOptions, pool: FileScanPool | undefined, timing: Map<string, number> | undefined): Promise<ScannedPost[] | PackedPost[]> {
  const extract = { textField: options.textField, idField: options.idField };
  switch (job.kind) {
    case 'error':
      return [job.scanned];
    case 'stdin': {
      const doc = await readStdin();
      if (isLargeInput(doc.bytes.length)) allowOptimisingCompiler();
      return scanDoc(doc, await rules(), extract, { timing });
    }
    case 'url': {
      const fetched = await fetchUrl(job.url, { timeoutMs: options.timeoutMs, maxBytes: options.maxBytes });
      if (isSourceError(fetched)) return [errorResult(fetched)];
      if (isLargeInput(fetched.bytes.length)) allowOptimisingCompiler();
      const scanned = await scanDoc(fetched, await rules(), { ...extract, baseUrl: fetched.finalUrl }, { timing });
      for (const s of scanned) s.result.finalUrl = fetched.finalUrl;
      return scanned;
    }
    case 'file': {
      if (pool) {
        const scanned = await pool.scan(job.path);
        if (scanned !== HANDED_BACK) return scanned;
      }
      // a very large file is scanned here, where the heap is not a worker's
      return scanFile(job.path, await rules(), workerConfig(options), timing);
    }
  }
}

function workerConfig(options: ScanCommandOptions): ScanWorkerConfig {
  return {
    ruleDirs: options.ruleDirs,
    maxBytes: options.maxBytes,
    extract: { textField: options.textField, idField: options.idField },
    keepText: options.format === 'pretty',
    timing: options.timing,
    pack: options.format === 'ndjson',
  };
}

/** The first `count` items of an iterator, and an iterable of all of them (those first, then the rest). */
function peek<T>(items: Iterator<T>, count: number): { head: T[]; all: Iterable<T> } {
  const head: T[] = [];
  while (head.length < count) {
    const step = items.next();
    if (step.done) break;
    head.push(step.value);
  }
  function* all(): Generator<T> {
    yield* head;
    for (let step = items.next(); !step.done; step = items.next()) yield step.value;
  }
  return { head, all: all() };
}

function countFiles(targets: readonly string[], options: ScanCommandOptions): number {
  let total = 0;
  for (const _job of jobsFor(targets, options)) total++;
  return total;
}

/**
 * Scans every target and reports each result as it finishes, in the order of the targets
 * (folders sorted by path) however many run at once; returns the exit code.
 */
export async function runScan(
  targets: readonly string[],
  rules: RuleLoader,
  options: ScanCommandOptions,
  chalk: ChalkInstance,
  stderrChalk: ChalkInstance,
): Promise<number> {
  const started = process.hrtime.bigint();
  const reporter = createReporter(options.format, writeStdout, chalk);
  const counter = new SummaryCounter();
  const status = new ExitStatus(options.failOn);
  // jobs stream from the walk (a folder of 100 000 posts is never held in memory); the total for
  // the progress line comes from a walk of its own, which only counts
  const { head, all: jobs } = peek(jobsFor(targets, options), WORKER_MIN_FILES);
  const total = options.progress ? (head.length < WORKER_MIN_FILES ? head.length : countFiles(targets, options)) : 0;
  const progress = options.progress && total > 1 ? new Progress(writeStderr, total, options.stderrIsTerminal, stderrChalk) : undefined;
  const timing = options.timing ? new Map<string, number>() : undefined;
  const workers = Math.min(options.concurrency, cores());
  const useWorkers = !options.inThread && options.entryFile !== undefined && head.filter((j) => j.kind === 'file').length >= WORKER_MIN_FILES;
  // workers that cannot start (too little memory, say) leave the scan to the main thread
  const pool = useWorkers ? await FileScanPool.start(workers, options.entryFile!, workerConfig(options)) : undefined;

  try {
    // files in flight with workers: 12 per worker keeps them busy (8 starved them: 89 s for 100 000
    // posts) while the main thread's young generation stays small (16 per worker: 152-154 MB with
    // 434 rules, against 145-148 MB at 12, in the same time)
    await runOrdered(jobs, pool ? workers * 12 : options.concurrency, (job) => runJob(job, rules, options, pool, timing), (scannedPosts) => {
      for (const scanned of scannedPosts) {
        if (isPacked(scanned)) {
          // from a worker, already as the JSON Lines the ndjson reporter would write
          counter.addCounts(scanned.verdict, scanned.rules);
          status.add(scanned.verdict);
          writeStdoutBytes(scanned.packed);
          continue;
        }
        counter.add(scanned.result);
        status.add(scanned.result.verdict);
        reporter.result(scanned);
      }
      progress?.tick(scannedPosts.length);
    });
  } finally {
    const workerTiming = await pool?.close();
    for (const [rule, ms] of workerTiming ?? []) timing?.set(rule, (timing.get(rule) ?? 0) + ms);
  }

  progress?.finish();
  const summary = counter.summary(Number(process.hrtime.bigint() - started) / 1e6);
  reporter.end(summary);
  if (options.progress && summary.total > 1) writeStderr(formatSummary(stderrChalk, summary, counter.topRules(5)));
  if (timing) writeStderr(formatTiming(timing, 10));
  return status.code;
}

