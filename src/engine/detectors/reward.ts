import { MONEY_MARKS, type Currency, type Quantity } from '../../text/quantities.js';
import type { ScanContext } from '../context.js';
import { fastPaths } from '../fast-paths.js';
import { detectorRegex, literalGate } from '../patterns.js';
import type { SpecPath } from '../errors.js';
import type { Evidence } from '../types.js';
import type { DetectorDefinition, DetectorRun } from './types.js';

/** Rough rates, enough to compare a promised gift with what a like or a share could buy. */
const USD_PER_UNIT: Record<Currency, number> = { USD: 1, KRW: 1 / 1350, GBP: 1.27, EUR: 1.08 };

const nearProperties = {
  near: { type: 'string', minLength: 1, description: 'regular expression for reward words that must stand near the quantity' },
  within: { type: 'integer', minimum: 0, maximum: 200, description: 'how many characters apart (default 20)' },
};

/**
 * Finds quantities that pass `accept` and stand within `within` characters of a match of
 * `near` (the reward words), quoting the quantity together with that word.
 */
function quantityNearReward(
  params: Record<string, unknown>,
  path: SpecPath,
  trusted: boolean | undefined,
  accept: (q: Quantity, text: string) => boolean,
): DetectorRun {
  const nearRegex = detectorRegex(String(params.near), [...path, 'near'], trusted);
  // the literal prefilter of the reward words: without them no quantity needs reading
  const nearMayMatch = literalGate(String(params.near));
  const within = typeof params.within === 'number' ? params.within : 20;
  return (ctx: ScanContext) => {
    const text = ctx.normalized.folded.text;
    if (!nearMayMatch(text)) return null;
    const evidence: Evidence[] = [];
    for (const q of ctx.quantities) {
      if (!accept(q, text)) continue;
      const from = Math.max(0, q.start - within);
      const window = text.slice(from, Math.min(text.length, q.end + within));
      const word = rewardWordInSentence(nearRegex(), window, from, q);
      if (!word) continue;
      const [wordStart, wordEnd] = word;
      evidence.push(ctx.evidence('folded', { start: Math.min(q.start, wordStart), end: Math.max(q.end, wordEnd) }));
      if (evidence.length >= 5) break;
    }
    return evidence.length > 0 ? evidence : null;
  };
}

/**
 * The first reward word in the window that stands in the quantity's sentence: "free. They've
 * done it for 25 years" gives nothing free for 25 years. Only a full stop before an English word
 * ends the sentence here, or a new line that opens an English field ("Cost: Free\nCertificate:
 * valid for 25 months"): lures run "FREE! 3 YEARS" together, and Korean lures put the reward
 * and its amount on lines of their own. Detector regexes are global and never match the empty
 * string (compileRegex refuses one that does), so the loop always moves on.
 */
function rewardWordInSentence(near: RegExp, window: string, from: number, q: Quantity): [number, number] | null {
  const [qStart, qEnd] = [q.start - from, q.end - from];
  near.lastIndex = 0;
  for (let word = near.exec(window); word; word = near.exec(window)) {
    const [start, end] = [word.index, word.index + word[0].length];
    const gap = end <= qStart ? window.slice(end, qStart) : start >= qEnd ? window.slice(qEnd, start) : '';
    if (!SENTENCE_END.test(gap)) return [from + start, from + end];
  }
  return null;
}

const SENTENCE_END = /\.\s+\p{Script=Latin}|\n[ \t]*\p{Script=Latin}[^\n:]{0,23}:\s/u;

/**
 * What makes a period a ceiling: "최장 3년 지급" caps how long a grant is paid and promises no
 * free period. Unlike amounts (UP_TO_BEFORE), "up to" and "최대" stay: lures write "최대 5년치
 * 환급" (three labelled scams lose the signal without it).
 */
const CAPPED_PERIOD = /최장\s*$/;

/**
 * A period that says how long someone has been a customer, not how long a gift lasts: "SKT 쓴 지
 * 10년 넘어서 장기고객 쿠폰", "10년 이상 장기 가입 고객", "a member for 12 years".
 */
const TENURE_BEFORE = /(?:(?:쓴|쓰신|써\s*온|사용한|사용하신|이용한|이용하신|가입한|가입하신|거래한|거래하신|다닌|다니신)\s*지|(?:customer|member|subscriber|client)s?\s+(?:for|of)\s+(?:over\s+|more than\s+)?)\s*$/u;
const TENURE_AFTER = /^\s*(?:넘게|넘은|이상|째|차)?\s*(?:장기\s*)?(?:가입|이용|사용|거래)\s*(?:고객|하신|한|중|회원)/u;

/**
 * A period of cover that comes with a purchase, not a free pass: "5년 소모품 교환 쿠폰", "3년 무상
 * 점검", "a 5-year warranty". Car and appliance makers give these with what they sell.
 */
const SERVICE_COVER_AFTER = /^['’]?\s*(?:간|동안)?\s*(?:소모품|무상\s*(?:점검|수리|보증|a\/?s)|보증(?!금)|보장|워런티|(?:extended\s+|parts\s+and\s+labou?r\s+)?(?:warranty|guarantee)|roadside\s+assistance)/u;

function isServiceCover(q: Quantity, text: string): boolean {
  return SERVICE_COVER_AFTER.test(text.slice(q.end, q.end + 24));
}

function isTenure(q: Quantity, text: string): boolean {
  return TENURE_BEFORE.test(text.slice(Math.max(0, q.start - 24), q.start)) || TENURE_AFTER.test(text.slice(q.end, q.end + 16));
}

export const rewardDuration: DetectorDefinition = {
  name: 'reward-duration',
  regexParams: ['near'],
  description: 'a free period (1000일, 3년 이용권, 평생, 3 YEARS, lifetime) longer than a limit, next to reward words',
  paramsSchema: {
    type: 'object',
    additionalProperties: false,
    required: ['over_days', 'near'],
    properties: { over_days: { type: 'number', minimum: 0 }, ...nearProperties },
  },
  create(params, path, options = {}) {
    const overDays = Number(params.over_days);
    return quantityNearReward(params, path, options.trusted, (q, text) => q.kind === 'duration' && q.days > overDays && !CAPPED_PERIOD.test(text.slice(Math.max(0, q.start - 4), q.start)) && !isTenure(q, text) && !isServiceCover(q, text));
  },
};

/**
 * A sum named as a cost is no gift, whatever reward word stands near it: "30만원 보증금은 현금으로"
 * is a deposit paid in cash, "a €300 excess, refunded" an insurance excess.
 */
const COST_AFTER = /^\s?(?:보증금|예약금|계약금|가승인|위약금|자기\s?부담금|면책금|security deposit|deposit(?!\s(?:bonus|match))|excess|penalty|fine(?![\p{L}]))/u;

/** A sum that is a minimum spend, not a gift: "해외 항공 2만 원 (30만 원 이상)", "$20 off orders of $100 or more". */
const MINIMUM_AFTER = /^\s?(?:이상\s*(?:\)|구매|결제|주문|이용|충전|사용|시(?![\p{L}]))|or more|and (?:over|above|up)(?![\p{L}]))/u;

export const rewardValue: DetectorDefinition = {
  name: 'reward-value',
  regexParams: ['near'],
  description: 'a gift or cash value ($500 gift card, 100만원 상품권, £250 voucher) above a limit, next to reward words',
  paramsSchema: {
    type: 'object',
    additionalProperties: false,
    required: ['over_usd', 'near'],
    properties: { over_usd: { type: 'number', minimum: 0 }, ...nearProperties },
  },
  create(params, path, options = {}) {
    const overUsd = Number(params.over_usd);
    return quantityNearReward(params, path, options.trusted, (q, text) => {
      if (q.kind !== 'money' || q.amount * USD_PER_UNIT[q.currency] <= overUsd) return false;
      const after = text.slice(q.end, q.end + 12);
      return !COST_AFTER.test(after) && !MINIMUM_AFTER.test(after);
    });
  },
};

/**
 * Two prices of one currency side by side, the lower a small share of the higher, with a word or
 * sign that makes them "was … now …" (정가 489,000원 → 39,000원, £29.99 (RRP £479.99)). The marker
 * is looked for between the prices and just before the first, so that "spend $100, get $10 off"
 * is not a price cut.
 */
const RANGE_BETWEEN = /^\s*(?:[~〜∼–—-]|to|부터|에서 최대)\s*$/u;

/** What makes an amount a ceiling ("up to £100", "최대 10만원"), not a price. */
const UP_TO_BEFORE = /(?:up to|upto|최대)\s*$/u;

/** A period an amount is paid for, written after it ("$200 a month") or before it (월 20만원). */
const PERIOD_AFTER = /^\s*(?:a|an|per|\/|each|every)\s*(day|week|fortnight|month|mo|year|yr|annum)(?![a-z])/u;
const PERIOD_BEFORE = /(매일|매주|매월|매년|일|주|월|연|년)\s*$/u;

const PERIOD_NAMES: Record<string, string> = { mo: 'month', yr: 'year', annum: 'year', 매일: 'day', 일: 'day', 매주: 'week', 주: 'week', 매월: 'month', 월: 'month', 매년: 'year', 연: 'year', 년: 'year' };

/** The period an amount is for, if the text names one next to it ("$200 a month ($2,400 a year)" is one sum). */
function periodOf(text: string, amount: { start: number; end: number }): string | undefined {
  const word = PERIOD_AFTER.exec(text.slice(amount.end, amount.end + 16))?.[1] ?? PERIOD_BEFORE.exec(text.slice(Math.max(0, amount.start - 4), amount.start))?.[1];
  return word === undefined ? undefined : (PERIOD_NAMES[word] ?? word);
}

/** A price cut needs two money quantities, so two money marks (a sign or a unit word). */
const MONEY_MARK = new RegExp(MONEY_MARKS.map((mark) => mark.replace(/[$]/g, '\\$&')).join('|'), 'g');

function hasTwoMoneyMarks(text: string): boolean {
  MONEY_MARK.lastIndex = 0;
  return MONEY_MARK.test(text) && MONEY_MARK.test(text);
}

export const priceCut: DetectorDefinition = {
  name: 'price-cut',
  regexParams: ['marker'],
  description: 'a price cut to a small share of the price it is set against (was/RRP/정가 … → …)',
  paramsSchema: {
    type: 'object',
    additionalProperties: false,
    required: ['max_ratio', 'marker'],
    properties: {
      max_ratio: { type: 'number', exclusiveMinimum: 0, maximum: 1, description: 'the lower price at most this share of the higher' },
      min_usd: { type: 'number', minimum: 0, description: 'the higher price at least this much (USD), default 0' },
      marker: { type: 'string', minLength: 1, description: 'regular expression for the was/now words or signs' },
      within: { type: 'integer', minimum: 0, maximum: 200, description: 'how many characters apart the prices stand (default 30)' },
    },
  },
  create(params, path, options = {}) {
    const maxRatio = Number(params.max_ratio);
    const minUsd = typeof params.min_usd === 'number' ? params.min_usd : 0;
    const markerRegex = detectorRegex(String(params.marker), [...path, 'marker'], options.trusted);
    const markerMayMatch = literalGate(String(params.marker));
    const within = typeof params.within === 'number' ? params.within : 30;
    const MARKER_BEFORE = 15;
    return (ctx) => {
      const text = ctx.normalized.folded.text;
      if (!markerMayMatch(text) || (fastPaths.enabled && !hasTwoMoneyMarks(text))) return null;
      const prices = ctx.quantities.filter((q): q is Extract<Quantity, { kind: 'money' }> => q.kind === 'money');
      const evidence: Evidence[] = [];
      for (let k = 0; k + 1 < prices.length; k++) {
        const [a, b] = [prices[k]!, prices[k + 1]!];
        if (a.currency !== b.currency || b.start - a.end > within) continue;
        const [low, high] = a.amount <= b.amount ? [a.amount, b.amount] : [b.amount, a.amount];
        if (low <= 0 || low / high > maxRatio || high * USD_PER_UNIT[a.currency] < minUsd) continue;
        if (RANGE_BETWEEN.test(text.slice(a.end, b.start))) continue; // 87만 원~808만 원 is a range
        // "up to £100 but mine was £8" is a ceiling and what one got, not a price cut
        const higher = a.amount >= b.amount ? a : b;
        if (UP_TO_BEFORE.test(text.slice(Math.max(0, higher.start - 8), higher.start))) continue;
        // the same sum over two periods ("$200 a month ($2,400 a year)") is no price cut
        const [periodA, periodB] = [periodOf(text, a), periodOf(text, b)];
        if (periodA !== undefined && periodB !== undefined && periodA !== periodB) continue;
        const marker = markerRegex();
        marker.lastIndex = 0;
        if (!marker.test(text.slice(Math.max(0, a.start - MARKER_BEFORE), b.start))) continue;
        evidence.push(ctx.evidence('folded', { start: a.start, end: b.end }));
        if (evidence.length >= 5) break;
      }
      return evidence.length > 0 ? evidence : null;
    };
  },
};
