import { hasCyrillicOrGreek, isCyrillicOrGreek, isInvisible, isLatinLetter, isMixedScript } from '../../text/chars.js';
import type { Evidence } from '../types.js';
import type { DetectorDefinition } from './types.js';

/** Letters of a word that may be disguised, and the invisible characters that may sit inside it. */
function inWord(code: number): boolean {
  return isLatinLetter(code) || isCyrillicOrGreek(code) || isInvisible(code);
}

/** The runs of Latin, Cyrillic and Greek letters of a text that mix the alphabets. */
function* mixedWords(text: string): Generator<Evidence> {
  let start = -1;
  for (let k = 0; k <= text.length; ) {
    const code = k < text.length ? text.codePointAt(k)! : -1;
    const width = code > 0xffff ? 2 : 1;
    if (code !== -1 && inWord(code)) {
      if (start === -1) start = k;
    } else if (start !== -1) {
      const word = text.slice(start, k);
      if (isMixedScript(word)) yield { text: word, start, end: k };
      start = -1;
    }
    k += width;
  }
}

/**
 * Words spelled with letters of two alphabets, as lures write them to slip past filters.
 * Normalisation reads them as Latin, so the rules match them; this says they were disguised.
 */
export const mixedScript: DetectorDefinition = {
  name: 'mixed-script',
  regexParams: [],
  description: 'Latin words spelled with Cyrillic or Greek lookalike letters',
  paramsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: { min_words: { type: 'integer', minimum: 1, maximum: 20, description: 'how many such words it takes (default 1)' } },
  },
  create(params) {
    const minWords = typeof params.min_words === 'number' ? params.min_words : 1;
    return (ctx) => {
      if (!hasCyrillicOrGreek(ctx.original)) return null;
      const evidence: Evidence[] = [];
      for (const word of mixedWords(ctx.original)) {
        evidence.push(word);
        if (evidence.length >= 5) break;
      }
      return evidence.length >= minWords ? evidence : null;
    };
  },
};
