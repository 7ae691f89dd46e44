import type { Worker } from 'node:worker_threads';
import { errorResult, type ScannedPost } from '../pipeline.js';
import type { PackedPost } from './packed-results.js';
import type { HandedBack, ScanWorkerConfig, WorkerReply, WorkerRequest } from './scan-worker.js';

/** The flag that makes the CLI's entry file run as a scan worker. */
export const WORKER_FLAG = '--fakepromo-scan-worker';
/** Paths sent to a worker at once: fewer messages, still a fair share of the work. */
const BATCH_SIZE = 16;
/**
 * Heap limits of a worker (MB). Files too big for them are scanned in the main thread instead.
 * FAKEPROMO_WORKER_HEAP_MB sets the old space for machines with less (or more) memory to spare.
 * A worker that has met most of the rules holds about 50 MB after a full collection (each rule's
 * regular expressions compile on first use, and 1,100 rules' machine code adds up): a folder of
 * lures close to that at 64 MB, collected without end, ran at half speed (30 s against 17 s on
 * the 14,000 labelled posts) and once lost a file to "JS heap out of memory". A limit is a ceiling,
 * not a reservation: on ordinary posts peak RSS is the same at 64 and 96 MB (159 MB on the bench).
 */
const WORKER_OLD_SPACE_MB = Number(process.env.FAKEPROMO_WORKER_HEAP_MB) || 96;
/**
 * A post's garbage is short-lived and small. At 2 MB the workers spent some 10% of their time
 * collecting it; 4 MB ran 7-15% faster than 2 MB on 10 000 posts, for about 5 MB more peak RSS.
 * With 412 rules, 4 MB took a 100 000-post folder to 150-153 MB; 3 MB gives 146 MB for a few per
 * cent of speed (54 against 52 s). At 8 MB and more the RSS grows with no further speed.
 */
const WORKER_YOUNG_SPACE_MB = 3;
/** Batches a worker holds at once, so it never waits for the next. */
const BATCHES_IN_FLIGHT = 2;
/** Workers started to replace ones that died, before the pool gives up on them. */
const MAX_RESTARTS = 8;

interface Pending {
  path: string;
  resolve: (results: ScannedPost[] | PackedPost[] | HandedBack) => void;
  /** sent alone, after a worker died on a batch holding it: if this one dies too, the file is the cause */
  alone?: boolean;
}

interface Slot {
  worker: Worker;
  batches: Set<number>;
  /** ready for work */
  alive: boolean;
  /** started, not yet ready */
  starting: boolean;
  /** its batch is a file sent alone after a crash: nothing else goes to it meanwhile */
  holdsSuspect?: boolean;
}

/**
 * Worker threads that read and scan files, as many as the cores: the main thread walks folders
 * and writes results while the workers do the CPU work. Each worker loads the same rules itself.
 * A worker that dies (out of memory, a bug) costs only the files it held: they become error
 * results, a new worker takes its place, and the scan goes on.
 */
export class FileScanPool {
  private readonly queue: Pending[] = [];
  private readonly inFlight = new Map<number, Pending[]>();
  private readonly slots: Slot[] = [];
  private readonly timing = new Map<string, number>();
  private nextBatch = 0;
  private restarts = 0;
  private flushScheduled = false;

  private constructor(
    private readonly WorkerThread: typeof Worker,
    private readonly entryFile: string,
    private readonly config: ScanWorkerConfig,
  ) {}

  /** Starts the workers; undefined when none could start (the caller scans in its own thread). */
  static async start(size: number, entryFile: string, config: ScanWorkerConfig): Promise<FileScanPool | undefined> {
    // regexes compile straight to machine code in workers too: bin/fakepromo.js sets the flag, process-wide
    const { Worker: WorkerThread } = await import('node:worker_threads');
    const pool = new FileScanPool(WorkerThread, entryFile, config);
    const started = await Promise.allSettled(Array.from({ length: size }, () => pool.spawn()));
    if (started.some((s) => s.status === 'fulfilled')) return pool;
    await Promise.all(pool.slots.map((slot) => slot.worker.terminate()));
    return undefined;
  }

  /**
   * Scans one file in some worker; results come back as the batch it went with finishes. A file
   * too large for a worker's heap comes back as HANDED_BACK, for the caller to scan.
   */
  scan(path: string): Promise<ScannedPost[] | PackedPost[] | HandedBack> {
    return new Promise((resolve) => {
      this.queue.push({ path, resolve });
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
    // a replacement still starting has no work: stop it rather than wait for it
    for (const slot of this.slots) if (slot.starting) void slot.worker.terminate();
    await Promise.all(
      this.slots
        .filter((slot) => slot.alive)
        .map(
          (slot) =>
            new Promise<void>((resolve) => {
              slot.worker.once('exit', () => resolve());
              slot.worker.postMessage({ end: true } satisfies WorkerRequest);
            }),
        ),
    );
    return this.timing;
  }

  private spawn(): Promise<void> {
    // a scan keeps little alive between posts: a small heap makes V8 collect sooner instead of
    // growing, which keeps the process within its memory budget with a worker per core
    const resourceLimits = { maxOldGenerationSizeMb: WORKER_OLD_SPACE_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_SPACE_MB };
    const worker = new this.WorkerThread(this.entryFile, { argv: [WORKER_FLAG], workerData: this.config, resourceLimits });
    const slot: Slot = { worker, batches: new Set(), alive: false, starting: true };
    this.slots.push(slot);
    return new Promise((resolve, reject) => {
      worker.on('message', (reply: WorkerReply) => {
        if ('ready' in reply) {
          slot.alive = true;
          slot.starting = false;
          resolve();
          this.dispatch();
        } else if ('failed' in reply) {
          reject(new Error(reply.failed));
        } else if ('timing' in reply) {
          for (const [rule, ms] of reply.timing) this.timing.set(rule, (this.timing.get(rule) ?? 0) + ms);
        } else {
          const pending = this.inFlight.get(reply.batch)!;
          this.inFlight.delete(reply.batch);
          slot.batches.delete(reply.batch);
          pending.forEach((p, k) => p.resolve(reply.results[k]!));
          this.dispatch();
        }
      });
      worker.on('error', (error) => {
        slot.starting = false;
        if (!slot.alive) reject(error);
        this.lose(slot, error.message);
      });
      worker.on('exit', (code) => {
        slot.starting = false;
        if (slot.alive && slot.batches.size > 0) this.lose(slot, `the scan worker exited (code ${code})`);
        slot.alive = false;
      });
    });
  }

  /**
   * A worker died. The files of a batch it held go back to the queue one by one, so that only a
   * file that kills a worker on its own is reported (as an error result); another worker takes
   * the dead one's place.
   */
  private lose(slot: Slot, reason: string): void {
    if (!slot.alive) return;
    slot.alive = false;
    const retry: Pending[] = [];
    for (const batch of slot.batches) {
      for (const p of this.inFlight.get(batch) ?? []) {
        if (p.alone) p.resolve([errorResult({ source: p.path, code: 'scan-failed', message: `the scan stopped on this file: ${reason}` })]);
        else retry.push({ ...p, alone: true });
      }
      this.inFlight.delete(batch);
    }
    slot.batches.clear();
    this.queue.unshift(...retry);
    if (this.restarts++ < MAX_RESTARTS) {
      this.spawn().catch(() => this.failQueueIfNoWorkers(reason));
    } else {
      this.failQueueIfNoWorkers(reason);
    }
    this.dispatch();
  }

  /** With no worker left, what is still queued is reported rather than left waiting for ever. */
  private failQueueIfNoWorkers(reason: string): void {
    if (this.slots.some((slot) => slot.alive || slot.starting)) return;
    for (const p of this.queue.splice(0)) {
      p.resolve([errorResult({ source: p.path, code: 'scan-failed', message: `no scan worker left: ${reason}` })]);
    }
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const alone = this.queue[0]!.alone === true;
      const slot = this.leastLoaded(alone);
      if (!slot) {
        this.failQueueIfNoWorkers('the scan workers stopped');
        return;
      }
      const pending = alone ? this.queue.splice(0, 1) : this.queue.splice(0, BATCH_SIZE);
      const batch = this.nextBatch++;
      this.inFlight.set(batch, pending);
      slot.batches.add(batch);
      slot.holdsSuspect = alone;
      slot.worker.postMessage({ batch, paths: pending.map((p) => p.path) } satisfies WorkerRequest);
    }
  }

  /** The idlest live worker; a file under suspicion goes only to a worker with nothing else to do. */
  private leastLoaded(alone: boolean): Slot | undefined {
    let best: Slot | undefined;
    for (const slot of this.slots) {
      if (!slot.alive || slot.batches.size >= BATCHES_IN_FLIGHT || (slot.holdsSuspect && slot.batches.size > 0)) continue;
      if (alone && slot.batches.size > 0) continue;
      if (best === undefined || slot.batches.size < best.batches.size) best = slot;
    }
    return best;
  }
}
