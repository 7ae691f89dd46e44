/** The rule format (as written in rules/*.yaml) and the results the engine produces. */

import type { LiteralNeeds } from './prefilter.js';

export const SIGNAL_CATEGORIES = [
  'implausible-reward',
  'referral-demand',
  'unofficial-channel',
  'impersonation',
  'incident-bait',
  'share-to-win',
  'urgency',
  'fake-proof',
  'data-harvest',
  'lure-language',
  'warning-context',
  'legit-context',
  'self-test',
] as const;

export type SignalCategory = (typeof SIGNAL_CATEGORIES)[number];
/** Hits of combination rules from scoring.yaml carry this category. */
export type HitCategory = SignalCategory | 'combination';

export const VERDICTS = ['clean', 'warning', 'suspicious', 'scam'] as const;
export type Verdict = (typeof VERDICTS)[number];

export type PatternSpec =
  | { regex: string }
  | { phrase: string }
  | { any: PatternSpec[] }
  | { all: PatternSpec[] }
  | { not: PatternSpec }
  | { near: PatternSpec[]; within?: number };

export type TextViewName = 'folded' | 'light' | 'links';

export interface RuleSpec {
  id: string;
  category: SignalCategory;
  weight: number;
  message: string;
  lang?: 'ko' | 'en' | 'any';
  /**
   * which view(s) of the post the pattern reads: `folded` (default), `light` (keeps separators,
   * for evasions of 광고), `links` (the link targets of the page, one per line)
   */
  view?: TextViewName | TextViewName[];
  /** counts only when a rule of its category that is not supporting fired too (news style, for instance) */
  supporting?: boolean;
  /** legit-context only: false when the signal is as common in warnings as in real offers (an official link) */
  against_warning?: boolean;
  pattern?: PatternSpec;
  /** prebuilt rules only: the literal needs of the pattern's regexes, in compile order */
  prefilter?: Array<LiteralNeeds | null>;
  detector?: string;
  params?: Record<string, unknown>;
  examples: { match: string[]; nomatch: string[] };
  description?: string;
}

/** A category name or rule id; a nested list means "any of these". */
export type CombinationTerm = string | string[];

export interface CombinationSpec {
  id: string;
  all: CombinationTerm[];
  weight: number;
  message: string;
}

export interface ScoringSpec {
  thresholds: { scam: number; suspicious: number; warning: number; warning_over_scam: number; warning_over_scam_ratio?: number; warning_ratio?: number };
  categories: Partial<Record<SignalCategory, { max_score?: number }>>;
  combinations: CombinationSpec[];
}

export interface BrandSpec {
  id: string;
  names: string[];
  domains: string[];
  channels?: string[];
  does_not_operate?: string[];
  /** the numbers it gives out in its own alerts and notices (its customer centre), as written */
  phones?: string[];
  /** longer words that hold one of the names and mean something else (타이베이 holds 이베이) */
  not_inside?: string[];
  /** labels of its own domains that are everyday words (paris of paris.co.kr), read as short tokens */
  word_labels?: string[];
}

/** Rule packs as loaded and validated: plain data, serialisable. */
export interface RulePackData {
  rules: Array<RuleSpec & { file: string }>;
  scoring: ScoringSpec;
  brands: BrandSpec[];
}

export interface Evidence {
  text: string;
  start: number;
  end: number;
  /** for evidence found in a link target: the target (text/start/end quote the link's text) */
  link?: string;
}

export interface Hit {
  rule: string;
  category: HitCategory;
  weight: number;
  message: string;
  evidence: Evidence[];
}

export interface ScanOutcome {
  verdict: Verdict;
  /** the lure score: signal weights summed with caps, plus combinations */
  score: number;
  /** what the warning-context rules add up to */
  warningScore: number;
  lang: 'ko' | 'en' | 'mixed' | 'unknown';
  hits: Hit[];
  /** set when the post was longer than the per-post budget and only its beginning was scanned */
  truncated?: true;
}
