/**
 * Small readings of a regular expression's source, shared by the literal prefilter and the
 * backtracking check: where a group closes, whether it is a lookaround, what it holds.
 */

/** Index of the `)` that closes the group opened at `open`, or -1 when it never closes. */
export function closingParen(source: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let k = open; k < source.length; k++) {
    const ch = source[k]!;
    if (ch === '\\') {
      k++;
    } else if (inClass) {
      if (ch === ']') inClass = false;
    } else if (ch === '[') {
      inClass = true;
    } else if (ch === '(') {
      depth++;
    } else if (ch === ')' && --depth === 0) {
      return k;
    }
  }
  return -1;
}

/** Whether the group opened at `open` is a lookahead or lookbehind, (?=…) (?!…) (?<=…) (?<!…). */
export function isLookaround(source: string, open: number): boolean {
  return /^\(\?<?[=!]/.test(source.slice(open, open + 4));
}

/** What the group from `open` to `close` holds, without its (?: or (?<name> prefix. */
export function groupBody(source: string, open: number, close: number): string {
  return source.slice(open + 1, close).replace(/^\?(?::|<[a-z]\w*>)/i, '');
}
