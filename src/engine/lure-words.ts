/**
 * The pieces of text the lure-language model reads: Latin words of two letters or more, each
 * pair of neighbouring Latin words, and the two-syllable pieces of Hangul runs (Korean has no
 * spaces a word can be cut at reliably, and its particles change a word's ending). The same
 * function reads the fixtures when the model is trained (scripts/train-lure-words.mjs) and the
 * posts it scores, so that both see the same features.
 */
export interface LureFeature {
  feature: string;
  /** where it stands in the text read (the folded view) */
  start: number;
  end: number;
}

const PIECES = /[a-z]{2,}|[\uac00-\ud7a3]+/g;

/** Each distinct feature of a text once, at its first place. */
export function lureWordFeatures(text: string): LureFeature[] {
  const seen = new Set<string>();
  const features: LureFeature[] = [];
  const add = (feature: string, start: number, end: number): void => {
    if (seen.has(feature)) return;
    seen.add(feature);
    features.push({ feature, start, end });
  };
  let previousWord: { word: string; start: number; end: number } | undefined;
  PIECES.lastIndex = 0;
  for (let match = PIECES.exec(text); match !== null; match = PIECES.exec(text)) {
    const piece = match[0];
    const start = match.index;
    const end = start + piece.length;
    if (piece.charCodeAt(0) < 0x80) {
      add(piece, start, end);
      if (previousWord !== undefined) add(`${previousWord.word}_${piece}`, previousWord.start, end);
      previousWord = { word: piece, start, end };
      continue;
    }
    // a Korean run stands between Latin words: the next one pairs with none
    previousWord = undefined;
    if (piece.length === 1) add(piece, start, end);
    for (let k = 0; k + 1 < piece.length; k++) add(piece.slice(k, k + 2), start + k, start + k + 2);
  }
  return features;
}
