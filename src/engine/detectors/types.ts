import type { ScanContext } from '../context.js';
import type { SpecPath } from '../errors.js';
import type { Evidence } from '../types.js';

/** Finds evidence in one post, or returns null when the signal is absent. */
export type DetectorRun = (ctx: ScanContext) => Evidence[] | null;

/** A detector written in code, configured by the `params` of the rules that name it. */
export interface DetectorDefinition {
  name: string;
  description: string;
  /** JSON Schema of the rule's `params` */
  paramsSchema: Record<string, unknown>;
  /** the params that hold regular expressions (checked for catastrophic backtracking like patterns) */
  regexParams: readonly string[];
  /** the params in a form that loads faster, for the prebuilt rules (create accepts both) */
  pack?(params: Record<string, unknown>): Record<string, unknown>;
  /** trusted: the rule was validated at build time (see detectorRegex) */
  create(params: Record<string, unknown>, path: SpecPath, options?: { trusted?: boolean }): DetectorRun;
}
