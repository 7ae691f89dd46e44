import type { PatternSpec } from './types.js';
import { RuleError, type SpecPath } from './errors.js';

/** A span of a text view (not yet mapped back to the original). */
export interface ViewSpan {
  start: number;
  end: number;
}

/** Returns the spans that satisfy the pattern, or null when it does not match. */
export type Matcher = (text: string) => ViewSpan[] | null;

/** How many spans one pattern keeps as evidence: enough to explain, not a dump. */
export const MAX_SPANS = 5;
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

export function compileRegex(source: string, path: SpecPath): RegExp {
  let regex: RegExp;
  try {
    regex = new RegExp(source, 'giu');
  } catch (error) {
    throw new RuleError(`invalid regular expression: ${(error as Error).message}`, path);
  }
  if (regex.test('')) throw new RuleError('regular expression matches the empty string', path);
  regex.lastIndex = 0;
  return regex;
}

/** Every regular expression a pattern contains, for prefiltering and safety checks. */
export function patternRegexSources(spec: PatternSpec): string[] {
  if ('regex' in spec) return [spec.regex];
  if ('phrase' in spec) return [phraseToRegex(spec.phrase)];
  if ('not' in spec) return patternRegexSources(spec.not);
  const children = 'any' in spec ? spec.any : 'all' in spec ? spec.all : spec.near;
  return children.flatMap(patternRegexSources);
}

export function compilePattern(spec: PatternSpec, path: SpecPath): Matcher {
  const keys = Object.keys(spec).filter((k) => k !== 'within');
  if (keys.length !== 1) {
    throw new RuleError(`a pattern needs exactly one of regex, phrase, any, all, not, near (found: ${keys.join(', ') || 'none'})`, path);
  }
  if ('regex' in spec) return leafMatcher(compileRegex(spec.regex, [...path, 'regex']));
  if ('phrase' in spec) return leafMatcher(compileRegex(phraseToRegex(spec.phrase), [...path, 'phrase']));
  if ('not' in spec) {
    const inner = compilePattern(spec.not, [...path, 'not']);
    return (text) => (inner(text) === null ? [] : null);
  }
  if ('any' in spec) {
    const children = spec.any.map((child, k) => compilePattern(child, [...path, 'any', k]));
    return (text) => {
      let matched = false;
      const spans: ViewSpan[] = [];
      for (const child of children) {
        const found = child(text);
        if (found === null) continue;
        matched = true;
        spans.push(...found);
      }
      return matched ? spans.slice(0, MAX_SPANS) : null;
    };
  }
  if ('all' in spec) {
    const children = spec.all.map((child, k) => compilePattern(child, [...path, 'all', k]));
    return (text) => {
      const spans: ViewSpan[] = [];
      for (const child of children) {
        const found = child(text);
        if (found === null) return null;
        spans.push(...found);
      }
      return spans.slice(0, MAX_SPANS);
    };
  }
  if (spec.near.length !== 2) throw new RuleError('near takes exactly two patterns', [...path, 'near']);
  const [left, right] = spec.near.map((child, k) => compilePattern(child, [...path, 'near', k])) as [Matcher, Matcher];
  const within = spec.within ?? DEFAULT_NEAR_WITHIN;
  return (text) => nearSpans(left(text), right(text), within);
}

function leafMatcher(regex: RegExp): Matcher {
  return (text) => {
    regex.lastIndex = 0;
    let spans: ViewSpan[] | null = null;
    let match: RegExpExecArray | null;
    while ((match = regex.exec(text)) !== null) {
      (spans ??= []).push({ start: match.index, end: match.index + match[0].length });
      if (spans.length >= MAX_SPANS) break;
      if (match[0].length === 0) regex.lastIndex++;
    }
    return spans;
  };
}

function nearSpans(left: ViewSpan[] | null, right: ViewSpan[] | null, within: number): ViewSpan[] | null {
  if (!left?.length || !right?.length) return null;
  const spans: ViewSpan[] = [];
  for (const a of left) {
    for (const b of right) {
      const gap = a.end <= b.start ? b.start - a.end : b.end <= a.start ? a.start - b.end : 0;
      if (gap <= within) spans.push({ start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) });
      if (spans.length >= MAX_SPANS) return spans;
    }
  }
  return spans.length > 0 ? spans : null;
}
