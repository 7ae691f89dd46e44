// V8 settings for the shape of a run: many posts (a folder, a large file) or one.
import { statSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { isUrlTarget } from '../sources/url.js';

/** A lone file larger than this (bytes) may hold many posts (a JSON Lines export). */
const LARGE_FILE_BYTES = 64 * 1024;

/**
 * Keeps V8's young generation at its present size (semi-space growth factor 1) from now on, for
 * a thread that is about to scan many posts or receive many results: set before the rules load,
 * it holds 2 MB instead of growing to 8 MB (about 4 MB less peak RSS on 10 000 posts). V8 reads
 * the flag whenever it would grow the space; but it raises the factor back to 2 each time an
 * isolate's heap is configured (Heap::ConfigureHeap), so a worker sets it again once its own
 * heap exists. A one-post scan does not set it: it would collect garbage nine times instead of
 * five, for memory it does not need to save.
 */
export function keepYoungGenerationSmall(): void {
  setFlagsFromString('--semi-space-growth-factor=1');
}

/**
 * Settings for a thread about to scan or receive many posts (a folder, a large file, eval): a
 * small young generation ({@link keepYoungGenerationSmall}), and TurboFan compiling on the thread
 * that asked for it instead of on V8's background threads. The workers' own threads are busy
 * anyway on a 2-core machine, and every thread that compiles takes a malloc arena of its own,
 * whose freed pages stay resident: in interleaved runs on the bench's 10,000 posts, peak RSS was
 * about 3 MB lower (150 against 153 MB), and on 100,000 posts 2 MB lower, at the same speed or
 * better. V8 reads this flag when an isolate starts, so it holds for the workers started after
 * it; the main thread keeps its background compiles, which a folder scan hardly uses.
 */
export function tuneForManyPosts(): void {
  keepYoungGenerationSmall();
  setFlagsFromString('--no-concurrent-recompilation');
}

/**
 * A short run (one post, one small page) does without V8's optimising compiler, TurboFan, and
 * keeps its baseline compiler, Sparkplug. In a run of about 110 ms, TurboFan optimises a function
 * or two in a background thread (gate tests, the Public Suffix List's loading loop), and the
 * process then waits for the job at exit or shares the second core with it: in interleaved runs,
 * a one-post stdin scan took 6-7 ms less (Korean post) and 1-3 ms less (English post with a link)
 * without it. Code that runs long enough to repay TurboFan runs in a long run, where this is
 * never set, or after {@link allowOptimisingCompiler}. (--turbofan, not --max-opt: V8 turns
 * TurboFan off by implication of --max-opt=1, and setting --max-opt back does not undo that.)
 */
export function skipOptimisingCompiler(): void {
  // not in the build's code-cache run (bin/fakepromo.js): V8 stamps the flags of the run that
  // makes a code cache into it, and rejects the cache in runs that start with other flags
  if (process.env.FAKEPROMO_WRITE_CODE_CACHE === '1') return;
  setFlagsFromString('--no-turbofan');
  optimisingCompilerSkipped = true;
}

/** Undoes {@link skipOptimisingCompiler}: a short run's input turned out large. */
export function allowOptimisingCompiler(): void {
  if (!optimisingCompilerSkipped) return;
  setFlagsFromString('--turbofan');
  optimisingCompilerSkipped = false;
}

let optimisingCompilerSkipped = false;

/** Whether an input of this many bytes is worth V8's optimising compiler (see {@link skipOptimisingCompiler}). */
export function isLargeInput(bytes: number): boolean {
  return bytes > LARGE_FILE_BYTES;
}

/** Whether a scan of these targets may read many posts: more than one, a folder, or a large file. */
export function expectsManyPosts(targets: readonly string[]): boolean {
  if (targets.length !== 1) return true;
  const target = targets[0]!;
  if (target === '-' || isUrlTarget(target)) return false;
  try {
    const stats = statSync(target);
    return stats.isDirectory() || isLargeInput(stats.size);
  } catch {
    return false; // its scan reports why it cannot be read
  }
}
