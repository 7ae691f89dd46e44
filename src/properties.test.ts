/**
 * Property-based tests (fast-check): the text stage, the quantity reader, the scanner and the
 * document pipeline hold their contracts on thousands of generated inputs — arbitrary code
 * points, lone surrogates, controls, bidi and zero-width characters, jamo, fullwidth forms,
 * emoji, very long runs, and lure phrases spliced into all of that.
 *
 * fast-check picks a new seed on every run and prints seed, path and the shrunk counterexample
 * when a property fails: rerun with `{ seed, path }` in the property's options to reproduce it.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RuleSet } from './engine/compile.js';
import type { Link } from './engine/context.js';
import { loadRules } from './engine/load.js';
import { scanText } from './engine/scan.js';
import { loadShippedRules } from './engine/shipped.js';
import { SIGNAL_CATEGORIES, VERDICTS, type ScanOutcome } from './engine/types.js';
import { extractDoc } from './extract/index.js';
import { scanDoc } from './pipeline.js';
import { isInvisible, isLetterOrDigit } from './text/chars.js';
import { isCompatJamo } from './text/hangul.js';
import { normalizeText } from './text/normalize.js';
import { findQuantities } from './text/quantities.js';
import { toOriginalSpan, type TextView } from './text/view.js';

// ---------------------------------------------------------------- arbitraries

/** Characters that break naive text code: each is one string, some of them two UTF-16 units. */
const SPECIAL_CHARS = [
  // lone surrogates
  '\uD800', '\uDBFF', '\uDC00', '\uDFFF',
  // C0, DEL, C1 controls and line breaks
  '\u0000', '\u0001', '\u0007', '\u0008', '\u000B', '\u000C', '\u001B', '\u001F', '\u007F', '\u0080', '\u0085', '\u009F',
  '\t', '\n', '\r', '\r\n', '\u2028', '\u2029',
  // spaces
  ' ', '\u00A0', '\u3000', '\u2002', '\u202F',
  // bidi controls
  '\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u061C',
  // zero-width and format characters, fillers
  '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u115F', '\u1160', '\u3164', '\uFFA0', '\uFFF9', '\u{E0041}',
  // combining marks and variation selectors
  '\u0301', '\u0336', '\u20DD', '\u3099', '\uFE0F', '\u{E0100}',
  // conjoining and compatibility jamo
  '\u1100', '\u1161', '\u11A8', '\u11FF', 'ㄱ', 'ㅈ', 'ㅣ', 'ㄴ', 'ㅊ', 'ㅇ', 'ㅁ', 'ㄹ', 'ㅏ', 'ㅎ', 'ㆎ',
  // fullwidth and compatibility forms
  'Ａ', 'ｆ', '１', '０', '！', '｡', 'ﬁ', '①', '㈜', '½', '𝐟', '㎏',
  // letters that change length or script when lower-cased or normalised
  'İ', 'ß', 'ẞ', 'ǅ', '\u2126', '\u212A', 'а', 'о', 'А', 'ԁ', 'ɡ', 'ο', 'Σ',
  // emoji, with modifiers, ZWJ sequences and flags
  '🎁', '🎉', '👍🏽', '👨‍👩‍👧', '🇰🇷', '❤️', '#️⃣',
  // joiners, symbols and currency signs the folded view and the quantity reader care about
  '.', '·', '-', '_', '*', '~', "'", '|', '/', ':', '@', '%', '$', '£', '€', '₩', ',', '★', '→', '(', ')', '<', '>', '"',
];

/** Words, numbers and addresses that rules, detectors and the quantity reader look for. */
const LURE_WORDS = [
  '무료', '무.료', '무🎁료', '무\u200B료', '1000일', '１０００일', '천 일', '천일', '삼 년', '3년', '평생', '100만원', '백만 원',
  '추천인', '추 천 인', '추천인 코드', 'ㅊㅊㅇ', 'ㅁㄹ', 'ㅋㅍ', '이용권', '플러스친구', '플친', '카톡 채널', '오픈채팅', '텔레그램',
  '지니뮤직', 'ㅈㅣㄴㅣ', '지니', '멜론', '보상', '오류 보상 이벤트', '앱 설치', '입력', '가짜', '사칭 주의', '선착순 100명', '100%',
  'free', 'F R E E', 'f.r.e.e', 'frее', 'referral code', 'invite code', 'lifetime', 'three years', '1000-day', '$500 gift card',
  '£250 voucher', 'one thousand dollars', 'claim your reward', 'b1nance', 'Аmаzоn', 'netflix', 'link in bio', 'beware of fake',
  'bit.ly/abc', 'pf.kakao.com/_x', 'open.kakao.com/o/gFree', 't.me/genie_event', 'https://bit.ly/xyz', 'http://192.168.0.1/claim',
  'xn--shll-fuel-q4a.com/voucher', 'netflix-free-pass.top/apology', 'www.adidas.com-shoes.live/anniversary', 'genie.co.kr',
  'user@mail.com', 'hxxps://evil.xyz/login', '2019년', '1.5배', 'v1.2.3.4',
];

/** Whole lure posts (from the founding case and the evasion tests): they score as scams. */
const LURE_POSTS = [
  '지니뮤직 오류 보상 이벤트! 카카오톡 플러스친구 추가하면 1000일 무료 이용권 지급. 코니 앱 설치 후 추천인 genie 입력하세요',
  '지니뮤직 오류 보상 이벤트! 카톡 플친 추가하면 천 일 무.료 이용권 지급~ 코니 앱 깔고 추 천 인 genie 넣어야 들어와요',
  'ㅈㅣㄴㅣ뮤직 장애 보상 🎁 １０００일 무🎁료 이용권! 플러스친구 추가 후 앱 설치, 추천인 코드 genie 입력 필수',
  '지니\u200b뮤직 먹통 보상으로 3년 이용권 무료로 드려요 오픈채팅 입장 후 앱 설치하고 추천인에 genie 적어주세요',
  'Аmаzоn is giving every customer a frее $500 gift card! Claim yours at amaz0n-rewards.com/claim and enter invite code GIFT500 in the app',
  'To apologise for the outage, Netflix gives three years of Premium free to everyone who joins t.me/netflixgift and enters referral code NF3',
  'F R E E  1 0 0 0 - d a y  Spotify pass for everyone! join our telegram t.me/spotifree and enter referral code SP1000',
  '무🎁료 🎁 천 일 이용권 전원 지급! 카톡 오픈채팅 입장 👉 open.kakao.com/o/gFree 후 추🎁천🎁인 코드 입력',
  '멜\u200b론 먹\u200b통 보\u200b상 3\u200b년 무\u200b료 이용권! 오픈채팅 입장 후 추\u200b천\u200b인 입력',
];

const charIn = (from: number, to: number): fc.Arbitrary<string> => fc.integer({ min: from, max: to }).map((cp) => String.fromCodePoint(cp));

/** Any single UTF-16 unit: lone surrogates included. */
const utf16Unit = fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit));
const hangulSyllable = charIn(0xac00, 0xd7a3);
const jamo = fc.oneof(charIn(0x1100, 0x11ff), charIn(0x3131, 0x318e));
const fullwidth = charIn(0xff01, 0xff5e);
const emoji = charIn(0x1f300, 0x1faff);

/** One run of one character, up to `max` long (lures pad with them; regexes must stay fast on them). */
const longRun = (max: number): fc.Arbitrary<string> =>
  fc
    .tuple(fc.oneof(fc.constantFrom(...SPECIAL_CHARS), fc.constantFrom('a', '1', '무', 'ㅋ', ' ', '.', '!', 'ㅈㅣ', 'f ', '1 ', '무.'), hangulSyllable), fc.integer({ min: 20, max }))
    .map(([ch, count]) => ch.repeat(count));

/** A piece of text: random strings of every unit kind, special characters, Korean, lure words. */
const piece = (maxRun: number): fc.Arbitrary<string> =>
  fc.oneof(
    { arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }), weight: 3 },
    { arbitrary: fc.string({ unit: 'binary', maxLength: 8 }), weight: 2 },
    { arbitrary: fc.string({ unit: 'binary-ascii', maxLength: 8 }), weight: 2 },
    { arbitrary: fc.string({ unit: utf16Unit, maxLength: 4 }), weight: 1 },
    { arbitrary: fc.constantFrom(...SPECIAL_CHARS), weight: 4 },
    { arbitrary: fc.string({ unit: hangulSyllable, minLength: 1, maxLength: 6 }), weight: 3 },
    { arbitrary: fc.string({ unit: jamo, minLength: 1, maxLength: 4 }), weight: 1 },
    { arbitrary: fc.string({ unit: fullwidth, minLength: 1, maxLength: 4 }), weight: 1 },
    { arbitrary: emoji, weight: 1 },
    { arbitrary: fc.constantFrom(...LURE_WORDS), weight: 5 },
    { arbitrary: fc.constantFrom(' ', ' ', '\n', '. ', ', '), weight: 3 },
    { arbitrary: longRun(maxRun), weight: 1 },
  );

/** Text mixing all of the above. */
const hostileText = (options: { maxPieces?: number; maxRun?: number } = {}): fc.Arbitrary<string> =>
  fc.array(piece(options.maxRun ?? 400), { maxLength: options.maxPieces ?? 30 }).map((pieces) => pieces.join(''));

/** Inserts each `[at, what]` at `at` modulo the text length (anywhere, even inside a surrogate pair). */
function splice(text: string, inserts: ReadonlyArray<readonly [number, string]>): string {
  let out = text;
  for (const [at, what] of inserts) {
    const k = at % (out.length + 1);
    out = out.slice(0, k) + what + out.slice(k);
  }
  return out;
}

/** A lure post or hostile text with lure words and noise spliced in at random places. */
const lureText: fc.Arbitrary<string> = fc
  .tuple(
    fc.oneof(fc.constantFrom(...LURE_POSTS), hostileText({ maxPieces: 20 })),
    fc.array(fc.tuple(fc.nat(), fc.oneof(fc.constantFrom(...LURE_WORDS), fc.constantFrom(...SPECIAL_CHARS), fc.string({ unit: 'grapheme', maxLength: 4 }))), { maxLength: 8 }),
  )
  .map(([base, inserts]) => splice(base, inserts));

/** Inputs for scanning: mostly lure-rich, some fully hostile. */
const scanInput = fc.oneof({ arbitrary: lureText, weight: 3 }, { arbitrary: hostileText(), weight: 2 });

const LINK_HREFS = ['https://bit.ly/abc', 'http://pf.kakao.com/_genie', 'https://open.kakao.com/o/gFree', 'https://t.me/spotifree', 'https://www.genie.co.kr/event', 'http://192.168.0.1/claim', 'https://xn--shll-fuel-q4a.com/voucher', 'https://netflix-free-pass.top/apology', 'HTTPS://Play.Google.com/store/apps?id=x', '  https://spaced.example.com  ', 'mailto:a@b.c', '', 'javascript:void(0)'];

/** Links as an HTML page would give them, each with an in-range span of the text or none. */
function linksFor(text: string): fc.Arbitrary<Link[]> {
  const offset = fc.integer({ min: 0, max: text.length });
  const link = fc.record({
    href: fc.oneof(fc.constantFrom(...LINK_HREFS), fc.string({ unit: 'grapheme', maxLength: 20 }), fc.constantFrom(...LURE_WORDS)),
    span: fc.option(fc.tuple(offset, offset), { nil: undefined }),
  });
  return fc.array(link, { maxLength: 4 }).map((links) =>
    links.map(({ href, span }) => {
      if (span === undefined) return { href, text: '' };
      const [start, end] = span[0] <= span[1] ? span : [span[1], span[0]];
      return { href, text: text.slice(start, end), start, end };
    }),
  );
}

const textWithLinks: fc.Arbitrary<{ text: string; links: Link[] }> = scanInput.chain((text) => linksFor(text).map((links) => ({ text, links })));

// ---------------------------------------------------------------- checks

/** The first way a view breaks its offset-map contract (see view.ts), or null. */
function offsetMapViolation(original: string, view: TextView): string | null {
  const n = view.text.length;
  if (view.starts.length !== n || view.ends.length !== n) return `map lengths ${view.starts.length}/${view.ends.length} for ${n} units`;
  for (let k = 0; k < n; k++) {
    const start = view.starts[k]!;
    const end = view.ends[k]!;
    if (!(start < end)) return `unit ${k} maps to the empty or reversed span [${start}, ${end})`;
    if (end > original.length) return `unit ${k} maps to [${start}, ${end}) past the original (${original.length})`;
    if (k > 0 && start < view.starts[k - 1]!) return `starts decrease at unit ${k}`;
    if (k > 0 && end < view.ends[k - 1]!) return `ends decrease at unit ${k}`;
  }
  return null;
}

/** The first letter or digit of the original that no unit of the view covers, or null. */
function droppedLetter(original: string, view: TextView): string | null {
  const covered = new Uint8Array(original.length + 1);
  for (let k = 0; k < view.text.length; k++) for (let i = view.starts[k]!; i < view.ends[k]!; i++) covered[i] = 1;
  for (let i = 0; i < original.length; ) {
    const cp = original.codePointAt(i)!;
    if (isLetterOrDigit(cp) && !isInvisible(cp) && !covered[i]) return `U+${cp.toString(16)} at ${i}`;
    i += cp > 0xffff ? 2 : 1;
  }
  return null;
}

/**
 * Where the scanner's outcome breaks its contract for `text`, or null. `links` are the links it
 * was scanned with (null when the caller cannot know them, as with scanDoc's results).
 */
function outcomeViolation(text: string, outcome: ScanOutcome, rules: RuleSet, links: readonly Link[] | null = []): string | null {
  if (!VERDICTS.includes(outcome.verdict)) return `unknown verdict ${outcome.verdict}`;
  if (!['ko', 'en', 'mixed', 'unknown'].includes(outcome.lang)) return `unknown lang ${outcome.lang}`;
  if (!Number.isFinite(outcome.score) || !Number.isFinite(outcome.warningScore)) return `score ${outcome.score}, warning ${outcome.warningScore}`;
  const t = rules.scoring.thresholds;
  const { verdict, score, warningScore } = outcome;
  if (verdict === 'scam' && !(score >= t.scam)) return `scam at lure score ${score}`;
  if (verdict === 'suspicious' && !(score >= t.suspicious && score < t.scam && warningScore < t.warning)) return `suspicious at ${score}/${warningScore}`;
  if (verdict === 'clean' && !(score < t.suspicious && warningScore < t.warning)) return `clean at ${score}/${warningScore}`;
  if (verdict === 'warning' && !(warningScore >= Math.min(t.warning, t.warning_over_scam))) return `warning at warning score ${warningScore}`;
  const ids = new Set<string>();
  for (const hit of outcome.hits) {
    if (hit.category !== 'combination' && !(SIGNAL_CATEGORIES as readonly string[]).includes(hit.category)) return `${hit.rule}: unknown category ${hit.category}`;
    if (hit.rule.startsWith('_')) return `helper rule ${hit.rule} reported`;
    if (ids.has(hit.rule)) return `${hit.rule} reported twice`;
    ids.add(hit.rule);
    if (!Number.isFinite(hit.weight)) return `${hit.rule}: weight ${hit.weight}`;
    if (hit.evidence.length > 5) return `${hit.rule}: ${hit.evidence.length} evidence spans (at most 5)`;
    for (const e of hit.evidence) {
      const where = `${hit.rule} evidence ${JSON.stringify(e)}`;
      if (!(Number.isInteger(e.start) && Number.isInteger(e.end) && 0 <= e.start && e.start <= e.end && e.end <= text.length)) return `${where}: span outside [0, ${text.length}]`;
      if (e.text !== text.slice(e.start, e.end)) return `${where}: text is not text.slice(start, end)`;
      // link evidence quotes the link's own text in the post ([0, 0) when it was not found there)
      if (e.link !== undefined && links !== null && !links.some((l) => l.href === e.link && (l.start ?? 0) === e.start && (l.end ?? l.start ?? 0) === e.end)) return `${where}: no link with that target and span`;
    }
  }
  return null;
}

function firstOf(...violations: Array<string | null>): string | null {
  return violations.find((v) => v !== null) ?? null;
}

// ---------------------------------------------------------------- properties

/** Room for fast-check to shrink a failure to a small counterexample (the config's 30 s can cut it short). */
const SHRINK_TIME = { timeout: 120_000 };

/** The shipped rules (the prebuilt copy when current), and the same loaded afresh from the YAML. */
let rules: RuleSet;
let freshRules: RuleSet;
beforeAll(async () => {
  rules = await loadShippedRules();
  freshRules = await loadRules();
}, 120_000); // a stale prebuilt copy means validating the YAML (regex safety checks included) twice

describe('properties: the text stage', SHRINK_TIME, () => {
  it('normalizeText never throws, and both views keep their offset-map contract', () => {
    fc.assert(
      fc.property(hostileText({ maxRun: 3000 }), (original) => {
        const normalized = normalizeText(original);
        expect(normalized.original).toBe(original);
        expect(firstOf(offsetMapViolation(original, normalized.light), offsetMapViolation(original, normalized.folded))).toBeNull();
      }),
      { numRuns: 2000 },
    );
  });

  it('toOriginalSpan maps any range of either view (even out of range) inside the original', () => {
    const input = hostileText().chain((original) => {
      const bound = normalizeText(original).folded.text.length + 3;
      return fc.record({ original: fc.constant(original), view: fc.constantFrom<'light' | 'folded'>('light', 'folded'), a: fc.integer({ min: 0, max: bound }), b: fc.integer({ min: 0, max: bound }) });
    });
    fc.assert(
      fc.property(input, ({ original, view, a, b }) => {
        const span = toOriginalSpan(normalizeText(original)[view], a, b);
        expect(0 <= span.start && span.start <= span.end && span.end <= original.length, JSON.stringify(span)).toBe(true);
      }),
      { numRuns: 1500 },
    );
  });

  it('keeps every letter and digit of the original in both views ("every letter … is still there")', () => {
    fc.assert(
      fc.property(hostileText(), (original) => {
        const { light, folded } = normalizeText(original);
        expect(firstOf(droppedLetter(original, light), droppedLetter(original, folded))).toBeNull();
      }),
      { numRuns: 1500 },
    );
  });

  it('findQuantities never throws and gives sorted, non-overlapping, in-range quantities with real numbers', () => {
    const input = hostileText().chain((text) => fc.constantFrom(text, normalizeText(text).folded.text));
    fc.assert(
      fc.property(input, (text) => {
        const found = findQuantities(text);
        for (let k = 0; k < found.length; k++) {
          const q = found[k]!;
          const where = `${JSON.stringify(q)} (${JSON.stringify(text.slice(q.start, q.end))})`;
          expect(0 <= q.start && q.start < q.end && q.end <= text.length, where).toBe(true);
          if (k > 0) expect(q.start, `${where} overlaps ${JSON.stringify(found[k - 1])}`).toBeGreaterThanOrEqual(found[k - 1]!.end);
          const value = q.kind === 'duration' ? q.days : q.kind === 'money' ? q.amount : q.value;
          expect(Number.isNaN(value), where).toBe(false);
          expect(value, where).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

/** Cyrillic letters drawn like Latin ones (the lookalikes normalize.ts maps back). */
const CYRILLIC_FOR: Record<string, string> = { a: 'а', c: 'с', e: 'е', o: 'о', p: 'р', x: 'х', y: 'у', i: 'і', j: 'ј', s: 'ѕ', h: 'һ', d: 'ԁ', q: 'ԛ', w: 'ԝ' };

/** A lower-case Latin word with some of its letters swapped for Cyrillic lookalikes, at least one left Latin. */
const disguisedWord: fc.Arbitrary<{ word: string; disguised: string }> = fc
  .array(fc.tuple(fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'), fc.boolean()), { minLength: 2, maxLength: 10 })
  .filter((letters) => letters.some(([ch, swap]) => !swap || CYRILLIC_FOR[ch] === undefined))
  .map((letters) => ({ word: letters.map(([ch]) => ch).join(''), disguised: letters.map(([ch, swap]) => (swap ? CYRILLIC_FOR[ch] ?? ch : ch)).join('') }));

describe('properties: lookalike letters', SHRINK_TIME, () => {
  it('reads Cyrillic lookalikes inside a Latin word as the Latin letters ("lookalikes inside Latin words mapped to Latin")', () => {
    fc.assert(
      fc.property(disguisedWord, fc.constantFrom(' ', '\n', '! '), ({ word, disguised }, after) => {
        expect(normalizeText(`get ${disguised}${after}now`).light.text).toBe(`get ${word}${after}now`);
      }),
      { numRuns: 500 },
    );
  });
});

/** Code points whose neighbours change how they normalise: compatibility jamo (composition) and Cyrillic/Greek lookalikes. */
function readsItsNeighbours(cp: number): boolean {
  const lower = String.fromCodePoint(cp).toLowerCase().codePointAt(0)!;
  return isCompatJamo(cp) || (lower >= 0x370 && lower <= 0x52f) || lower === 0x261;
}

/** Boundaries of `text` where a format character may go: between code points that do not read their neighbours. */
function insertionPoints(text: string): number[] {
  const points: number[] = [];
  const isHigh = (k: number): boolean => k >= 0 && k < text.length && text.charCodeAt(k) >= 0xd800 && text.charCodeAt(k) <= 0xdbff;
  const isLow = (k: number): boolean => k >= 0 && k < text.length && text.charCodeAt(k) >= 0xdc00 && text.charCodeAt(k) <= 0xdfff;
  for (let i = 0; i <= text.length; i++) {
    if (isHigh(i - 1) && isLow(i)) continue; // inside a surrogate pair
    const before = i === 0 ? undefined : isLow(i - 1) && isHigh(i - 2) ? text.codePointAt(i - 2)! : text.charCodeAt(i - 1);
    const after = i < text.length ? text.codePointAt(i)! : undefined;
    if ((before !== undefined && readsItsNeighbours(before)) || (after !== undefined && readsItsNeighbours(after))) continue;
    points.push(i);
  }
  return points;
}

/** Inserts format characters at insertion points chosen by `picks`. */
function withFormatChars(text: string, picks: ReadonlyArray<readonly [number, string]>): string {
  const points = insertionPoints(text);
  if (points.length === 0) return text;
  const chosen = picks.map(([k, ch]) => [points[k % points.length]!, ch] as const).sort((x, y) => y[0] - x[0]);
  let out = text;
  for (const [at, ch] of chosen) out = out.slice(0, at) + ch + out.slice(at);
  return out;
}

const FORMAT_CHARS = ['\u200B', '\uFEFF', '\u200C', '\u200D', '\u2060', '\u00AD'];
const formatPicks = fc.array(fc.tuple(fc.nat(), fc.constantFrom(...FORMAT_CHARS)), { minLength: 1, maxLength: 12 });

/** What a scan decides, without the evidence (whose offsets move when characters are inserted). */
function summary(outcome: ScanOutcome): unknown {
  return { verdict: outcome.verdict, score: outcome.score, warningScore: outcome.warningScore, lang: outcome.lang, hits: outcome.hits.map((h) => `${h.rule}:${h.category}:${h.weight}`) };
}

describe('properties: zero-width and format characters are invisible to the rules', SHRINK_TIME, () => {
  it('inserting them between code points leaves both views unchanged', () => {
    fc.assert(
      fc.property(scanInput, formatPicks, (text, picks) => {
        const evaded = withFormatChars(text, picks);
        const plain = normalizeText(text);
        const hidden = normalizeText(evaded);
        expect(hidden.light.text).toBe(plain.light.text);
        expect(hidden.folded.text).toBe(plain.folded.text);
      }),
      { numRuns: 1000 },
    );
  });

  it('a lure post with them inserted between its letters scores exactly as without, and stays flagged', () => {
    fc.assert(
      fc.property(fc.constantFrom(...LURE_POSTS), formatPicks, (post, picks) => {
        const plain = scanText(post, rules);
        const evaded = withFormatChars(post, picks);
        const hidden = scanText(evaded, rules);
        expect(['scam', 'suspicious']).toContain(hidden.verdict);
        expect(summary(hidden)).toEqual(summary(plain));
        expect(outcomeViolation(evaded, hidden, rules)).toBeNull();
      }),
      { numRuns: 300 },
    );
  });

  it('any text with them inserted scores exactly as without', () => {
    fc.assert(
      fc.property(scanInput, formatPicks, (text, picks) => {
        expect(summary(scanText(withFormatChars(text, picks), rules))).toEqual(summary(scanText(text, rules)));
      }),
      { numRuns: 600 },
    );
  });
});

/** Letters people write as digits, and the digit for each. */
const DIGIT_FOR = /[oieast]/;
const LEET_DIGIT: Record<string, string> = { o: '0', i: '1', e: '3', a: '4', s: '5', t: '7' };

/** The domain with one inner letter of its first label written as a digit (genie.co.kr → gen1e.co.kr). */
function leetCopy(domain: string, pick: number): string {
  const [label, ...rest] = domain.split('.');
  const inner = [...label!].map((ch, k) => (k > 0 && k < label!.length - 1 && LEET_DIGIT[ch] !== undefined ? k : -1)).filter((k) => k >= 0);
  const k = inner[pick % inner.length]!;
  return [label!.slice(0, k) + LEET_DIGIT[label![k]!]! + label!.slice(k + 1), ...rest].join('.');
}

describe('properties: scanText', SHRINK_TIME, () => {
  it('never throws; verdict, scores, categories and every evidence span hold their contract', () => {
    fc.assert(
      fc.property(scanInput, (text) => {
        expect(outcomeViolation(text, scanText(text, rules), rules)).toBeNull();
      }),
      { numRuns: 2500 },
    );
  });

  it('holds the contract on very long runs of one character (and stays fast on them)', () => {
    const input = fc.tuple(hostileText({ maxPieces: 6 }), longRun(20_000), hostileText({ maxPieces: 6 })).map((parts) => parts.join(''));
    fc.assert(
      fc.property(input, (text) => {
        expect(outcomeViolation(text, scanText(text, rules), rules)).toBeNull();
      }),
      { numRuns: 60 },
    );
  });

  it('holds the same contract with links, and link evidence quotes the link text and names its target', () => {
    fc.assert(
      fc.property(textWithLinks, ({ text, links }) => {
        expect(outcomeViolation(text, scanText(text, rules, { links }), rules, links)).toBeNull();
      }),
      { numRuns: 1500 },
    );
  });

  it("never takes a digit-for-letter copy of a brand's domain (amaz0n.com) for the brand's own domain", () => {
    const officialRules = new Set(rules.rules.filter((r) => r.spec.detector === 'brand' && r.spec.params?.mode === 'official-domain').map((r) => r.spec.id));
    const domains = rules.brands.flatMap((b) => b.domains.map((d) => d.toLowerCase())).filter((d) => DIGIT_FOR.test(d.split('.')[0]!.slice(1, -1)));
    expect(officialRules.size).toBeGreaterThan(0);
    expect(domains.length).toBeGreaterThan(0);
    fc.assert(
      fc.property(fc.constantFrom(...domains), fc.nat(), fc.constantFrom('https://', 'http://www.', ''), (domain, pick, scheme) => {
        const copy = leetCopy(domain, pick);
        const outcome = scanText(`Claim your free reward at ${scheme}${copy}/event`, rules);
        expect(outcome.hits.filter((h) => officialRules.has(h.rule)).map((h) => `${h.rule} on ${copy}`)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic: twice, interleaved with another scan, and with a freshly loaded rule set', () => {
    fc.assert(
      fc.property(textWithLinks, scanInput, ({ text, links }, other) => {
        const first = scanText(text, rules, { links });
        scanText(other, rules, { links });
        expect(scanText(text, rules, { links })).toEqual(first);
        expect(scanText(text, freshRules, { links })).toEqual(first);
      }),
      { numRuns: 600 },
    );
  });
});

// ---------------------------------------------------------------- documents

const CONTENT_TYPES = ['text/plain', 'text/plain; charset=utf-8', 'text/plain; charset=euc-kr', 'text/html', 'text/html; charset=utf-16le', 'application/x-ndjson', 'application/json', 'text/markdown', undefined];

/** Plain texts, pages and Markdown hold one post each; JSON and JSON Lines any number. */
const holdsOnePost = (contentType: string | undefined): boolean => !['application/x-ndjson', 'application/json'].includes((contentType ?? '').split(';')[0]!);

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** An HTML page around lure text, with links, headings and chrome. */
const htmlPage: fc.Arbitrary<string> = fc
  .record({
    title: scanInput,
    paragraphs: fc.array(scanInput, { maxLength: 4 }),
    links: fc.array(fc.tuple(fc.constantFrom(...LINK_HREFS), scanInput), { maxLength: 3 }),
    raw: fc.boolean(),
  })
  .map(({ title, paragraphs, links, raw }) => {
    const text = (s: string): string => (raw ? s : escapeHtml(s));
    const body = paragraphs.map((p) => `<p>${text(p)}</p>`).join('');
    const anchors = links.map(([href, label]) => `<a href="${href.replace(/"/g, '')}">${text(label)}</a>`).join(' ');
    return `<!doctype html><html><head><title>${text(title)}</title><meta property="og:description" content="${text(title).replace(/"/g, '')}"></head><body><nav>menu</nav><article>${body}${anchors}</article><footer>(c)</footer></body></html>`;
  });

/** JSON Lines: posts with lure text, broken lines, non-objects and blank lines. */
const jsonLines: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { arbitrary: scanInput.map((text) => JSON.stringify({ text, id: 1 })), weight: 4 },
      { arbitrary: scanInput.map((title) => JSON.stringify({ title })), weight: 1 },
      { arbitrary: fc.constantFrom('[1,2]', 'null', '"text"', '{"text": 5}', '', '   ', '{"text": "무료\\n추천인"}'), weight: 1 },
      { arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }), weight: 1 },
    ),
    { maxLength: 6 },
  )
  .map((lines) => lines.join('\n'));

const docBytes: fc.Arbitrary<Buffer> = fc
  .oneof(
    { arbitrary: fc.uint8Array({ maxLength: 3000 }), weight: 3 },
    { arbitrary: scanInput.map((s) => new TextEncoder().encode(s)), weight: 2 },
    { arbitrary: htmlPage.map((s) => new TextEncoder().encode(s)), weight: 2 },
    { arbitrary: jsonLines.map((s) => new TextEncoder().encode(s)), weight: 2 },
    // bytes around a text: a BOM, truncated UTF-8, stray high bytes
    { arbitrary: fc.tuple(fc.uint8Array({ maxLength: 4 }), scanInput, fc.uint8Array({ maxLength: 4 })).map(([a, s, b]) => Uint8Array.from([...a, ...new TextEncoder().encode(s), ...b])), weight: 1 },
  )
  .map((bytes) => Buffer.from(bytes));

describe('properties: documents from raw bytes', SHRINK_TIME, () => {
  it('extractDoc never throws; posts are text, and each located link quotes its own label', async () => {
    await fc.assert(
      fc.asyncProperty(docBytes, fc.constantFrom(...CONTENT_TYPES), async (bytes, contentType) => {
        const extracted = await extractDoc({ source: 'doc', bytes, contentType });
        if (holdsOnePost(contentType)) expect(extracted).toHaveLength(1);
        for (const post of extracted) {
          if ('error' in post) continue;
          expect(typeof post.text).toBe('string');
          for (const link of post.links) {
            if (link.start === undefined) continue;
            expect(0 <= link.start && link.start <= link.end! && link.end! <= post.text.length, JSON.stringify(link)).toBe(true);
            expect(post.text.slice(link.start, link.end), JSON.stringify(link)).toBe(link.text.trim());
          }
        }
      }),
      { numRuns: 800 },
    );
  });

  it('scanDoc never throws, and each result is an error or a scan whose evidence quotes its text', async () => {
    await fc.assert(
      fc.asyncProperty(docBytes, fc.constantFrom(...CONTENT_TYPES), async (bytes, contentType) => {
        const scanned = await scanDoc({ source: 'doc', bytes, contentType }, rules);
        if (holdsOnePost(contentType)) expect(scanned).toHaveLength(1);
        for (const { result, text } of scanned) {
          if (result.error !== null) {
            expect(result.verdict).toBeNull();
            expect(result.hits).toEqual([]);
            continue;
          }
          expect(text, 'a scanned post carries its text').toBeTypeOf('string');
          const outcome: ScanOutcome = { verdict: result.verdict!, score: result.score!, warningScore: result.warningScore!, lang: result.lang!, hits: result.hits };
          expect(outcomeViolation(text!, outcome, rules, null)).toBeNull(); // the result does not carry the post's links
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('JSON Lines give one result per non-blank line', async () => {
    await fc.assert(
      fc.asyncProperty(jsonLines, async (content) => {
        fc.pre(!content.includes('\u0000'));
        const scanned = await scanDoc({ source: 'posts.jsonl', bytes: Buffer.from(content, 'utf8'), contentType: 'application/x-ndjson' }, rules);
        const lines = content.split('\n').filter((line) => line.trim() !== '');
        expect(scanned).toHaveLength(lines.length);
      }),
      { numRuns: 400 },
    );
  });
});
