import { fstatSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * Whether a file descriptor is a terminal. process.stdout.isTTY would set up a stream (and
 * load net and tty) at every start; a pipe or a file is told by fstat alone, and /dev/null (a
 * script's `2>/dev/null`) by its device number. Only another character device needs the tty
 * module.
 */
export function isTerminal(fd: number): boolean {
  try {
    const stat = fstatSync(fd);
    if (!stat.isCharacterDevice() || stat.rdev === nullDevice()) return false;
  } catch {
    return false;
  }
  return (require('node:tty') as typeof import('node:tty')).isatty(fd);
}

let nullDeviceNumber: number | undefined;

function nullDevice(): number {
  if (nullDeviceNumber === undefined) {
    try {
      nullDeviceNumber = statSync('/dev/null').rdev;
    } catch {
      nullDeviceNumber = -1; // no /dev/null (Windows): every character device asks tty
    }
  }
  return nullDeviceNumber;
}
