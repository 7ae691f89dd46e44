import { fastPaths } from './fast-paths.js';
import { closingParen, groupBody, isLookaround } from './regex-source.js';
import { AtomAutomaton } from './atom-automaton.js';

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

/** How selective a set of alternatives is: its shortest atom. */
function strength(atoms: readonly string[]): number {
  return Math.min(...atoms.map((a) => (a.charCodeAt(0) >= 0xac00 ? a.length * 2 : a.length)));
}

/**
 * Literal sets grow by products (gifts? → gift, gifts): past this size a run is cut instead.
 * More atoms make a bigger automaton, which a one-post scan and each worker's memory pay for.
 */
const MAX_PRODUCT = 16;
/** Runs stop growing at this length. */
const MAX_RUN_LENGTH = 8;

function product(prefixes: readonly string[], suffixes: readonly string[], limit: number): string[] | null {
  if (prefixes.length * suffixes.length > limit) return null;
  return prefixes.flatMap((p) => suffixes.map((s) => p + s));
}

/** The literal character written at `k` (an escaped literal too) and its width, or undefined. */
function literalAt(source: string, k: number): { literal: string | undefined; width: number } {
  const ch = source[k]!;
  if (ch === '\\') {
    const next = source[k + 1];
    if (next !== undefined && ESCAPED_LITERALS.has(next)) return { literal: next, width: 2 };
    // \x41, \u00e9, \u{1F381}, \cJ, \k<name>, \p{L}: one character or a class, never their letters
    const whole = /^\\(?:x[0-9a-fA-F]{2}|u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|c[A-Za-z]|k<[^>]*>|[pP]\{[^}]*\})/.exec(source.slice(k, k + 16));
    return { literal: undefined, width: whole ? whole[0].length : 2 };
  }
  // a character outside the BMP is two code units, and a quantifier after it (u flag) applies to both
  const code = ch.charCodeAt(0);
  if (code >= 0xd800 && code <= 0xdbff && k + 1 < source.length) return { literal: source.slice(k, k + 2), width: 2 };
  return { literal: META.has(ch) ? undefined : ch, width: 1 };
}

/**
 * Every string the source can match, when it is a small finite set of literals (free|gifts?,
 * (?:co\.)?kr), or null. Lookarounds and anchors consume nothing and are passed over.
 */
export function exactStrings(source: string, limit = MAX_PRODUCT): string[] | null {
  const branches = topLevelBranches(source);
  if (!branches) return null;
  const all: string[] = [];
  for (const branch of branches) {
    let current: string[] | null = [''];
    for (let k = 0; k < branch.length && current; k++) {
      const ch = branch[k]!;
      if (ch === '^' || ch === '$') continue;
      let item: string[] | null;
      if (ch === '(') {
        const close = closingParen(branch, k);
        if (close === -1) return null;
        if (isLookaround(branch, k)) {
          k = close;
          continue;
        }
        item = exactStrings(groupBody(branch, k, close), limit);
        k = close;
      } else {
        const { literal, width } = literalAt(branch, k);
        if (literal === undefined) return null;
        item = [literal];
        k += width - 1;
      }
      if (!item) return null;
      const after = branch[k + 1];
      if (after === '?') {
        item = ['', ...item];
        k++;
      } else if (after === '*' || after === '+' || after === '{') {
        return null;
      }
      current = product(current, item, limit);
    }
    if (!current) return null;
    all.push(...current);
    if (all.length > limit) return null;
  }
  return [...new Set(all)];
}

/**
 * The most selective thing every match of the branch contains: a run of literals, where a run
 * may pass through small literal sets (-gifts?| -free → "-gift", "-gifts", "-free"), or a
 * required group whose alternatives all have atoms (then any of them will do).
 */
function bestRequiredFactor(branch: string, limit: number): string[] {
  const factors = requiredFactors(branch, limit);
  return factors.length > 0 ? strongest(factors) : [];
}

/** The most selective factor (the first of equals). */
function strongest(factors: string[][]): string[] {
  return factors.reduce((best, factor) => (strength(factor) > strength(best) ? factor : best));
}

/** Every literal factor the branch requires, in source order: sets of atoms one of which every match contains. */
function requiredFactors(branch: string, limit: number): string[][] {
  const factors: string[][] = [];
  let run: string[] = [''];
  const consider = (atoms: string[]): void => {
    if (atoms.length > 0 && atoms.every(longEnough)) factors.push(atoms);
  };
  const flush = (): void => {
    if (run.some((s) => s.length > 0)) consider(run);
    run = [''];
  };
  /** the run grows by a set of strings, or is cut and starts again from the set */
  const extend = (strings: string[]): void => {
    // a run this long is rare enough: growing it further only adds automaton states
    const grown = run.every((s) => s.length >= MAX_RUN_LENGTH) ? null : product(run, strings, limit);
    if (grown) {
      run = grown;
    } else {
      flush();
      run = strings;
    }
  };
  for (let k = 0; k < branch.length; k++) {
    const ch = branch[k]!;
    if (ch === '(') {
      const close = closingParen(branch, k);
      if (close === -1) return factors;
      if (isLookaround(branch, k)) {
        k = close; // consumes nothing: the run goes on across it
        continue;
      }
      const inner = groupBody(branch, k, close);
      const after = branch[close + 1];
      const exact = exactStrings(inner, limit);
      k = close;
      if (exact && (after === undefined || !'?*+{'.includes(after))) {
        extend(exact);
        continue;
      }
      if (exact && after === '?') {
        extend(['', ...exact]);
        k++;
        continue;
      }
      flush();
      if (!isQuantifier(after)) {
        const atoms = atomsOf(inner, limit);
        if (atoms) consider(atoms);
      }
      if (after === '+') k++;
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
    const { literal, width } = literalAt(branch, k);
    const after = branch[k + width];
    k += width - 1;
    if (literal === undefined) {
      flush(); // a metacharacter or a class escape: the run ends before it
    } else if (after === '?') {
      extend(['', literal]);
      k++;
    } else if (after === '+') {
      // one or more: "ab+c" holds "ab" and "bc", never surely "abc"
      extend([literal]);
      flush();
      run = [literal];
      k++;
    } else if (after === '*' || after === '{') {
      flush(); // optional or counted: the run ends before it
    } else {
      extend([literal]);
    }
  }
  flush();
  return factors;
}

function longEnough(atom: string): boolean {
  // one Hangul syllable is selective; one Latin letter is not
  return atom.length >= 2 || (atom.length === 1 && atom.charCodeAt(0) >= 0xac00 && atom.charCodeAt(0) <= 0xd7a3);
}

/**
 * What a text must contain for the regex to match, or null (no prefilter): for each top-level
 * branch, its strongest factor and up to two more it also requires, so that a branch written
 * around a common word (free, code) is not run, nor compiled, for every text that has the word.
 */
export type LiteralNeeds = string[] | { any: LiteralNeeds[] } | { all: LiteralNeeds[] };

/** Factors a branch's needs hold at most: each costs a lookup when the ones before it are present. */
const MAX_FACTORS = 3;

export function literalNeeds(source: string): LiteralNeeds | null {
  const branches = topLevelBranches(source);
  if (!branches) return null;
  const single: string[] = []; // branches that need one factor: any of their atoms will do
  const several: LiteralNeeds[] = [];
  for (const branch of branches) {
    const factors = strongestFactors(requiredFactors(branch, MAX_PRODUCT));
    if (factors.length === 0) return null;
    if (factors.length === 1) single.push(...factors[0]!);
    else several.push({ all: factors.map(withoutSuperstrings) });
  }
  const parts: LiteralNeeds[] = single.length > 0 ? [withoutSuperstrings(single), ...several] : several;
  return parts.length === 1 ? parts[0]! : { any: parts };
}

/** The best factor first (the one requiredAtoms keeps), then the next strongest distinct ones. */
function strongestFactors(factors: string[][]): string[][] {
  if (factors.length === 0) return [];
  const key = (factor: string[]): string => [...factor].sort().join('\u0000');
  const chosen = [strongest(factors)];
  const seen = new Set([key(chosen[0]!)]);
  for (const factor of [...factors].sort((a, b) => strength(b) - strength(a))) {
    if (chosen.length === MAX_FACTORS) break;
    // a two-letter factor is in most texts: looking it up would cost more than it saves
    if (strength(factor) < 3 || seen.has(key(factor))) continue;
    seen.add(key(factor));
    chosen.push(factor);
  }
  return chosen;
}

/** Atoms of which a text must contain one for the regex to match, or null: no prefilter. */
export function requiredAtoms(source: string): string[] | null {
  const known = knownAtoms.get(source);
  if (known !== undefined) return known;
  const atoms = atomsOf(source);
  return atoms && withoutSuperstrings(atoms);
}

/**
 * A list of atoms, any one of which will do, without those that contain another: a text with
 * "joined" has "join". Inflections and spelled-out variants make lists four times as long as
 * they need be (join, joins, joined, joining), and every atom costs the automaton and the
 * prebuilt file that a start reads.
 */
export function withoutSuperstrings(atoms: readonly string[]): string[] {
  const unique = [...new Set(atoms)];
  const shortestFirst = [...unique].sort((a, b) => a.length - b.length);
  const kept = new Set<string>();
  for (const atom of shortestFirst) {
    let covered = false;
    for (const shorter of kept) {
      if (shorter.length < atom.length && atom.includes(shorter)) {
        covered = true;
        break;
      }
    }
    if (!covered) kept.add(atom);
  }
  return unique.filter((atom) => kept.has(atom)); // in their first order, as written
}

/** Atoms derived at build time (of the shipped detectors' regexes): a start need not derive them again. */
const knownAtoms = new Map<string, string[] | null>();

export function rememberAtoms(bySource: Readonly<Record<string, string[] | null>>): void {
  for (const [source, atoms] of Object.entries(bySource)) knownAtoms.set(source, atoms);
}

/**
 * The plain literal runs a text must contain, with no sets multiplied out: the patterns
 * `npm run bench` hands ripgrep, as many as the rules have literals.
 */
export function plainLiterals(source: string): string[] | null {
  return atomsOf(source, 1);
}

function atomsOf(source: string, limit = MAX_PRODUCT): string[] | null {
  const branches = topLevelBranches(source);
  if (!branches) return null;
  const atoms: string[] = [];
  for (const branch of branches) {
    const factor = bestRequiredFactor(branch, limit);
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
 *
 * A prebuilt automaton (the shipped rules' atoms, saved by npm run build) is adopted instead of
 * a build when one is offered: a build of the shipped rules' 12,000 atoms costs each scan thread
 * 70-100 ms and 28 MB of garbage. Atoms keep their ids here; `slot` maps each to its id in the automaton.
 */
export class AtomIndex {
  private readonly ids = new Map<string, number>();
  private automaton: AtomAutomaton | null = null;
  /** each registered atom's id in the automaton, -1 when it has none (searched one by one) */
  private slot = new Int32Array(256);
  /** registered atoms the automaton lacks */
  private missing = 0;
  private prebuilt: (() => AtomAutomaton | null) | null = null;
  private readonly recent: Array<{ text: string; present: Uint8Array }> = [];
  private readonly atomList: string[] = [];
  private textsSeen = 0;
  private lastText: string | undefined;
  /** how many times the last text not yet scanned was asked about */
  private asks = 0;
  private built = 0;
  private buildTime = 0;

  /** automata built so far (a test watches that late atoms do not rebuild one per rule) */
  get builds(): number {
    return this.built;
  }

  /** milliseconds spent building automata, or reading the prebuilt one, so far (for --timing, which charges it to the prefilter) */
  get buildMillis(): number {
    return this.buildTime;
  }

  /** Ids of the atoms (registered on first sight), or null for no prefilter. */
  register(atoms: readonly string[] | null): Int32Array | null {
    if (atoms === null) return null;
    // a plain loop: Int32Array.from(atoms, f) allocates an iterator result per atom
    const atomIds = new Int32Array(atoms.length);
    for (let k = 0; k < atoms.length; k++) {
      const atom = atoms[k]!;
      let id = this.ids.get(atom);
      if (id === undefined) {
        // the automaton and the texts it scanned stay: atoms it lacks are searched one by one
        // until enough have come for a rebuild to pay (see scan)
        this.ids.set(atom, (id = this.ids.size));
        this.atomList.push(atom);
        this.placeInAutomaton(id, atom);
      }
      atomIds[k] = id;
    }
    return atomIds;
  }

  /** Whether the text contains one of the atoms. */
  mayMatch(atomIds: Int32Array | null, text: string): boolean {
    if (atomIds === null || !fastPaths.enabled) return true;
    const present = this.scanned(text) ?? (this.worthScanning(text) ? this.scan(text) : undefined);
    if (present === undefined) {
      for (const id of atomIds) if (text.includes(this.atomList[id]!)) return true;
      return false;
    }
    const slot = this.slot;
    for (const id of atomIds) {
      const s = slot[id]!;
      if (s >= 0 ? present[s] === 1 : text.includes(this.atomList[id]!)) return true;
    }
    return false;
  }

  /**
   * Offers a prebuilt automaton, read when the first text is worth one (a one-post scan never
   * reads it). It may lack atoms (rules edited since the build): those are searched one by one,
   * and enough of them bring a build after all.
   */
  offerPrebuilt(read: () => AtomAutomaton | null): void {
    this.prebuilt = read;
  }

  /** How many registered atoms the automaton in use lacks (a test watches the prebuilt one lack none). */
  get atomsMissing(): number {
    return this.missing;
  }

  private placeInAutomaton(id: number, atom: string): void {
    if (id >= this.slot.length) {
      const grown = new Int32Array(this.slot.length * 2);
      grown.set(this.slot);
      this.slot = grown;
    }
    const s = this.automaton?.idOf(atom) ?? -1;
    this.slot[id] = s;
    if (s < 0) this.missing++;
  }

  private useAutomaton(automaton: AtomAutomaton): void {
    this.automaton = automaton;
    this.recent.length = 0; // their answers are by the ids of the automaton they were scanned with
    this.missing = 0;
    for (const [atom, id] of this.ids) this.placeInAutomaton(id, atom);
  }

  /**
   * Whether the text contains one of these atoms, when it is searched atom by atom (a one-post
   * scan), where atoms need no ids: registering the few thousand atoms of a language's rules
   * would cost a one-post scan more than its searches. Undefined when the text is, or is now
   * worth, scanned by the automaton: register the atoms and ask mayMatch.
   */
  mayMatchUnregistered(atoms: readonly string[], text: string): boolean | undefined {
    if (!fastPaths.enabled) return true;
    if (this.scanned(text) !== undefined || this.worthScanning(text)) return undefined;
    return atoms.some((atom) => text.includes(atom));
  }

  /**
   * Whether a text is worth a pass of the automaton rather than a search atom by atom: not in
   * a one-post scan (building the automaton would cost more), and not for the first few rules
   * that ask — a post's folded view is read by hundreds of rules, its light and links views by
   * a handful.
   */
  private worthScanning(text: string): boolean {
    if (text !== this.lastText) {
      this.lastText = text;
      this.asks = 0;
      if (this.textsSeen < TEXTS_BEFORE_AUTOMATON) this.textsSeen++;
    }
    return ++this.asks > ASKS_BEFORE_SCAN && this.textsSeen >= TEXTS_BEFORE_AUTOMATON;
  }

  private scanned(text: string): Uint8Array | undefined {
    for (const entry of this.recent) if (entry.text === text) return entry.present;
    return undefined;
  }

  /** Finds the atoms of a text now rather than on the first rule that asks (for --timing). */
  read(text: string): void {
    if (this.textsSeen >= TEXTS_BEFORE_AUTOMATON && fastPaths.enabled && this.scanned(text) === undefined) this.scan(text);
  }

  /** One pass of the automaton over a text, remembered for the text's next questions. */
  private scan(text: string): Uint8Array {
    // Rules compiled on first use add atoms as they come: rebuilding for each would cost a build
    // per rule (seconds over a few posts), so the automaton is rebuilt only for a new text and
    // only when many atoms came since (the prebuilt automaton lacks none of the shipped rules').
    if (this.automaton === null && this.prebuilt !== null) {
      const started = performance.now();
      const prebuilt = this.prebuilt();
      this.prebuilt = null;
      if (prebuilt !== null) this.useAutomaton(prebuilt);
      this.buildTime += performance.now() - started;
    }
    let automaton = this.automaton;
    if (automaton === null || this.missing > ATOMS_BEFORE_REBUILD) {
      const started = performance.now();
      this.useAutomaton((automaton = new AtomAutomaton([...this.ids.keys()])));
      this.buildTime += performance.now() - started;
      this.built++;
    }
    const present = automaton.scan(text, automaton.size);
    this.recent.unshift({ text, present });
    if (this.recent.length > RECENT_TEXTS) this.recent.pop();
    return present;
  }
}

/** Texts searched atom by atom before the automaton is built (about one post's views, twice). */
const TEXTS_BEFORE_AUTOMATON = 8;

/** Questions about a text answered atom by atom before it is scanned (its view's first few rules). */
const ASKS_BEFORE_SCAN = 3;

/** Atoms registered after the automaton was built that make the next new text rebuild it. */
const ATOMS_BEFORE_REBUILD = 64;

/** A post has up to three views (folded, light, links); a little more leaves room for a caller's own. */
const RECENT_TEXTS = 4;

/** A fixed set of strings, found in one pass over a text: which of them the text contains. */
export class LiteralSet {
  private automaton: AtomAutomaton | undefined;
  private textsSeen = 0;

  constructor(private readonly literals: readonly string[]) {}

  /** present[k] is 1 when the text contains literals[k] */
  presentIn(text: string): Uint8Array {
    if (this.automaton === undefined && this.textsSeen++ < TEXTS_BEFORE_AUTOMATON) {
      // a one-post scan would spend more building the automaton than searching literal by literal
      return Uint8Array.from(this.literals, (literal) => (text.includes(literal) ? 1 : 0));
    }
    this.automaton ??= new AtomAutomaton(this.literals);
    return this.automaton.scan(text, this.literals.length);
  }
}
