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

/**
 * Characters JSON may carry raw but a terminal or an editor acts on: C1 controls (U+0080–U+009F,
 * CSI among them), bidi marks and overrides, line and paragraph separators. They are written as
 * \\u escapes, as JSON allows, so `cat results.json` cannot reorder or restyle what it shows.
 */
const UNSAFE_IN_JSON = /[\u0080-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

export function safeJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(UNSAFE_IN_JSON, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A result as one line of JSON Lines, newline included. */
export function jsonLine(result: ScannedPost['result']): string {
  return `${safeJson(result)}\n`;
}

export function createReporter(format: Format, write: Write, chalk: ChalkInstance): Reporter {
  switch (format) {
    case 'json': {
      const results: ScannedPost['result'][] = [];
      return {
        result: (s) => void results.push(s.result),
        end: (summary) => write(`${safeJson({ version: 1, results, summary }, 2)}\n`),
      };
    }
    case 'ndjson':
      return { result: (s) => write(jsonLine(s.result)), end: () => {} };
    default:
      return { result: (s) => write(formatPretty(chalk, s)), end: () => {} };
  }
}
