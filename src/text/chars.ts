/**
 * Character classes of the text stage as plain range checks. Unicode property escapes
 * (\p{L}, \p{M}, \p{So}) cost V8 about 2 ms each to compile, and the text stage runs at
 * the start of every scan, so these hand-kept ranges stand in for them.
 */

/** Letters and digits as regular-expression class ranges (also used for rule patterns' \p{L}). */
export const LETTER_RANGES = 'a-zA-Z\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f\\u0370-\\u03ff\\u0400-\\u052f\\u1100-\\u11ff\\u3041-\\u30ff\\u3131-\\u318e\\u3400-\\u9fff\\uac00-\\ud7a3\\uf900-\\ufaff';
export const DIGIT_RANGES = '0-9';

function inRanges(code: number, ranges: readonly number[]): boolean {
  for (let k = 0; k < ranges.length; k += 2) {
    if (code < ranges[k]!) return false;
    if (code <= ranges[k + 1]!) return true;
  }
  return false;
}

// sorted [from, to] pairs; kana without the spacing sound marks ゛゜ (U+309B-309C), which are
// symbols: NFKC makes them a space and a combining mark
const LETTER_OR_DIGIT = [0x30, 0x39, 0x41, 0x5a, 0x61, 0x7a, 0xaa, 0xaa, 0xb5, 0xb5, 0xba, 0xba, 0xc0, 0xd6, 0xd8, 0xf6, 0xf8, 0x24f, 0x370, 0x3ff, 0x400, 0x52f, 0x1100, 0x11ff, 0x3041, 0x309a, 0x309d, 0x30ff, 0x3131, 0x318e, 0x3400, 0x9fff, 0xac00, 0xd7a3, 0xf900, 0xfaff];

/** Combining marks, variation selectors, format characters and invisible fillers: carry no text. */
const INVISIBLE = [
  0xad, 0xad, 0x300, 0x36f, 0x483, 0x489, 0x591, 0x5bd, 0x600, 0x605, 0x61c, 0x61c, 0x6dd, 0x6dd, 0x70f, 0x70f,
  0x115f, 0x1160, 0x180b, 0x180f, 0x1ab0, 0x1aff, 0x1dc0, 0x1dff, 0x200b, 0x200f, 0x202a, 0x202e, 0x2060, 0x206f,
  0x20d0, 0x20ff, 0x302a, 0x302f, 0x3099, 0x309a, 0x3164, 0x3164, 0xfe00, 0xfe0f, 0xfe20, 0xfe2f, 0xfeff, 0xfeff,
  0xffa0, 0xffa0, 0xfff9, 0xfffb, 0x1d173, 0x1d17a, 0xe0000, 0xe0fff,
];

/** Emoji, pictographs, arrows, dingbats, box drawing and other symbols people put between letters. */
const SYMBOLS = [
  0xa6, 0xa6, 0xa8, 0xa9, 0xae, 0xb0, 0xb4, 0xb4, 0xb8, 0xb8, 0x2c2, 0x2c5, 0x2d2, 0x2df, 0x2100, 0x214f, 0x2190, 0x23ff,
  0x2500, 0x27bf, 0x2900, 0x2bff, 0x3200, 0x32ff, 0x1f000, 0x1faff,
];

export function isLetterOrDigit(code: number): boolean {
  return inRanges(code, LETTER_OR_DIGIT);
}

export function isInvisible(code: number): boolean {
  return inRanges(code, INVISIBLE);
}

export function isSymbol(code: number): boolean {
  return inRanges(code, SYMBOLS);
}

export function isLatinLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7);
}

/** Cyrillic and Greek letters (with their supplements): the alphabets whose lookalikes lures put in Latin words. */
const CYRILLIC_OR_GREEK = [0x370, 0x3ff, 0x400, 0x52f, 0x1c80, 0x1c8f, 0x1f00, 0x1fff, 0x2de0, 0x2dff, 0xa640, 0xa69f];
const CYRILLIC_OR_GREEK_TEST = /[\u0370-\u03ff\u0400-\u052f\u1c80-\u1c8f\u1f00-\u1fff\u2de0-\u2dff\ua640-\ua69f]/;

export function isCyrillicOrGreek(code: number): boolean {
  return inRanges(code, CYRILLIC_OR_GREEK);
}

/** Whether a text holds any Cyrillic or Greek letter (a quick test before looking for mixed words). */
export function hasCyrillicOrGreek(text: string): boolean {
  return CYRILLIC_OR_GREEK_TEST.test(text);
}

/**
 * Whether a word (invisible characters allowed inside) mixes Latin letters with Cyrillic or Greek
 * ones, at least `minLetters` letters in all: vоucher, NAVЕR. No one types that by accident.
 */
export function isMixedScript(word: string, minLetters = 3): boolean {
  let latin = 0;
  let other = 0;
  for (const ch of word) {
    const code = ch.codePointAt(0)!;
    if (isLatinLetter(code)) latin++;
    else if (isCyrillicOrGreek(code)) other++;
  }
  return latin > 0 && other > 0 && latin + other >= minLetters;
}

export function isSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0x85;
}
