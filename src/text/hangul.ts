/**
 * Composition of Hangul compatibility jamo written apart (ㅈㅣㄴㅣ → 지니), an evasion that
 * keeps a brand name readable to people but not to a phrase matcher.
 */
import { isInvisible } from './chars.js';

const COMPAT_FIRST = 0x3131;
const COMPAT_LAST_CONSONANT = 0x314e;
const COMPAT_FIRST_VOWEL = 0x314f;
const COMPAT_LAST_VOWEL = 0x3163;

// Index of each compatibility consonant (from U+3131) as a leading and as a final consonant; -1: cannot be.
const LEAD = [0, 1, -1, 2, -1, -1, 3, 4, 5, -1, -1, -1, -1, -1, -1, -1, 6, 7, 8, -1, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18];
const TAIL = [1, 2, 3, 4, 5, 6, 7, -1, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, -1, 18, 19, 20, 21, 22, -1, 23, 24, 25, 26, 27];

export function isCompatJamo(cp: number): boolean {
  return cp >= COMPAT_FIRST && cp <= 0x318e;
}

function isVowel(cp: number): boolean {
  return cp >= COMPAT_FIRST_VOWEL && cp <= COMPAT_LAST_VOWEL;
}

/**
 * Latin letters written for the vowel they look like after a consonant (ㅋr톡 for 카톡, ㄷH출 for
 * 대출): read as that vowel only when no Latin letter follows, so that English words stay apart.
 */
const LATIN_VOWEL_LOOKALIKES: Record<string, number> = { r: 0x314f, H: 0x3150 };

function vowelAt(s: string, i: number): number {
  const lookalike = LATIN_VOWEL_LOOKALIKES[s[i] ?? ''];
  return lookalike !== undefined && !/[A-Za-z]/.test(s[visibleFrom(s, i + 1)] ?? '') ? lookalike : s.charCodeAt(i);
}

/**
 * The first unit at or after `i` that is not an invisible character: the view drops those, so a
 * zero-width space between jamo (ㅈ\u200bㅣ) must not keep them apart, nor part ㅋr from the f after it.
 */
function visibleFrom(s: string, i: number): number {
  let k = i;
  for (let cp = s.codePointAt(k); cp !== undefined && isInvisible(cp); cp = s.codePointAt(k)) k += cp > 0xffff ? 2 : 1;
  return k;
}

function consonantIndex(cp: number, table: number[]): number {
  return cp >= COMPAT_FIRST && cp <= COMPAT_LAST_CONSONANT ? table[cp - COMPAT_FIRST]! : -1;
}

/**
 * If a syllable can be composed from the jamo starting at `i`, returns it and how many
 * UTF-16 units it consumed; otherwise null. A trailing consonant is taken only when it is
 * not the start of the next syllable (ㅈㅣㄴㅣ → 지 + 니, not 진 + ㅣ).
 */
export function composeJamo(s: string, i: number): { syllable: number; length: number } | null {
  const lead = consonantIndex(s.charCodeAt(i), LEAD);
  if (lead < 0) return null;
  const vowelAtIndex = visibleFrom(s, i + 1);
  const vowelCp = vowelAt(s, vowelAtIndex);
  if (!isVowel(vowelCp)) return null;
  const vowel = vowelCp - COMPAT_FIRST_VOWEL;
  let tail = 0;
  let end = vowelAtIndex + 1;
  const tailAt = visibleFrom(s, end);
  const tailIndex = consonantIndex(s.charCodeAt(tailAt), TAIL);
  if (tailIndex > 0 && !isVowel(vowelAt(s, visibleFrom(s, tailAt + 1)))) {
    tail = tailIndex;
    end = tailAt + 1;
  }
  return { syllable: 0xac00 + (lead * 21 + vowel) * 28 + tail, length: end - i };
}
