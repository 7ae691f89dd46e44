import type { RuleSet } from '../engine/compile.js';
import type { ExtractOptions } from '../extract/index.js';
import { errorResult, scanDoc, type ScannedPost } from '../pipeline.js';
import { isSourceError, readFileDoc } from '../sources/files.js';
import type { RawDoc, SourceError } from '../sources/types.js';
import { packFiles, type PackedPost } from './packed-results.js';
import { rulesForRun } from './rules.js';
import { keepYoungGenerationSmall } from './v8-tuning.js';

/** What a scan worker is started with: enough to load the same rules and read files the same way. */
export interface ScanWorkerConfig {
  ruleDirs: string[];
  maxBytes: number;
  extract: ExtractOptions;
  /** keep each post's text in the results (the pretty format quotes it) */
  keepText: boolean;
  /** measure the time of each rule */
  timing: boolean;
  /** send results packed as their JSON Lines (the ndjson format), see PackedPost */
  pack: boolean;
}

/** Files larger than this (bytes) a worker hands back to the main thread: an HTML page's tree can take ten times its size. */
export const WORKER_MAX_FILE_BYTES = 1024 * 1024;
/** What a worker answers for a file it hands back (the main thread scans it itself). */
export const HANDED_BACK = 'handed-back';
export type HandedBack = typeof HANDED_BACK;

export type WorkerRequest = { batch: number; paths: string[] } | { end: true };
export type WorkerReply =
  | { ready: true }
  | { batch: number; results: Array<ScannedPost[] | PackedPost[] | HandedBack> }
  | { timing: Array<[string, number]> }
  | { failed: string };

/** Reads and scans one file: the same steps in a worker as in the main thread. */
export async function scanFile(path: string, rules: RuleSet, config: Omit<ScanWorkerConfig, 'ruleDirs'>, timing?: Map<string, number>): Promise<ScannedPost[]> {
  return scanRead(readFileDoc(path, config.maxBytes), rules, config, timing); // sync: a worker has nothing else to do meanwhile
}

async function scanRead(doc: RawDoc | SourceError, rules: RuleSet, config: Omit<ScanWorkerConfig, 'ruleDirs'>, timing?: Map<string, number>): Promise<ScannedPost[]> {
  if (isSourceError(doc)) return [errorResult(doc)];
  const scanned = await scanDoc(doc, rules, config.extract, { timing });
  if (!config.keepText) for (const post of scanned) delete post.text;
  return scanned;
}

/**
 * A worker's scan of one file: the file is read once (its size comes with it), and one too large
 * for the worker's heap is handed back; the main thread then reads it again, which is rare.
 */
async function scanInWorker(path: string, rules: RuleSet, config: ScanWorkerConfig, timing?: Map<string, number>): Promise<ScannedPost[] | HandedBack> {
  const doc = readFileDoc(path, config.maxBytes);
  if (!isSourceError(doc) && doc.bytes.length > WORKER_MAX_FILE_BYTES) return HANDED_BACK;
  return scanRead(doc, rules, config, timing);
}

/** The body of a scan worker thread: load the rules once, then scan the batches of paths it is sent. */
export async function runScanWorker(): Promise<void> {
  keepYoungGenerationSmall(); // this worker's heap now exists: set it again (see v8-tuning.ts)
  const { parentPort, workerData } = await import('node:worker_threads');
  const port = parentPort!;
  const config = workerData as ScanWorkerConfig;
  let rules: RuleSet;
  try {
    rules = await rulesForRun(config.ruleDirs);
  } catch (error) {
    port.postMessage({ failed: (error as Error).message } satisfies WorkerReply);
    return;
  }
  const timing = config.timing ? new Map<string, number>() : undefined;
  port.on('message', (request: WorkerRequest) => {
    if ('end' in request) {
      port.postMessage({ timing: [...(timing ?? [])] } satisfies WorkerReply);
      port.close();
      return;
    }
    void (async () => {
      const results: Array<ScannedPost[] | HandedBack> = [];
      // sizes are known here, not in the main thread, whose every allocation per file counts
      for (const path of request.paths) results.push(await scanInWorker(path, rules, config, timing));
      if (!config.pack) {
        port.postMessage({ batch: request.batch, results } satisfies WorkerReply);
        return;
      }
      const packed = packFiles(results);
      port.postMessage({ batch: request.batch, results: packed.files } satisfies WorkerReply, [packed.buffer]);
    })();
  });
  port.postMessage({ ready: true } satisfies WorkerReply);
}
