import { detectLang } from '../text/lang.js';
import type { RuleSet } from './compile.js';
import { ScanContext, type Link } from './context.js';
import { literalBuildMillis, readLiterals } from './patterns.js';
import { scoreHits } from './score.js';
import type { Evidence, Hit, ScanOutcome } from './types.js';

export interface ScanOptions {
  /** links of the post (from HTML), read by link and channel rules */
  links?: readonly Link[];
  /** when given, each rule's running time is added to it (ms, by rule id) */
  timing?: Map<string, number>;
  /** where a page's footer sentences begin: warning cues there are the site's boilerplate */
  finePrintStart?: number;
}

/**
 * The per-post work budget: only the first this-many characters of a post are scanned, so a
 * 5 MB single-line scrape costs what a long article does; the outcome says when it was cut.
 */
export const MAX_SCAN_CHARS = 1_000_000;

/** Names in --timing for the work all rules share, which would otherwise count for the first rule that needs it. */
export const SHARED_WORK = { views: '(text views)', literals: '(literal prefilter)', addresses: '(web addresses)' } as const;

function timedContext(text: string, links: readonly Link[], rules: RuleSet, timing: Map<string, number>): ScanContext {
  const add = (name: string, started: number): void => void timing.set(name, (timing.get(name) ?? 0) + performance.now() - started);
  let started = performance.now();
  const ctx = new ScanContext(text, links, rules.brands);
  add(SHARED_WORK.views, started);
  started = performance.now();
  readLiterals(ctx.normalized.folded.text);
  add(SHARED_WORK.literals, started);
  started = performance.now();
  void ctx.urls;
  add(SHARED_WORK.addresses, started);
  return ctx;
}

/**
 * Whether quoted text lies inside the words of a link: a page's menus and lists of other pages
 * ("Report fraud", "[공지] 사칭 문자 주의") say what the site links to, not what the page says —
 * a lure page that copies a site's chrome must not read as a warning for it. The page's own
 * address, which stands on its title, is not such a link.
 */
function insideLinkText(quoted: Evidence, links: readonly Link[]): boolean {
  return links.some((link) => link.own !== true && link.start !== undefined && link.end !== undefined && quoted.start >= link.start && quoted.end <= link.end);
}

/** Scans one text with a rule set: pure, synchronous, never throws on any string. */
export function scanText(fullText: string, rules: RuleSet, options: ScanOptions = {}): ScanOutcome {
  const truncated = fullText.length > MAX_SCAN_CHARS;
  const text = truncated ? fullText.slice(0, MAX_SCAN_CHARS) : fullText;
  const links = truncated ? (options.links ?? []).filter((l) => (l.end ?? 0) <= MAX_SCAN_CHARS) : (options.links ?? []);
  const timing = options.timing;
  const finePrintStart = options.finePrintStart ?? Infinity;
  const ctx = timing ? timedContext(text, links, rules, timing) : new ScanContext(text, links, rules.brands);
  const lang = detectLang(ctx.normalized.folded.text);
  const fired: Hit[] = [];
  for (const rule of rules.rules) {
    const ruleLang = rule.lang;
    if (ruleLang === 'ko' && (lang === 'en' || lang === 'unknown')) continue;
    if (ruleLang === 'en' && lang === 'ko') continue;
    let evidence;
    if (timing) {
      const built = literalBuildMillis();
      const started = performance.now();
      evidence = rule.run(ctx);
      // the automaton is built when a rule first asks it about a text: that is the prefilter's cost
      const building = literalBuildMillis() - built;
      timing.set(rule.spec.id, (timing.get(rule.spec.id) ?? 0) + performance.now() - started - building);
      if (building > 0) timing.set(SHARED_WORK.literals, (timing.get(SHARED_WORK.literals) ?? 0) + building);
    } else {
      evidence = rule.run(ctx);
    }
    if (evidence === null) continue;
    const { id, category, weight, message } = rule.spec;
    // a warning cue in a link's text names another page, and one in the footer is the site's
    // boilerplate ("not affiliated with Valve", "report fraud"): neither says this post warns
    if (category === 'warning-context' && evidence.length > 0 && evidence.every((e) => insideLinkText(e, links) || e.start >= finePrintStart)) continue;
    fired.push({ rule: id, category, weight, message, evidence });
  }
  const scored = scoreHits(fired, rules.scoring, rules.flags);
  const outcome: ScanOutcome = { verdict: scored.verdict, score: scored.score, warningScore: scored.warningScore, lang, hits: scored.hits };
  if (truncated) outcome.truncated = true;
  return outcome;
}
