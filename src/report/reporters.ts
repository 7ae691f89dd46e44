import type { ChalkInstance } from 'chalk';
import type { ScannedPost } from '../pipeline.js';
import { formatPretty } from './pretty.js';
import type { Summary } from './summary.js';

export const FORMATS = ['pretty', 'json', 'ndjson'] as const;
export type Format = (typeof FORMATS)[number];

/** Writes results to stdout in one format: as each finishes, or (json) as one document at the end. */
export interface Reporter {
  result(scanned: ScannedPost): void;
  end(summary: Summary): void;
}

export type Write = (chunk: string) => void;

export function createReporter(format: Format, write: Write, chalk: ChalkInstance): Reporter {
  switch (format) {
    case 'json': {
      const results: ScannedPost['result'][] = [];
      return {
        result: (s) => void results.push(s.result),
        end: (summary) => write(`${JSON.stringify({ version: 1, results, summary }, null, 2)}\n`),
      };
    }
    case 'ndjson':
      return { result: (s) => write(`${JSON.stringify(s.result)}\n`), end: () => {} };
    default:
      return { result: (s) => write(formatPretty(chalk, s)), end: () => {} };
  }
}
