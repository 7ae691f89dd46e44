import { fastPaths } from './fast-paths.js';

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

/**
 * Every atom of every rule, found in one pass over a text (Aho-Corasick, as YARA and Hyperscan
 * match their literals): each regex then asks whether one of its atoms was seen, instead of
 * searching the text once per atom. Atoms register as rules compile; the automaton is built on
 * the first text after a registration, and the atoms present are remembered for the last few
 * texts (a post's views), so each view is read once whatever the number of rules.
 */
export class AtomIndex {
  private readonly ids = new Map<string, number>();
  private automaton: Automaton | null = null;
  private readonly recent: Array<{ text: string; present: Uint8Array }> = [];
  private readonly atomList: string[] = [];
  private textsSeen = 0;
  private lastText: string | undefined;

  /** Ids of the atoms (registered on first sight), or null for no prefilter. */
  register(atoms: readonly string[] | null): Int32Array | null {
    if (atoms === null) return null;
    return Int32Array.from(atoms, (atom) => {
      let id = this.ids.get(atom);
      if (id === undefined) {
        this.ids.set(atom, (id = this.ids.size));
        this.atomList.push(atom);
        this.automaton = null;
        this.recent.length = 0;
      }
      return id;
    });
  }

  /** Whether the text contains one of the atoms. */
  mayMatch(atomIds: Int32Array | null, text: string): boolean {
    if (atomIds === null || !fastPaths.enabled) return true;
    if (this.textsSeen < TEXTS_BEFORE_AUTOMATON) {
      // a one-post scan would spend more building the automaton than searching atom by atom
      if (text !== this.lastText) {
        this.lastText = text;
        this.textsSeen++;
      }
      for (const id of atomIds) if (text.includes(this.atomList[id]!)) return true;
      return false;
    }
    const present = this.presentIn(text);
    for (const id of atomIds) if (present[id] === 1) return true;
    return false;
  }

  private presentIn(text: string): Uint8Array {
    for (const entry of this.recent) if (entry.text === text) return entry.present;
    this.automaton ??= new Automaton([...this.ids.keys()]);
    const present = this.automaton.scan(text, this.ids.size);
    this.recent.unshift({ text, present });
    if (this.recent.length > RECENT_TEXTS) this.recent.pop();
    return present;
  }
}

/** Texts searched atom by atom before the automaton is built (about one post's views, twice). */
const TEXTS_BEFORE_AUTOMATON = 8;

/** A post has up to three views (folded, light, links); a little more leaves room for a caller's own. */
const RECENT_TEXTS = 4;

class Automaton {
  /** transitions of all states, keyed state * 0x10000 + UTF-16 code unit */
  private readonly next = new Map<number, number>();
  private readonly fail: number[] = [0];
  /** atom ids ending at each state, its suffixes' included */
  private readonly out: number[][] = [[]];
  private readonly root = new Int32Array(0x10000);

  constructor(atoms: readonly string[]) {
    atoms.forEach((atom, id) => {
      let state = 0;
      for (let k = 0; k < atom.length; k++) {
        const key = state * 0x10000 + atom.charCodeAt(k);
        let to = this.next.get(key);
        if (to === undefined) {
          to = this.fail.length;
          this.fail.push(0);
          this.out.push([]);
          this.next.set(key, to);
        }
        state = to;
      }
      this.out[state]!.push(id);
    });
    for (let code = 0; code < 0x10000; code++) this.root[code] = this.next.get(code) ?? 0;
    // failure links, breadth first: a state's failure is the longest proper suffix that is a prefix
    const children: Array<Array<[number, number]>> = this.fail.map(() => []);
    for (const [key, to] of this.next) children[Math.floor(key / 0x10000)]!.push([key % 0x10000, to]);
    const queue = children[0]!.map(([, to]) => to);
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      for (const [code, to] of children[state]!) {
        let f = this.fail[state]!;
        while (f !== 0 && !this.next.has(f * 0x10000 + code)) f = this.fail[f]!;
        const target = this.next.get(f * 0x10000 + code);
        this.fail[to] = target !== undefined && target !== to ? target : 0;
        this.out[to] = [...this.out[to]!, ...this.out[this.fail[to]!]!];
        queue.push(to);
      }
    }
  }

  scan(text: string, atomCount: number): Uint8Array {
    const present = new Uint8Array(atomCount);
    const root = this.root;
    let state = 0;
    for (let k = 0; k < text.length; k++) {
      const code = text.charCodeAt(k);
      let to = state === 0 ? undefined : this.next.get(state * 0x10000 + code);
      while (to === undefined && state !== 0) {
        state = this.fail[state]!;
        to = state === 0 ? undefined : this.next.get(state * 0x10000 + code);
      }
      // most characters of a text start no atom: the root's transitions are a plain array
      state = to ?? root[code]!;
      if (state !== 0) for (const id of this.out[state]!) present[id] = 1;
    }
    return present;
  }
}
