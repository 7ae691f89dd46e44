/**
 * Literal prefilter, as YARA and Hyperscan do it: a regular expression only runs on a text
 * that contains one of its literal atoms. An atom set is derived from the source's top-level
 * alternatives; when some alternative has no literal it must contain, there is no prefilter
 * and the expression always runs. The check is conservative: it may run a regex that then
 * does not match, never skip one that would.
 */
const META = new Set(['.', '^', '$', '(', ')', '[', ']', '{', '}', '|', '*', '+', '?', '\\']);
const ESCAPED_LITERALS = new Set(['.', '-', '/', ':', '(', ')', '[', ']', '{', '}', '|', '*', '+', '?', '\\', '^', '$', "'", '"', '_', '@', '#', '%', '&', '~', '!', '=', ',']);

/** Splits at top-level `|` (outside groups and classes). */
function topLevelBranches(source: string): string[] | null {
  const branches: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let k = 0; k < source.length; k++) {
    const ch = source[k]!;
    if (ch === '\\') {
      k++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) {
      branches.push(source.slice(start, k));
      start = k + 1;
    }
    if (depth < 0) return null;
  }
  branches.push(source.slice(start));
  return branches;
}

function isQuantifier(ch: string | undefined): boolean {
  return ch === '?' || ch === '*' || ch === '{';
}

/** Index of the `)` that closes the group opened at `open`. */
function closingParen(source: string, open: number): number {
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

/** How selective a set of alternatives is: its shortest atom. */
function strength(atoms: readonly string[]): number {
  return Math.min(...atoms.map((a) => (a.charCodeAt(0) >= 0xac00 ? a.length * 2 : a.length)));
}

/**
 * The most selective thing every match of the branch contains: a run of literal characters,
 * or a required group whose alternatives all have atoms (then any of them will do).
 */
function bestRequiredFactor(branch: string): string[] {
  let best: string[] = [];
  let run = '';
  const consider = (atoms: string[]): void => {
    if (atoms.length > 0 && atoms.every(longEnough) && (best.length === 0 || strength(atoms) > strength(best))) best = atoms;
  };
  const flush = (): void => {
    if (run) consider([run]);
    run = '';
  };
  for (let k = 0; k < branch.length; k++) {
    const ch = branch[k]!;
    if (ch === '(') {
      flush();
      const close = closingParen(branch, k);
      if (close === -1) return best;
      const lookaround = /^\(\?<?[=!]/.test(branch.slice(k, k + 4));
      if (!lookaround && !isQuantifier(branch[close + 1])) {
        const inner = branch.slice(k + 1, close).replace(/^\?(?::|<[a-z]\w*>)/i, '');
        const atoms = requiredAtoms(inner);
        if (atoms) consider(atoms);
      }
      k = close;
      if (branch[k + 1] === '+') k++;
      continue;
    }
    if (ch === '[') {
      flush();
      while (k < branch.length && branch[k] !== ']') k += branch[k] === '\\' ? 2 : 1;
      continue;
    }
    if (ch === '{') {
      flush();
      const close = branch.indexOf('}', k);
      if (close !== -1) k = close; // a counted quantifier, not text
      continue;
    }
    let literal: string | undefined;
    let width = 1;
    if (ch === '\\') {
      const next = branch[k + 1];
      if (next !== undefined && ESCAPED_LITERALS.has(next)) literal = next;
      width = 2;
    } else if (!META.has(ch)) {
      literal = ch;
    }
    const after = branch[k + width];
    if (literal !== undefined && !isQuantifier(after)) {
      run += literal;
      if (after === '+') k++; // one or more: the character is still required
    } else {
      flush(); // a metacharacter, or an optional literal: the run ends before it
    }
    k += width - 1;
  }
  flush();
  return best;
}

function longEnough(atom: string): boolean {
  // one Hangul syllable is selective; one Latin letter is not
  return atom.length >= 2 || (atom.length === 1 && atom.charCodeAt(0) >= 0xac00 && atom.charCodeAt(0) <= 0xd7a3);
}

/** Atoms of which a text must contain one for the regex to match, or null: no prefilter. */
export function requiredAtoms(source: string): string[] | null {
  const branches = topLevelBranches(source);
  if (!branches) return null;
  const atoms: string[] = [];
  for (const branch of branches) {
    const factor = bestRequiredFactor(branch);
    if (factor.length === 0) return null;
    atoms.push(...factor);
  }
  return [...new Set(atoms)];
}

export function mayMatch(atoms: readonly string[] | null, text: string): boolean {
  if (atoms === null) return true;
  for (const atom of atoms) if (text.includes(atom)) return true;
  return false;
}
