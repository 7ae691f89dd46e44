import { fileURLToPath } from 'node:url';
import { CommanderError } from 'commander';
import { EXIT_ERROR } from './exit-codes.js';
import { buildProgram } from './program.js';
import { runScanWorker } from './scan-worker.js';
import { WORKER_FLAG } from './worker-pool.js';

/** The command-line entry: parses flags, runs, and sets the exit code (never exits mid-write). */
export async function main(argv: string[] = process.argv): Promise<void> {
  let code = 0;
  const program = buildProgram((c) => (code = c), fileURLToPath(import.meta.url));
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      // help and version exit 0; every usage error is 2, as DESIGN.md's contract says
      code = error.exitCode === 0 ? 0 : EXIT_ERROR;
    } else {
      process.stderr.write(`fakepromo: ${(error as Error).stack ?? String(error)}\n`);
      code = EXIT_ERROR;
    }
  }
  process.exitCode = code;
}

// the same file runs the scan workers of a folder scan
if (process.argv[2] === WORKER_FLAG) void runScanWorker();
else void main();
