import type { Worker } from 'node:worker_threads';
import type { ScannedPost } from '../pipeline.js';
import type { ScanWorkerConfig, WorkerReply, WorkerRequest } from './scan-worker.js';

/** The flag that makes the CLI's entry file run as a scan worker. */
export const WORKER_FLAG = '--fakepromo-scan-worker';
/** Paths sent to a worker at once: fewer messages, still a fair share of the work. */
const BATCH_SIZE = 16;
/** Heap limits of a worker (MB): a 5 MB post needs about a tenth of the old space. */
const WORKER_OLD_SPACE_MB = 64;
const WORKER_YOUNG_SPACE_MB = 8;
/** Batches a worker holds at once, so it never waits for the next. */
const BATCHES_IN_FLIGHT = 2;

interface Pending {
  path: string;
  resolve: (results: ScannedPost[]) => void;
  reject: (error: Error) => void;
}

/**
 * Worker threads that read and scan files, as many as the cores: the main thread walks folders
 * and writes results while the workers do the CPU work. Each worker loads the same rules itself.
 */
export class FileScanPool {
  private readonly queue: Pending[] = [];
  private readonly inFlight = new Map<number, Pending[]>();
  private readonly idle: Worker[] = [];
  private readonly load = new Map<Worker, number>();
  private readonly timing = new Map<string, number>();
  private nextBatch = 0;
  private flushScheduled = false;
  private failure: Error | undefined;

  private constructor(private readonly workers: Worker[]) {}

  static async start(size: number, entryFile: string, config: ScanWorkerConfig): Promise<FileScanPool> {
    const { Worker: WorkerThread } = await import('node:worker_threads');
    // a scan keeps little alive between posts: a small heap makes V8 collect sooner instead of
    // growing, which keeps the process within its memory budget with a worker per core
    const resourceLimits = { maxOldGenerationSizeMb: WORKER_OLD_SPACE_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_SPACE_MB };
    const workers = Array.from({ length: size }, () => new WorkerThread(entryFile, { argv: [WORKER_FLAG], workerData: config, resourceLimits }));
    const pool = new FileScanPool(workers);
    await Promise.all(workers.map((worker) => pool.attach(worker)));
    return pool;
  }

  /** Scans one file in some worker; results come back as the batch it went with finishes. */
  scan(path: string): Promise<ScannedPost[]> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.queue.push({ path, resolve, reject });
      if (this.queue.length >= BATCH_SIZE) this.dispatch();
      else if (!this.flushScheduled) {
        this.flushScheduled = true;
        setImmediate(() => {
          this.flushScheduled = false;
          this.dispatch();
        });
      }
    });
  }

  /** Stops the workers; returns the time each rule took in all of them (ms) when timing was asked. */
  async close(): Promise<Map<string, number>> {
    await Promise.all(
      this.workers.map(
        (worker) =>
          new Promise<void>((resolve) => {
            worker.once('exit', () => resolve());
            worker.postMessage({ end: true } satisfies WorkerRequest);
          }),
      ),
    );
    return this.timing;
  }

  private attach(worker: Worker): Promise<void> {
    return new Promise((resolve, reject) => {
      worker.on('message', (reply: WorkerReply) => {
        if ('ready' in reply) {
          this.load.set(worker, 0);
          resolve();
        } else if ('failed' in reply) {
          reject(new Error(reply.failed));
        } else if ('timing' in reply) {
          for (const [rule, ms] of reply.timing) this.timing.set(rule, (this.timing.get(rule) ?? 0) + ms);
        } else {
          const pending = this.inFlight.get(reply.batch)!;
          this.inFlight.delete(reply.batch);
          pending.forEach((p, k) => p.resolve(reply.results[k]!));
          this.load.set(worker, this.load.get(worker)! - 1);
          this.dispatch();
        }
      });
      worker.on('error', (error) => {
        this.fail(error);
        reject(error);
      });
    });
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const worker = this.leastLoaded();
      if (!worker) return;
      const pending = this.queue.splice(0, BATCH_SIZE);
      const batch = this.nextBatch++;
      this.inFlight.set(batch, pending);
      this.load.set(worker, this.load.get(worker)! + 1);
      worker.postMessage({ batch, paths: pending.map((p) => p.path) } satisfies WorkerRequest);
    }
  }

  private leastLoaded(): Worker | undefined {
    let best: Worker | undefined;
    for (const worker of this.workers) {
      const n = this.load.get(worker) ?? BATCHES_IN_FLIGHT;
      if (n < BATCHES_IN_FLIGHT && (best === undefined || n < this.load.get(best)!)) best = worker;
    }
    return best;
  }

  private fail(error: Error): void {
    this.failure = error;
    for (const pending of [...this.inFlight.values()].flat().concat(this.queue.splice(0))) pending.reject(error);
    this.inFlight.clear();
  }
}
