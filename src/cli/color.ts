import { Chalk, type ChalkInstance } from 'chalk';

/**
 * Colour follows --no-color, then NO_COLOR (any value), then FORCE_COLOR, then whether the
 * stream is a terminal.
 */
export function chalkFor(isTerminal: boolean, noColorFlag: boolean, env: NodeJS.ProcessEnv = process.env): ChalkInstance {
  let level: 0 | 1 | 2 | 3 = isTerminal ? 1 : 0;
  if (env.FORCE_COLOR !== undefined) level = env.FORCE_COLOR === '0' || env.FORCE_COLOR === 'false' ? 0 : 1;
  if ((env.NO_COLOR !== undefined && env.NO_COLOR !== '') || noColorFlag) level = 0;
  return new Chalk({ level });
}
