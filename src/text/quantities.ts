import { isLetterOrDigit } from './chars.js';

/**
 * Quantities read from the folded text: free durations, money and head counts, whether
 * written in digits (1,000 / １０００ after NFKC / 100만), Korean number words (천 일, 삼 년,
 * 백만 원) or English ones (three years, one thousand dollars).
 */
export type Currency = 'KRW' | 'USD' | 'GBP' | 'EUR';

export type Quantity =
  | { kind: 'duration'; days: number; start: number; end: number }
  | { kind: 'money'; amount: number; currency: Currency; start: number; end: number }
  | { kind: 'count'; value: number; start: number; end: number }
  | { kind: 'percent'; value: number; start: number; end: number };

const SINO_DIGITS: Record<string, number> = { 일: 1, 이: 2, 삼: 3, 사: 4, 오: 5, 육: 6, 칠: 7, 팔: 8, 구: 9 };
const SINO_SMALL: Record<string, number> = { 십: 10, 백: 100, 천: 1000 };
const SINO_LARGE: Record<string, number> = { 만: 10_000, 억: 100_000_000 };

const EN_UNITS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const EN_SCALES: Record<string, number> = { hundred: 100, thousand: 1000, k: 1000, million: 1_000_000, m: 1_000_000 };

/**
 * What comes before a span that is an age or a reference period, not an offer: "to celebrate 5
 * years", "open for the past 3 years", "과거 2년 같은 달 평균보다" (the past two years).
 */
const AGE_BEFORE = /(?:celebrat(?:e|es|ing)|to mark|marking|turn(?:s|ing|ed)|for the (?:past|last)|over the (?:past|last)|in business for|been (?:open|baking|trading|serving|running) for|been (?:using|with|on|a (?:member|customer|user) (?:of|at|with)) (?:the app|[\w-]+)(?: for)?|(?<![가-힣])(?:과거|지난|최근|직전|경력|생후|근속|재직))\s?(?:\d+\s?[~-]\s?)?$/u;

/**
 * What follows a span that is an age, a bound or a length of service, not an offer: "24개월 미만
 * 영아는 무료" (babies under two go free), "3 years and under", "5 years old".
 */
const AGE_AFTER = /^\s?(?:미만|이하|이상|초과|짜리|된\s?(?:아이|아기|영아)|old(?![a-z])|of age|and (?:under|over|older|younger))/u;

/** Units after a number, longest first where one is a prefix of another. */
const DURATION_UNITS: Array<[RegExp, number]> = [
  [/^(?:주일|주(?!년)|weeks?|wks?)(?![a-z]|\s?차(?![단감량]))/, 7], // 25주년 is an anniversary
  [/^(?:개월|달|months?|mos?)(?![a-z]|\s?차(?![단감량]))/, 30],
  [/^(?:년(?!째|생)|years?|yrs?)(?![a-z]|\s?차(?![단감량]))/, 365], // 10년째 is how long, not a reward; 2년 차 (the second year) is a count; 06년생 a birth year
  [/^(?:일|days?)(?![a-z]|\s?차(?![단감량]))/, 1], // 3일 차 is a day's number, 3일 차단 a span
];
const MONEY_UNITS: Array<[RegExp, Currency, number]> = [
  [/^(?:억\s?원)/, 'KRW', 100_000_000],
  [/^(?:만\s?원)/, 'KRW', 10_000],
  [/^(?:천\s?원)/, 'KRW', 1000],
  [/^(?:원|krw)(?![a-z])/, 'KRW', 1],
  [/^(?:달러|불|dollars?|usd|bucks)(?![a-z])/, 'USD', 1],
  [/^(?:파운드|pounds?|quid|gbp)(?![a-z])/, 'GBP', 1],
  [/^(?:유로|euros?|eur)(?![a-z])/, 'EUR', 1],
];
const CURRENCY_SIGNS: Record<string, Currency> = { $: 'USD', '£': 'GBP', '€': 'EUR', '₩': 'KRW' };

/** Every sign or word a money quantity above is written with (a quick test tells texts without any). */
export const MONEY_MARKS: readonly string[] = [...Object.keys(CURRENCY_SIGNS), '원', 'krw', '달러', '불', 'dollar', 'usd', 'bucks', '파운드', 'pound', 'quid', 'gbp', '유로', 'euro', 'eur'];
/** Free for ever (평생 무료, lifetime); 평생교육·평생학습 (lifelong learning) is no span. */
const INFINITE = /(?<![a-z0-9가-힣])(?:평생(?!\s?(?:교육|학습))|영구(?!치|\s?(?:보존|결번|제명|퇴출|정지|탈퇴|삭제|장애|임대))|종신|lifetime|for\s?life|forever|lifelong(?!\s(?:learning|education)))(?![a-z])/gu;

const NUMBER_START = /[$£€₩]|\d|[일이삼사오육칠팔구십백천만억]|(?<![a-z0-9가-힣])(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million)(?![a-z])/gu;

export function findQuantities(text: string): Quantity[] {
  const found: Quantity[] = [];
  NUMBER_START.lastIndex = 0;
  let match: RegExpExecArray | null;
  let resumeAt = 0;
  while ((match = NUMBER_START.exec(text)) !== null) {
    const start = match.index;
    if (start < resumeAt) continue;
    const quantity = readQuantity(text, start);
    if (quantity) {
      found.push(quantity);
      resumeAt = quantity.end;
      NUMBER_START.lastIndex = quantity.end;
    } else {
      NUMBER_START.lastIndex = start + Math.max(1, match[0].length);
    }
  }
  INFINITE.lastIndex = 0;
  while ((match = INFINITE.exec(text)) !== null) {
    found.push({ kind: 'duration', days: Infinity, start: match.index, end: match.index + match[0].length });
  }
  return found.sort((a, b) => a.start - b.start);
}

interface ParsedNumber {
  value: number;
  end: number;
  currency?: Currency;
}

/** The first characters of every unit below: a number followed by anything else is no quantity. */
const UNIT_FIRST = new Set([...'주개달년일억만천원불파유%명wmydkubpqge']);

function readQuantity(text: string, start: number): Quantity | null {
  const number = readNumber(text, start);
  if (!number) return null;
  let pos = number.end;
  if (text[pos] === ' ' || text[pos] === '-') pos++;

  if (number.currency) {
    return { kind: 'money', amount: number.value, currency: number.currency, start, end: number.end };
  }
  if (!UNIT_FIRST.has(text[pos] ?? '')) return null;
  const rest = text.slice(pos, pos + 12);
  for (const [pattern, currency, factor] of MONEY_UNITS) {
    const unit = pattern.exec(rest);
    if (unit) return { kind: 'money', amount: number.value * factor, currency, start, end: pos + unit[0].length };
  }
  for (const [pattern, days] of DURATION_UNITS) {
    const unit = pattern.exec(rest);
    if (!unit) continue;
    if (days === 365 && number.value >= 1900 && number.value <= 2100) return null; // a year like 2019년, not a span
    const end = pos + unit[0].length;
    if (AGE_BEFORE.test(text.slice(Math.max(0, start - 32), start)) || AGE_AFTER.test(text.slice(end, end + 16))) return null;
    return { kind: 'duration', days: number.value * days, start, end };
  }
  if (rest.startsWith('%')) return { kind: 'percent', value: number.value, start, end: pos + 1 };
  if (rest.startsWith('명')) return { kind: 'count', value: number.value, start, end: pos + 1 };
  return null;
}

/** Reads a number at `start` in any of the supported notations. */
function readNumber(text: string, start: number): ParsedNumber | null {
  const first = text[start]!;
  const currency = CURRENCY_SIGNS[first];
  if (currency) {
    let pos = start + 1;
    if (text[pos] === ' ') pos++;
    const amount = readDigitsWithScale(text, pos, true);
    return amount ? { value: amount.value, end: amount.end, currency } : null;
  }
  if (first >= '0' && first <= '9') {
    if (start > 0 && (isLetterOrDigit(text.charCodeAt(start - 1)) || text[start - 1] === '.' || text[start - 1] === ',')) return null; // inside a code or a word
    return readDigitsWithScale(text, start, false);
  }
  if (first in SINO_DIGITS || first in SINO_SMALL || first in SINO_LARGE) {
    if (start > 0 && isLetterOrDigit(text.charCodeAt(start - 1))) return null; // 추천, 삼성: part of a word
    return readSino(text, start, 0);
  }
  return readEnglish(text, start);
}

const DIGITS = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/y;

function readDigitsWithScale(text: string, start: number, allowEnglishScale: boolean): ParsedNumber | null {
  DIGITS.lastIndex = start;
  const digits = DIGITS.exec(text);
  if (!digits) return null;
  const value = Number(digits[0].replace(/,/g, ''));
  const end = start + digits[0].length;
  // 100만, 1천만, 3천 원: digits followed by Korean multipliers
  if (text[end] !== undefined && (text[end]! in SINO_SMALL || text[end]! in SINO_LARGE)) {
    const scaled = readSino(text, end, value);
    if (scaled) return scaled;
  }
  if (allowEnglishScale) {
    const scale = /^ ?(k|m|million|thousand)(?![a-z])/.exec(text.slice(end, end + 10));
    if (scale) return { value: value * EN_SCALES[scale[1]!]!, end: end + scale[0].length };
  }
  return { value, end };
}

/**
 * Korean number words: 삼천오백만 → 35,000,000. A final 일 after a multiplier is the unit
 * "day", not the digit one (천일 → 1000 days), so it is left for the unit reader.
 */
function readSino(text: string, start: number, leadingDigit: number): ParsedNumber | null {
  let total = 0;
  let section = 0;
  let digit = leadingDigit;
  let pos = start;
  let sawAny = leadingDigit > 0;
  while (pos < text.length) {
    const ch = text[pos]!;
    if (ch in SINO_DIGITS) {
      if (ch === '일' && sawAny && !(text[pos + 1]! in SINO_SMALL) && !(text[pos + 1]! in SINO_LARGE)) break;
      if (digit > 0) break;
      digit = SINO_DIGITS[ch]!;
    } else if (ch in SINO_SMALL) {
      section += (digit || 1) * SINO_SMALL[ch]!;
      digit = 0;
    } else if (ch in SINO_LARGE) {
      if (text[pos + 1] === '원' || text.startsWith(' 원', pos + 1)) break; // leave 만원/억원 to the money units
      total += (section + digit || 1) * SINO_LARGE[ch]!;
      section = 0;
      digit = 0;
    } else {
      break;
    }
    sawAny = true;
    pos++;
  }
  if (pos === start && leadingDigit === 0) return null;
  const value = total + section + digit;
  return value > 0 ? { value, end: pos } : null;
}

const WORD = /[a-z]+/y;

function readEnglish(text: string, start: number): ParsedNumber | null {
  const word = WORD;
  let total = 0;
  let current = 0;
  let pos = start;
  let end = start;
  let words = 0;
  while (pos < text.length) {
    word.lastIndex = pos;
    const found = word.exec(text);
    if (!found) break;
    const w = found[0];
    if (w in EN_UNITS && !(words > 0 && (w === 'a' || w === 'an'))) current += EN_UNITS[w]!;
    else if (w === 'hundred') current = (current || 1) * 100;
    else if (w === 'thousand' || w === 'million') {
      total += (current || 1) * EN_SCALES[w]!;
      current = 0;
    } else if (w === 'and' && words > 0) {
      pos += w.length; // one hundred and fifty
      if (text[pos] === ' ') pos++;
      continue;
    } else break;
    words++;
    end = pos + w.length;
    pos = end;
    if (text[pos] === ' ' || text[pos] === '-') pos++;
  }
  if (words === 0) return null;
  const value = total + current;
  return value > 0 ? { value, end } : null;
}
