/**
 * Writes to stdout, ending the program quietly when the reader has gone (`fakepromo … | head`).
 */
export function installClosedPipeHandler(stream: NodeJS.WriteStream = process.stdout): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}

export function writeStdout(chunk: string): void {
  process.stdout.write(chunk);
}

/** Waits until stdout has flushed, so that a large JSON document is not cut by the exit. */
export function drainStdout(): Promise<void> {
  return new Promise((resolve) => {
    if (process.stdout.writableLength === 0) resolve();
    else process.stdout.once('drain', () => resolve());
  });
}
