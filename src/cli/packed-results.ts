import type { Verdict } from '../engine/types.js';
import type { ScannedPost } from '../pipeline.js';
import type { HandedBack } from './scan-worker.js';
import { jsonLine } from '../report/reporters.js';
import { countedVerdict } from '../report/summary.js';

/**
 * A result as the JSON Lines it prints as, with only what the summary and the exit code need
 * beside it. A worker sends a batch's results so, in one transferred buffer: the main thread of a
 * long folder scan then keeps nothing of them on its heap while they wait for their turn to print,
 * and its young generation stays small (it grew to 32 MB over 100 000 posts).
 */
export interface PackedPost {
  /** the result's JSON Lines line, newline included (a view into the batch's buffer) */
  packed: Uint8Array;
  /** null for an error result */
  verdict: Verdict | null;
  rules: string[];
}

export function isPacked(post: ScannedPost | PackedPost): post is PackedPost {
  return 'packed' in post;
}

/** The results of a batch's files as JSON Lines in one buffer (to transfer), and each post's view of it. */
export function packFiles(files: ReadonlyArray<ScannedPost[] | HandedBack>): { buffer: ArrayBuffer; files: Array<PackedPost[] | HandedBack> } {
  const lines = files.map((posts) => (typeof posts === 'string' ? [] : posts.map((post) => jsonLine(post.result))));
  const bytes = new TextEncoder().encode(lines.flat().join(''));
  let offset = 0;
  const packed = files.map((posts, f) =>
    typeof posts === 'string'
      ? posts
      : posts.map((post, p): PackedPost => {
          const start = offset;
          offset += Buffer.byteLength(lines[f]![p]!);
          return { packed: bytes.subarray(start, offset), verdict: countedVerdict(post.result), rules: post.result.hits.map((hit) => hit.rule) };
        }),
  );
  return { buffer: bytes.buffer as ArrayBuffer, files: packed };
}
