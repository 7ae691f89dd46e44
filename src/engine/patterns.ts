import { DIGIT_RANGES, LETTER_RANGES } from '../text/chars.js';
import type { AtomAutomaton } from './atom-automaton.js';
import { AtomIndex, literalNeeds, requiredAtoms, withoutSuperstrings, type LiteralNeeds } from './prefilter.js';
import { closingParen, isLookaround } from './regex-source.js';
import type { PatternSpec } from './types.js';
import { RuleError, type SpecPath } from './errors.js';

/** A span of a text view (not yet mapped back to the original). */
export interface ViewSpan {
  start: number;
  end: number;
}

/** Returns the spans that satisfy the pattern, or null when it does not match. */
export interface Matcher {
  (text: string): ViewSpan[] | null;
  /**
   * False when the literal prefilter proves the pattern cannot match: a `near` or `all` then
   * runs none of its regexes unless every part may match, so the common words of one part are
   * not searched for in posts that lack the rare words of another.
   */
  possible(text: string): boolean;
}

function matcher(match: (text: string) => ViewSpan[] | null, possible: (text: string) => boolean): Matcher {
  return Object.assign(match, { possible });
}

const ALWAYS_POSSIBLE = (): boolean => true;

/** How many spans one pattern keeps as evidence: enough to explain, not a dump. */
export const MAX_SPANS = 5;
/**
 * How many spans each side of a `near` may bring: the pair that stands close may come after many
 * that do not ("surplus" in a page's title five times, then once beside "Zelle only"), so the
 * sides are not cut to the evidence limit; this only bounds the work on a pathological text.
 */
export const NEAR_SIDE_SPANS = 200;
const DEFAULT_NEAR_WITHIN = 40;

/** Compiles a phrase to a regular expression source: spaces are optional, Latin words are whole words. */
export function phraseToRegex(phrase: string): string {
  const words = phrase.trim().toLowerCase().split(/\s+/u).map(escapeRegex);
  let source = words.join('\\s*');
  if (/^[a-z0-9]/.test(phrase.trim().toLowerCase())) source = `(?<![\\p{L}\\p{N}])${source}`;
  if (/[a-z0-9]$/.test(phrase.trim().toLowerCase())) source = `${source}(?![\\p{L}\\p{N}])`;
  return source;
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * V8 spends about 2 ms compiling each full Unicode property class, which over a hundred rules
 * would double the start-up of a one-post scan; `\\p{L}` and `\\p{N}` are rewritten to the
 * ranges of the scripts fakepromo reads (Latin, Greek, Cyrillic, kana, CJK, Hangul).
 */
/** Rewrites \\p{L} and \\p{N} (in or out of a character class) to the ranges above. */
export function expandLetterClasses(source: string): string {
  let out = '';
  let inClass = false;
  for (let k = 0; k < source.length; k++) {
    const ch = source[k]!;
    if (ch === '\\') {
      const rest = source.slice(k, k + 5);
      const ranges = rest === '\\p{L}' ? LETTER_RANGES : rest === '\\p{N}' ? DIGIT_RANGES : undefined;
      if (ranges !== undefined) {
        out += inClass ? ranges : `[${ranges}]`;
        k += 4;
      } else {
        out += source.slice(k, k + 2);
        k++;
      }
      continue;
    }
    if (ch === '[' && !inClass) inClass = true;
    else if (ch === ']' && inClass) inClass = false;
    out += ch;
  }
  return out;
}

/** Upper-case letters that are not part of an escape (\\S, \\P{…}, \\u00C0): they could never match. */
function upperCaseLiteral(source: string): string | undefined {
  const stripped = source.replace(/\\(?:[pPu]\{[^}]*\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[A-Za-z]|.)/g, '');
  return /[A-Z]/.exec(stripped)?.[0];
}

export interface PatternOptions {
  /** validated at build time: no checks, and each regex is built on first use */
  trusted?: boolean;
  /**
   * Prebuilt literal needs of the pattern's regexes, in the order compilePattern meets them
   * (the order of patternRegexSources); null: no prefilter. Derived at compile time when absent.
   */
  prefilter?: ReadonlyArray<LiteralNeeds | null>;
}

/** Literal needs of every regex of a pattern, in compile order: stored with prebuilt rules. */
export function prefilterOf(pattern: PatternSpec): Array<LiteralNeeds | null> {
  return patternRegexSources(pattern).map(literalNeeds);
}

/**
 * A detector's regular expression: checked now for a rule that is not trusted, so that a bad
 * rule pack is refused when it loads; built on first use for a trusted one (the shipped rules,
 * validated at build time), so that a post that never reaches it does not pay for it.
 */
export function detectorRegex(source: string, path: SpecPath, trusted = false): () => RegExp {
  if (!trusted) {
    const regex = compileRegex(source, path);
    return () => regex;
  }
  let regex: RegExp | undefined;
  return () => (regex ??= trustedRegex(source));
}

function trustedRegex(source: string): RegExp {
  return new RegExp(expandLetterClasses(source), 'gu');
}

export function compileRegex(source: string, path: SpecPath): RegExp {
  const upper = upperCaseLiteral(source);
  if (upper !== undefined) {
    throw new RuleError(`patterns match lower-cased text: write "${upper.toLowerCase()}", not "${upper}"`, path);
  }
  let regex: RegExp;
  try {
    regex = new RegExp(expandLetterClasses(source), 'gu');
  } catch (error) {
    throw new RuleError(`invalid regular expression: ${(error as Error).message}`, path);
  }
  if (regex.test('') || new RegExp(withoutAssertions(expandLetterClasses(source)), 'u').test('')) {
    throw new RuleError('regular expression matches the empty string', path);
  }
  regex.lastIndex = 0;
  return regex;
}

/** Every regular expression a pattern contains, in compile order, with where it is written. */
export function patternRegexLeaves(spec: PatternSpec, path: SpecPath = []): Array<{ source: string; path: SpecPath }> {
  if ('regex' in spec) return [{ source: spec.regex, path: [...path, 'regex'] }];
  if ('phrase' in spec) return [{ source: phraseToRegex(spec.phrase), path: [...path, 'phrase'] }];
  if ('not' in spec) return patternRegexLeaves(spec.not, [...path, 'not']);
  const [key, children] = 'any' in spec ? (['any', spec.any] as const) : 'all' in spec ? (['all', spec.all] as const) : (['near', spec.near] as const);
  return children.flatMap((child, k) => patternRegexLeaves(child, [...path, key, k]));
}

/** Every regular expression a pattern contains, for prefiltering. */
export function patternRegexSources(spec: PatternSpec): string[] {
  return patternRegexLeaves(spec).map((leaf) => leaf.source);
}

export function compilePattern(spec: PatternSpec, path: SpecPath, options: PatternOptions = {}): Matcher {
  const prefilter = options.prefilter;
  let leafIndex = 0;
  const needsFor = (source: string): LiteralNeeds | null => (prefilter && leafIndex < prefilter.length ? prefilter[leafIndex++]! : literalNeeds(source));
  return compileNode(spec, path, options.trusted === true, needsFor, MAX_SPANS);
}

/** `limit`: the most spans the node returns (MAX_SPANS for evidence, more for a side of a near). */
function compileNode(spec: PatternSpec, path: SpecPath, trusted: boolean, needsFor: (source: string) => LiteralNeeds | null, limit: number): Matcher {
  const keys = Object.keys(spec).filter((k) => k !== 'within');
  if (keys.length !== 1) {
    throw new RuleError(`a pattern needs exactly one of regex, phrase, any, all, not, near (found: ${keys.join(', ') || 'none'})`, path);
  }
  if ('regex' in spec || 'phrase' in spec) {
    const source = 'regex' in spec ? spec.regex : phraseToRegex(spec.phrase);
    const needs = needsFor(source);
    if (trusted) return leafMatcher(() => trustedRegex(source), needs, limit);
    const regex = compileRegex(source, [...path, 'regex' in spec ? 'regex' : 'phrase']);
    return leafMatcher(() => regex, needs, limit);
  }
  if ('not' in spec) {
    const inner = compileNode(spec.not, [...path, 'not'], trusted, needsFor, 1);
    return matcher((text) => (inner(text) === null ? [] : null), ALWAYS_POSSIBLE);
  }
  if ('any' in spec) {
    const children = spec.any.map((child, k) => compileNode(child, [...path, 'any', k], trusted, needsFor, limit));
    return matcher(
      (text) => {
        let matched = false;
        const spans: ViewSpan[] = [];
        for (const child of children) {
          const found = child(text);
          if (found === null) continue;
          matched = true;
          spans.push(...found);
        }
        return matched ? spans.slice(0, limit) : null;
      },
      (text) => children.some((child) => child.possible(text)),
    );
  }
  if ('all' in spec) {
    const children = spec.all.map((child, k) => compileNode(child, [...path, 'all', k], trusted, needsFor, limit));
    const possible = (text: string): boolean => children.every((child) => child.possible(text));
    return matcher((text) => {
      if (!possible(text)) return null;
      const spans: ViewSpan[] = [];
      for (const child of children) {
        const found = child(text);
        if (found === null) return null;
        spans.push(...found);
      }
      return spans.slice(0, limit);
    }, possible);
  }
  if (spec.near.length !== 2) throw new RuleError('near takes exactly two patterns', [...path, 'near']);
  const [left, right] = spec.near.map((child, k) => compileNode(child, [...path, 'near', k], trusted, needsFor, NEAR_SIDE_SPANS)) as [Matcher, Matcher];
  const within = spec.within ?? DEFAULT_NEAR_WITHIN;
  const possible = (text: string): boolean => left.possible(text) && right.possible(text);
  return matcher((text) => {
    if (!possible(text)) return null;
    const leftSpans = left(text);
    return leftSpans === null ? null : nearSpans(leftSpans, right(text), within, limit);
  }, possible);
}

/**
 * A regex split for analysers that do not model lookarounds: the source without its assertions,
 * then the body of each lookaround (recursively), each a pattern of its own.
 */
export function lookaroundParts(source: string): string[] {
  const parts = [withoutAssertions(source)];
  let inClass = false;
  for (let k = 0; k < source.length; k++) {
    const ch = source[k]!;
    if (ch === '\\') k++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(' && isLookaround(source, k)) {
      const end = groupEnd(source, k);
      const bodyStart = source[k + 2] === '<' ? k + 4 : k + 3;
      parts.push(...lookaroundParts(source.slice(bodyStart, end)));
      k = end;
    }
  }
  return parts.filter((part) => part.length > 0);
}

/** The source without lookarounds, \\b, \\B, ^ and $: what is left must consume at least one character. */
function withoutAssertions(source: string): string {
  let out = '';
  let inClass = false;
  for (let k = 0; k < source.length; k++) {
    const ch = source[k]!;
    if (ch === '\\') {
      const next = source[k + 1];
      if (!inClass && (next === 'b' || next === 'B')) {
        k++;
        continue;
      }
      out += source.slice(k, k + 2);
      k++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      out += ch;
      continue;
    }
    if (ch === '[') inClass = true;
    if (!inClass && (ch === '^' || ch === '$')) continue;
    if (ch === '(' && isLookaround(source, k)) {
      k = groupEnd(source, k);
      continue;
    }
    out += ch;
  }
  return out;
}

/** Where the group opened at `open` ends (the end of the source when it never closes). */
function groupEnd(source: string, open: number): number {
  const close = closingParen(source, open);
  return close === -1 ? source.length : close;
}

/**
 * What a pattern needs of a text's literals to have a chance to match, from its regexes' atoms
 * (the prefilter, in compile order): `true` when anything may match, a list of atoms one of
 * which must be present, or every / some part of it. A rule whose gate fails is not compiled.
 */
export type PatternGate = true | string[] | { any: PatternGate[] } | { all: PatternGate[] };

export function patternGate(spec: PatternSpec, prefilter: ReadonlyArray<LiteralNeeds | null>): PatternGate {
  let leafIndex = 0;
  const gateOf = (node: PatternSpec): PatternGate => {
    if ('regex' in node || 'phrase' in node) return prefilter[leafIndex++] ?? true;
    if ('not' in node) {
      gateOf(node.not); // its leaves keep their places in the order
      return true;
    }
    if ('any' in node) {
      const parts = node.any.map(gateOf);
      if (parts.some((part) => part === true)) return true;
      return parts.every(Array.isArray) ? withoutSuperstrings(parts.flat() as string[]) : { any: parts };
    }
    const parts = ('all' in node ? node.all : node.near).map(gateOf).filter((part) => part !== true);
    return parts.length === 0 ? true : parts.length === 1 ? parts[0]! : { all: parts };
  };
  return gateOf(spec);
}

/**
 * Tells whether a text passes a gate (false: the pattern cannot match it). Its atoms register
 * when first asked (most gates are of the other language), or now (`registerNow`, for a
 * compiled matcher, so that the automaton built for the first post holds them).
 */
export function gateTest(gate: PatternGate, registerNow = false): (text: string) => boolean {
  if (gate === true) return ALWAYS_POSSIBLE;
  if (Array.isArray(gate)) {
    let atomIds = registerNow ? ATOMS.register(gate) : undefined;
    return (text) => {
      if (atomIds === undefined) {
        const answer = ATOMS.mayMatchUnregistered(gate, text);
        if (answer !== undefined) return answer;
        atomIds = ATOMS.register(gate);
      }
      return ATOMS.mayMatch(atomIds, text);
    };
  }
  const parts = ('any' in gate ? gate.any : gate.all).map((part) => gateTest(part, registerNow));
  return 'any' in gate ? (text) => parts.some((part) => part(text)) : (text) => parts.every((part) => part(text));
}

/** The atoms of every compiled rule regex: one pass over a view tells every regex whether to run. */
const ATOMS = new AtomIndex();

/** Reads a view's literal atoms ahead of the rules, so that --timing shows their cost apart. */
export function readLiterals(text: string): void {
  ATOMS.read(text);
}

/** Offers the prebuilt automaton of the shipped rules' atoms, read when a run first needs one (AtomIndex.offerPrebuilt). */
export function offerPrebuiltAutomaton(read: () => AtomAutomaton | null): void {
  ATOMS.offerPrebuilt(read);
}

/** Registered atoms the automaton in use lacks (searched one by one): none for the shipped rules. */
export function literalAtomsMissing(): number {
  return ATOMS.atomsMissing;
}

/** Automata of the atoms built so far in this thread (none when the prebuilt one serves). */
export function literalAutomatonBuilds(): number {
  return ATOMS.builds;
}

/** Milliseconds spent so far building (or reading the prebuilt) atoms' automaton, whichever rule's question brought it. */
export function literalBuildMillis(): number {
  return ATOMS.buildMillis;
}

/**
 * Whether a text may match the regex, by its literal atoms alone (false: it cannot), for
 * detectors that search their own regexes only near what they found.
 */
export function literalGate(source: string): (text: string) => boolean {
  const atomIds = ATOMS.register(requiredAtoms(source));
  return (text) => ATOMS.mayMatch(atomIds, text);
}

function leafMatcher(build: () => RegExp, needs: LiteralNeeds | null, limit: number): Matcher {
  let regex: RegExp | undefined;
  const possible = needs === null ? ALWAYS_POSSIBLE : gateTest(needs, true);
  return matcher((text) => {
    if (!possible(text)) return null;
    regex ??= build(); // built on first use: most rules never run on a short post
    regex.lastIndex = 0;
    let spans: ViewSpan[] | null = null;
    let match: RegExpExecArray | null;
    while ((match = regex.exec(text)) !== null) {
      if (match[0].length === 0) {
        regex.lastIndex++; // an empty match quotes nothing: it is not evidence
        continue;
      }
      (spans ??= []).push({ start: match.index, end: match.index + match[0].length });
      if (spans.length >= limit) break;
    }
    return spans;
  }, possible);
}

function nearSpans(left: ViewSpan[] | null, right: ViewSpan[] | null, within: number, limit: number): ViewSpan[] | null {
  if (!left?.length || !right?.length) return null;
  const spans: ViewSpan[] = [];
  for (const a of left) {
    for (const b of right) {
      const gap = a.end <= b.start ? b.start - a.end : b.end <= a.start ? a.start - b.end : 0;
      if (gap <= within) spans.push({ start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) });
      if (spans.length >= limit) return spans;
    }
  }
  return spans.length > 0 ? spans : null;
}
