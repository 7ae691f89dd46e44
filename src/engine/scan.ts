import { detectLang } from '../text/lang.js';
import type { RuleSet } from './compile.js';
import { ScanContext, type Link } from './context.js';
import { scoreHits } from './score.js';
import type { Hit, ScanOutcome } from './types.js';

export interface ScanOptions {
  /** links of the post (from HTML), read by link and channel rules */
  links?: readonly Link[];
}

/** Scans one text with a rule set: pure, synchronous, never throws on any string. */
export function scanText(text: string, rules: RuleSet, options: ScanOptions = {}): ScanOutcome {
  const ctx = new ScanContext(text, options.links ?? [], rules.brands);
  const lang = detectLang(ctx.normalized.folded.text);
  const fired: Hit[] = [];
  for (const rule of rules.rules) {
    const ruleLang = rule.spec.lang ?? 'any';
    if (ruleLang === 'ko' && (lang === 'en' || lang === 'unknown')) continue;
    if (ruleLang === 'en' && lang === 'ko') continue;
    const evidence = rule.run(ctx);
    if (evidence === null) continue;
    const { id, category, weight, message } = rule.spec;
    fired.push({ rule: id, category, weight, message, evidence });
  }
  const scored = scoreHits(fired, rules.scoring, rules.flags);
  return { verdict: scored.verdict, score: scored.score, warningScore: scored.warningScore, lang, hits: scored.hits };
}
