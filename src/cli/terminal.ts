import { fstatSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * Whether a file descriptor is a terminal. process.stdout.isTTY would set up a stream (and
 * load net and tty) at every start; a pipe or a file is told by fstat alone, and only a
 * character device (a terminal, or /dev/null) needs the tty module.
 */
export function isTerminal(fd: number): boolean {
  try {
    if (!fstatSync(fd).isCharacterDevice()) return false;
  } catch {
    return false;
  }
  return (require('node:tty') as typeof import('node:tty')).isatty(fd);
}
