import { writeSync } from 'node:fs';

const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * Writes results to stdout with synchronous writes on fd 1: nothing to drain before exit,
 * and no stream set up at start (process.stdout loads net and tty). When the reader has gone
 * (`fakepromo … | head`), the program ends quietly.
 */
export function writeStdout(chunk: string): void {
  writeStdoutBytes(Buffer.from(chunk));
}

export function writeStdoutBytes(bytes: Uint8Array): void {
  let offset = 0;
  while (offset < bytes.length) {
    try {
      offset += writeSync(1, bytes, offset);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EPIPE') process.exit(0);
      if (code !== 'EAGAIN') throw error;
      Atomics.wait(pause, 0, 0, 2); // a non-blocking pipe is full: let the reader catch up
    }
  }
}

export function writeStderr(chunk: string): void {
  process.stderr.write(chunk);
}
