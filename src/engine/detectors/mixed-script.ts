import type { Evidence } from '../types.js';
import type { DetectorDefinition } from './types.js';

/** A run of Latin, Cyrillic and Greek letters, with the marks and invisible characters that may sit inside a word. */
const WORD = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{M}\p{Cf}]+/gu;
const CYRILLIC_OR_GREEK = /[\p{Script=Cyrillic}\p{Script=Greek}]/u;
const LATIN = /\p{Script=Latin}/u;
const LETTER = /\p{L}/gu;

/** A Latin word with Cyrillic or Greek letters inside (vоucher, Ѕtarbuсks): no one types that by accident. */
function isMixed(word: string): boolean {
  return LATIN.test(word) && CYRILLIC_OR_GREEK.test(word) && (word.match(LETTER)?.length ?? 0) >= 3;
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
      if (!CYRILLIC_OR_GREEK.test(ctx.original)) return null;
      const evidence: Evidence[] = [];
      for (const match of ctx.original.matchAll(WORD)) {
        if (!isMixed(match[0])) continue;
        evidence.push({ text: match[0], start: match.index, end: match.index + match[0].length });
        if (evidence.length >= 5) break;
      }
      return evidence.length >= minWords ? evidence : null;
    };
  },
};
