import { readFileSync } from 'node:fs';
import type { RawDoc } from './types.js';

/** Reads all of stdin: synchronously when it is a pipe or a file (fast), else as a stream. */
export async function readStdin(): Promise<RawDoc> {
  try {
    return { source: '-', bytes: readFileSync(0) };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
  }
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return { source: '-', bytes: Buffer.concat(chunks) };
}
