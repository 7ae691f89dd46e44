import { isInvisible, isLatinLetter, isLetterOrDigit, isSpace, isSymbol } from './chars.js';
import { composeJamo, isCompatJamo } from './hangul.js';
import { joinWrittenOutAddresses } from './addresses.js';
import { ViewBuilder, type TextView } from './view.js';

/**
 * The text as rules see it, in two views over the same original:
 * - `light`: NFKC (１０００ → 1000), lower case, invisible characters and combining marks
 *   dropped, split jamo composed, Cyrillic/Greek lookalikes inside Latin words mapped to Latin.
 *   Every letter and separator of the original is still there.
 * - `folded`: `light` with letters spaced or dotted apart joined (무.료, f r e e, 1 0 0 0 일),
 *   emoji and symbol runs turned into a space, and whitespace runs folded to one space or newline.
 */
export interface NormalizedText {
  readonly original: string;
  readonly light: TextView;
  readonly folded: TextView;
}

export function normalizeText(original: string): NormalizedText {
  const light = buildLightView(original);
  const folded = buildFoldedView(light);
  return { original, light, folded };
}

// ---------------------------------------------------------------- light view


/** Cyrillic and Greek letters that look like Latin ones, after lower-casing. */
const LOOKALIKES: ReadonlyMap<number, string> = new Map(
  Object.entries({
    а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x',
    і: 'i', ї: 'i', ј: 'j', ѕ: 's', һ: 'h', ԁ: 'd', ԛ: 'q', ԝ: 'w', ɡ: 'g',
    α: 'a', β: 'b', ε: 'e', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x',
  }).map(([from, to]) => [from.codePointAt(0)!, to]),
);

/**
 * Texts of only these characters read the same in the light view, unit for unit, but for upper
 * case and tabs or carriage returns (spaces there): most posts, built without the walk below.
 */
const SAME_IN_LIGHT = /^[\t\n\v\f\r\x20-\x7e\uac00-\ud7a3\u00b7\u2013\u2014\u2018\u2019\u201c\u201d]*$/;

function buildLightView(s: string): TextView {
  if (SAME_IN_LIGHT.test(s)) return unitForUnit(s.toLowerCase().replace(/[\t\v\f\r]/g, ' '));
  const out = new ViewBuilder(s.length + 16);
  let i = 0;
  while (i < s.length) {
    const cp = s.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const end = i + width;
    if (cp < 0x80) {
      pushAscii(out, cp, i, end);
    } else if (cp >= 0xac00 && cp <= 0xd7a3) {
      out.pushUnit(cp, i, end); // precomposed Hangul syllable: already normal
    } else if (isCompatJamo(cp)) {
      const composed = composeJamo(s, i);
      if (composed) {
        out.pushUnit(composed.syllable, i, i + composed.length);
        i += composed.length;
        continue;
      }
      out.pushUnit(cp, i, end);
    } else {
      pushOther(out, s, cp, i, end);
    }
    i = end;
  }
  return out.build();
}

/** A view whose every unit comes from the unit of the original at the same index. */
function unitForUnit(text: string): TextView {
  const starts = new Uint32Array(text.length);
  const ends = new Uint32Array(text.length);
  for (let k = 0; k < text.length; k++) {
    starts[k] = k;
    ends[k] = k + 1;
  }
  return { text, starts, ends };
}

function pushAscii(out: ViewBuilder, cp: number, start: number, end: number): void {
  if (cp >= 65 && cp <= 90) out.pushUnit(cp + 32, start, end);
  else if (cp === 9 || cp === 11 || cp === 12 || cp === 13) out.pushUnit(32, start, end);
  else if (cp === 10 || (cp >= 32 && cp !== 127)) out.pushUnit(cp, start, end);
  // other C0 controls and DEL carry no text: dropped
}

function pushOther(out: ViewBuilder, s: string, cp: number, start: number, end: number): void {
  if (isInvisible(cp) || (cp >= 0x80 && cp < 0xa0)) return;
  const boxed = boxedLetter(cp);
  if (boxed !== undefined) {
    out.pushString(boxed, start, end);
    return;
  }
  const ch = String.fromCodePoint(cp);
  const lookalike = LOOKALIKES.get(cp) ?? LOOKALIKES.get(ch.toLowerCase().codePointAt(0)!);
  if (lookalike !== undefined && touchesLatin(s, start, end)) {
    out.pushString(lookalike, start, end);
    return;
  }
  const normal = ch.normalize('NFKC').toLowerCase();
  for (const part of normal) {
    if (!isInvisible(part.codePointAt(0)!)) out.pushString(part, start, end);
  }
}

/**
 * Squared and negative circled or squared Latin capitals (🅤, 🅰, 🄵), which NFKC leaves as they
 * are: lures write a letter of a word with them (V-B🅤CKS), so they read as the letter.
 */
const BOXED_FIRSTS = [0x1f130, 0x1f150, 0x1f170];

function boxedLetter(cp: number): string | undefined {
  if (cp < 0x1f130 || cp > 0x1f189) return undefined;
  const first = BOXED_FIRSTS.find((f) => cp >= f && cp < f + 26);
  return first === undefined ? undefined : String.fromCharCode(0x61 + cp - first);
}

const MAX_WORD_WALK = 24;

/**
 * Whether a lookalike stands in a Latin word: the nearest letter on either side, across other
 * lookalikes and invisible characters (frее: two Cyrillic е in a row), is Latin.
 */
function touchesLatin(s: string, start: number, end: number): boolean {
  const passable = (cp: number): boolean => isInvisible(cp) || LOOKALIKES.has(cp) || LOOKALIKES.has(String.fromCodePoint(cp).toLowerCase().codePointAt(0)!);
  // a word's length at most: a long run of Cyrillic must not cost a walk per letter
  const from = Math.max(0, start - MAX_WORD_WALK);
  const to = Math.min(s.length, end + MAX_WORD_WALK);
  for (let k = start - 1; k >= from; k--) {
    const unit = s.charCodeAt(k);
    if (isLatinLetter(unit)) return true;
    if (unit >= 0xdc00 && unit <= 0xdfff) break; // astral characters are never lookalikes of Latin letters
    if (!passable(unit)) break;
  }
  for (let k = end; k < to; k++) {
    const unit = s.charCodeAt(k);
    if (isLatinLetter(unit)) return true;
    if (unit >= 0xd800 && unit <= 0xdbff) break;
    if (!passable(unit)) break;
  }
  return false;
}

// ---------------------------------------------------------------- folded view

const enum Kind {
  Word, // letter or digit
  Space,
  Newline,
  Joiner, // punctuation people put between letters to split a word: . · - _ * ~ ' |
  Symbol, // emoji and other symbols: read as a space, or as a joiner between letters
  Other,
}

const JOINERS = new Set(['.', '·', '‧', '・', '•', '∙', '-', '_', '*', '~', "'", '`', '^', '|', '‐', '‑', '–', '—']);

function kindOf(text: string, k: number): Kind {
  const u = text.charCodeAt(k);
  if (u < 0x80) {
    if ((u >= 97 && u <= 122) || (u >= 48 && u <= 57) || (u >= 65 && u <= 90)) return Kind.Word;
    if (u === 32) return Kind.Space;
    if (u === 10) return Kind.Newline;
    return JOINERS.has(text[k]!) ? Kind.Joiner : Kind.Other;
  }
  if (u >= 0xac00 && u <= 0xd7a3) return Kind.Word;
  if (u >= 0xdc00 && u <= 0xdfff) {
    // a low surrogate is read as its pair; a lone one (no high surrogate before it) is nothing
    const high = k > 0 ? text.charCodeAt(k - 1) : 0;
    return high >= 0xd800 && high <= 0xdbff ? kindOf(text, k - 1) : Kind.Other;
  }
  const cp = u >= 0xd800 && u <= 0xdbff ? text.codePointAt(k)! : u;
  if (isLetterOrDigit(cp)) return Kind.Word;
  if (isSpace(cp)) return Kind.Space;
  if (JOINERS.has(text[k]!)) return Kind.Joiner;
  if (isSymbol(cp)) return Kind.Symbol;
  return Kind.Other;
}

function isHangulSyllable(u: number): boolean {
  return u >= 0xac00 && u <= 0xd7a3;
}

function isDigit(u: number): boolean {
  return u >= 48 && u <= 57;
}

/** A maximal run of word units (letters and digits) in the light view. */
interface Token {
  start: number;
  end: number;
  /** it holds a digit (only those can hold digits written for letters) */
  digits: boolean;
}

const MAX_GAP = 6;

/** How many gaps of the run of tokens first..last are blanks only. */
function countBlankGaps(kinds: Uint8Array, tokens: Token[], first: number, last: number): number {
  let blank = 0;
  for (let g = first; g < last; g++) {
    let onlyBlanks = true;
    for (let k = tokens[g]!.end; k < tokens[g + 1]!.start && onlyBlanks; k++) onlyBlanks = kinds[k] === Kind.Space;
    if (onlyBlanks) blank++;
  }
  return blank;
}

/** Where a dot or hyphen stands between two Latin letters or digits spaced apart, or -1. */
function addressMark(text: string, left: Token, right: Token): number {
  if (!isAsciiWord(text.charCodeAt(left.start)) || !isAsciiWord(text.charCodeAt(right.start))) return -1;
  for (let k = left.end; k < right.start; k++) {
    const unit = text.charCodeAt(k);
    if (unit === 46 || unit === 45) return k; // . -
  }
  return -1;
}

function isAsciiWord(u: number): boolean {
  return isAsciiLetter(u) || isDigit(u);
}

function buildFoldedView(light: TextView): TextView {
  const text = light.text;
  const n = text.length;
  const kinds = new Uint8Array(n);
  for (let k = 0; k < n; k++) kinds[k] = kindOf(text, k);

  const tokens: Token[] = [];
  for (let k = 0; k < n; ) {
    if (kinds[k] !== Kind.Word) {
      k++;
      continue;
    }
    const start = k;
    let digits = false;
    for (; k < n && kinds[k] === Kind.Word; k++) digits ||= isDigit(text.charCodeAt(k));
    tokens.push({ start, end: k, digits });
  }

  // Gaps (between consecutive tokens) that are dropped because they split a word apart, and of
  // those, the ones that keep their dot or hyphen (where it stands in the text)
  const dropGap = new Uint8Array(tokens.length);
  const keptMark = new Map<number, number>();
  for (let t = 0; t < tokens.length; ) {
    let last = t;
    while (last + 1 < tokens.length && isSingle(text, tokens[last]!) && isSingle(text, tokens[last + 1]!) && joinableGap(text, kinds, tokens[last]!, tokens[last + 1]!)) last++;
    const count = last - t + 1;
    if (count >= 3 || (count === 2 && splitsHangulPair(text, kinds, tokens[t]!, tokens[last]!))) {
      const blankGaps = countBlankGaps(kinds, tokens, t, last);
      for (let g = t; g < last; g++) {
        // letters spaced apart by blanks keep a dot or hyphen between them: the address's own (k t - b o s a n g . i c u)
        dropGap[g] = 1;
        const mark = blankGaps > 0 ? addressMark(text, tokens[g]!, tokens[g + 1]!) : -1;
        if (mark !== -1) keptMark.set(g, mark);
      }
    }
    t = last + 1;
  }

  const out = new ViewBuilder(n);
  const leet = leetLetters(text, tokens);
  const inSpacedWord = (t: number): boolean => dropGap[t] === 1 || (t > 0 && dropGap[t - 1] === 1);
  let tokenIndex = 0;
  let k = 0;
  while (k < n) {
    const kind = kinds[k]!;
    if (kind === Kind.Word) {
      const token = tokens[tokenIndex]!;
      const reading = isCompatJamo(text.charCodeAt(token.start))
        ? CHOSEONG_WORDS.get(text.slice(token.start, token.end))
        : token.end - token.start <= 3 && CHAT_WORD_START.has(text.charCodeAt(token.start)) && CHAT_WORD_END.test(text[token.end] ?? '') && !inSpacedWord(tokenIndex) // not U+ (LG's), U.S., b o n u s
          ? CHAT_WORDS.get(text.slice(token.start, token.end))
          : undefined;
      if (reading !== undefined) out.pushString(reading, light.starts[token.start]!, light.ends[token.end - 1]!);
      else if (leet.size === 0) for (let w = token.start; w < token.end; w++) out.pushUnit(text.charCodeAt(w), light.starts[w]!, light.ends[w]!);
      else for (let w = token.start; w < token.end; w++) out.pushUnit(leet.get(w) ?? text.charCodeAt(w), light.starts[w]!, light.ends[w]!);
      k = token.end;
      const next = tokens[tokenIndex + 1];
      if (next && dropGap[tokenIndex] === 1) {
        const mark = keptMark.get(tokenIndex);
        if (mark !== undefined) out.pushUnit(text.charCodeAt(mark), light.starts[mark]!, light.ends[mark]!);
        k = next.start;
      }
      tokenIndex++;
      continue;
    }
    if (kind === Kind.Space || kind === Kind.Newline || kind === Kind.Symbol) {
      let newline = false;
      const start = k;
      while (k < n && (kinds[k] === Kind.Space || kinds[k] === Kind.Newline || kinds[k] === Kind.Symbol)) {
        if (kinds[k] === Kind.Newline) newline = true;
        k++;
      }
      out.pushUnit(newline ? 10 : 32, light.starts[start]!, light.ends[k - 1]!);
      continue;
    }
    out.pushUnit(text.charCodeAt(k), light.starts[k]!, light.ends[k]!);
    k++;
  }
  return joinWrittenOutAddresses(out.build());
}

/**
 * Lure words written in their initial consonants only (ㅊㅊㅇ 코드, ㅁㄹ 이용권), read as the
 * words. Only whole tokens, and only words whose initials are not everyday chat (ㅋㅋ, ㅇㅇ).
 */
const CHOSEONG_WORDS: ReadonlyMap<string, string> = new Map([
  ['ㅁㄹ', '무료'],
  ['ㅈㅇㄱ', '지원금'],
  ['ㅊㅊㅇ', '추천인'],
  ['ㅊㅊ', '추천'],
  ['ㅋㅍ', '쿠폰'],
  ['ㄹㄱㅇ', '로그인'],
  ['ㅇㅍㅊㅌ', '오픈채팅'],
  ['ㅇㅍㅌ', '오픈톡'],
  ['ㅍㅊ', '플친'],
  ['ㅇㅇㄱ', '이용권'],
  ['ㄷㅊ', '당첨'],
  ['ㅌㄹㄱㄹ', '텔레그램'],
  ['ㅍㅅ', '평생'],
  ['ㅅㅇㅂㅈ', '수익보장'],
]);

/** Text-message spellings of the words lures are written with (U were chosen, claim b4 midnight). */
const CHAT_WORDS: ReadonlyMap<string, string> = new Map([
  ['u', 'you'],
  ['ur', 'your'],
  ['b4', 'before'],
  ['pls', 'please'],
  ['plz', 'please'],
]);
const CHAT_WORD_START = new Set([...CHAT_WORDS.keys()].map((word) => word.charCodeAt(0)));
/** What may follow such a word: the end, a space or a sentence's punctuation. */
const CHAT_WORD_END = /^(?:|[\s,!?:;)])$/;

/** Digits written for letters inside Latin words (b1nance, l0yalty, r3bate, cl41m). */
const LEET: Record<string, number> = { '0': 111, '1': 105, '3': 101, '4': 97, '5': 115, '7': 116 };

/**
 * Digits that stand between letters inside one Latin word are read as the letters they
 * imitate. Digits at either end (genie1000, 2fa, mp3) and other digits are left alone.
 */
function leetLetters(text: string, tokens: Token[]): Map<number, number> {
  const letters = new Map<number, number>();
  for (const { start, end, digits } of tokens) {
    if (!digits || end - start < 3) continue; // a digit between two letters needs three units
    if (digitRuns(text, start, end) > 2) continue; // an id or a hash (0c7e1d5a), not a word
    let k = start;
    while (k < end) {
      if (!isDigit(text.charCodeAt(k))) {
        k++;
        continue;
      }
      const runStart = k;
      while (k < end && isDigit(text.charCodeAt(k))) k++;
      const before = text.charCodeAt(runStart - 1);
      const after = text.charCodeAt(k);
      const inside = runStart > start && k < end && isAsciiLetter(before) && isAsciiLetter(after);
      if (!inside) continue;
      const mapped = [...text.slice(runStart, k)].map((d) => LEET[d]);
      if (mapped.every((c) => c !== undefined)) mapped.forEach((c, i) => letters.set(runStart + i, c!));
    }
  }
  return letters;
}

function digitRuns(text: string, start: number, end: number): number {
  let runs = 0;
  for (let k = start; k < end; k++) if (isDigit(text.charCodeAt(k)) && (k === start || !isDigit(text.charCodeAt(k - 1)))) runs++;
  return runs;
}

function isAsciiLetter(u: number): boolean {
  return u >= 97 && u <= 122;
}

function isSingle(text: string, token: Token): boolean {
  const length = token.end - token.start;
  if (length === 1) return true;
  return length === 2 && text.charCodeAt(token.start) >= 0xd800 && text.charCodeAt(token.start) <= 0xdbff;
}

function joinableGap(text: string, kinds: Uint8Array, left: Token, right: Token): boolean {
  const length = right.start - left.end;
  if (length > MAX_GAP) return false;
  let hasPeriod = false;
  for (let k = left.end; k < right.start; k++) {
    const kind = kinds[k];
    if (kind !== Kind.Space && kind !== Kind.Joiner && kind !== Kind.Symbol) return false;
    if (text[k] === '.') hasPeriod = true;
  }
  // 1.5 and 3.2 are numbers, not digits spaced apart
  return !(hasPeriod && isDigit(text.charCodeAt(left.start)) && isDigit(text.charCodeAt(right.start)));
}

/** Two Hangul syllables split by a joiner or symbol (무.료, 무🎁료), not just by a space. */
function splitsHangulPair(text: string, kinds: Uint8Array, left: Token, right: Token): boolean {
  if (!isHangulSyllable(text.charCodeAt(left.start)) || !isHangulSyllable(text.charCodeAt(right.start))) return false;
  for (let k = left.end; k < right.start; k++) if (kinds[k] !== Kind.Space) return true;
  return false;
}
