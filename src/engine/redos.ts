import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { packageRoot } from '../paths.js';
import { lookaroundParts } from './patterns.js';

/**
 * Catastrophic-backtracking check of rule regexes with recheck (https://makenowjust-labs.github.io/recheck/),
 * the checker behind eslint-plugin-regexp. Its automaton checker proves a regex safe or finds an
 * attack string statically, in milliseconds for most patterns.
 *
 * Policy: exponential backtracking, and polynomial backtracking of degree 3 or more, are refused.
 * Degree 2 is accepted: it is what any unanchored `[class]+x` has (each start position rescans the
 * run), eslint-plugin-regexp keeps that apart (`no-super-linear-move`, off by default), and the
 * per-post size budget bounds it. Lookarounds, which recheck's automata do not model, are checked
 * as separate patterns; a pattern the checker cannot decide in time is accepted.
 */
export const MAX_POLYNOMIAL_DEGREE = 2;
const CHECK_TIMEOUT_MS = 200;

/** Prebuilt verdicts of the shipped patterns (written by the build), so loading them costs nothing. */
export const REDOS_CACHE_FILE = join('dist', 'redos-checked.json');

type Verdict = { ok: true } | { ok: false; reason: string };

interface RecheckDiagnostics {
  status: 'safe' | 'vulnerable' | 'unknown';
  complexity?: { type: string; degree?: number };
  attack?: { pattern: string };
}
type RecheckCheck = (source: string, flags: string, params: { checker: 'automaton'; timeout: number }) => Promise<RecheckDiagnostics>;

const verdicts = new Map<string, Verdict>();
let cacheLoaded = false;
let recheck: RecheckCheck | undefined;

function loadCache(): void {
  if (cacheLoaded) return;
  cacheLoaded = true;
  const file = join(packageRoot(), REDOS_CACHE_FILE);
  if (!existsSync(file)) return;
  try {
    const entries = JSON.parse(readFileSync(file, 'utf8')) as Array<[string, Verdict]>;
    for (const [source, verdict] of entries) verdicts.set(source, verdict);
  } catch {
    // a damaged cache is only slower: every pattern is checked again
  }
}

/** Every verdict reached in this process, for the build to store. */
export function redosVerdicts(): Array<[string, Verdict]> {
  return [...verdicts];
}

async function checkOne(source: string): Promise<Verdict> {
  const known = verdicts.get(source);
  if (known) return known;
  // loaded only when a pack is validated: the prebuilt shipped rules never need it
  recheck ??= (createRequire(import.meta.url)('recheck') as { check: RecheckCheck }).check;
  const result = await recheck(source, 'u', { checker: 'automaton', timeout: CHECK_TIMEOUT_MS });
  let verdict: Verdict = { ok: true };
  if (result.status === 'vulnerable' && result.complexity) {
    const { type, degree } = result.complexity;
    if (type === 'exponential' || (degree ?? 0) > MAX_POLYNOMIAL_DEGREE) {
      const kind = type === 'exponential' ? 'exponential' : `polynomial (degree ${degree})`;
      const attack = result.attack ? `; slow on input like ${result.attack.pattern.slice(0, 80)}` : '';
      verdict = { ok: false, reason: `regular expression can backtrack catastrophically: ${kind}${attack}` };
    }
  }
  verdicts.set(source, verdict);
  return verdict;
}

/** Why a rule regex is refused for catastrophic backtracking, or null when it is accepted. */
export async function backtrackingProblem(source: string): Promise<string | null> {
  loadCache();
  for (const part of lookaroundParts(source)) {
    const verdict = await checkOne(part);
    if (!verdict.ok) return verdict.reason;
  }
  return null;
}
