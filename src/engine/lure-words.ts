/**
 * The pieces of text the lure-language model reads: whole Latin words of 2 to 20 letters (a run
 * of letters against digits — a code, a base64 blob — is no word), each pair of Latin words that
 * only spaces part (written `first_second`), and the two-syllable pieces of Hangul runs (Korean
 * has no spaces a word can be cut at reliably, and its particles change a word's ending; a
 * one-syllable run is read whole). Only the first MAX_LURE_CHARS characters are read: a lure says
 * what it wants early, and a sum over a whole long page would drift with its length. The same
 * reading serves training (scripts/train-lure-words.mjs) and scanning.
 */
export const MAX_LURE_CHARS = 5000;
const MAX_WORD_LETTERS = 20;
export interface LureFeature {
  feature: string;
  /** where it stands in the text read (the folded view) */
  start: number;
  end: number;
}

/**
 * Calls `visit` for every occurrence of a feature, in text order, without building any string:
 * a piece is the range start..end (second = -1); a pair is start..end, then secondStart..secondEnd.
 */
export function visitLureWordFeatures(text: string, visit: (start: number, end: number, secondStart: number, secondEnd: number) => void): void {
  // a hand-written scan rather than a regex: a match object and a string per word of every post
  // would be garbage, and the model reads every post
  let wordStart = -1;
  let wordEnd = -1;
  const n = Math.min(text.length, MAX_LURE_CHARS);
  for (let k = 0; k < n; ) {
    const code = text.charCodeAt(k);
    if (isLatinLower(code)) {
      let end = k + 1;
      while (end < n && isLatinLower(text.charCodeAt(end))) end++;
      const whole = end - k >= 2 && end - k <= MAX_WORD_LETTERS && !isDigit(text.charCodeAt(k - 1)) && !isDigit(text.charCodeAt(end));
      if (whole) {
        visit(k, end, -1, -1);
        if (wordStart !== -1 && onlySpaces(text, wordEnd, k)) visit(wordStart, wordEnd, k, end);
        wordStart = k;
        wordEnd = end;
      } else {
        wordStart = -1;
      }
      k = end;
    } else if (isHangulSyllable(code)) {
      let end = k + 1;
      while (end < n && isHangulSyllable(text.charCodeAt(end))) end++;
      // a Korean run stands between Latin words: the next one pairs with none
      wordStart = -1;
      if (end - k === 1) visit(k, end, -1, -1);
      for (let j = k; j + 1 < end; j++) visit(j, j + 2, -1, -1);
      k = end;
    } else {
      k++;
    }
  }
}

function onlySpaces(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) !== 32) return false;
  return true;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isLatinLower(code: number): boolean {
  return code >= 97 && code <= 122;
}

function isHangulSyllable(code: number): boolean {
  return code >= 0xac00 && code <= 0xd7a3;
}

/** Each distinct feature of a text once, at its first place (for training and plain weights). */
export function lureWordFeatures(text: string): LureFeature[] {
  const seen = new Set<string>();
  const features: LureFeature[] = [];
  visitLureWordFeatures(text, (start, end, secondStart, secondEnd) => {
    const feature = secondStart === -1 ? text.slice(start, end) : `${text.slice(start, end)}_${text.slice(secondStart, secondEnd)}`;
    if (seen.has(feature)) return;
    seen.add(feature);
    features.push({ feature, start, end: secondStart === -1 ? end : secondEnd });
  });
  return features;
}
