/** Code units below this have dense transition rows: most of any text is ASCII. */
const DENSE_BELOW = 0x80;

/**
 * States this close to the root get a dense row of ASCII moves, failure links already followed.
 * Deeper states are few in any text (a match in progress) and walk their own moves and failure
 * links instead. On the shipped rules' 5,800 atoms (24,000 states) depth 4 keeps 4,700 rows:
 * a megabyte in all instead of five with a row for every state, and scans no slower.
 */
const DENSE_DEPTH = 4;

type StateArray = Uint16Array | Int32Array;

/** The arrays of an automaton: what a build computes, and what a prebuilt file holds. */
interface AutomatonParts {
  size: number;
  denseStates: number;
  columns: number;
  childStart: Int32Array;
  childCode: Uint16Array;
  childTo: StateArray;
  fail: StateArray;
  outStart: Int32Array;
  outIds: Int32Array;
  ends: Uint8Array;
  dense: StateArray;
  asciiColumn: Uint8Array;
  inAtoms: Uint8Array;
  root: StateArray;
  ownAtom: Int32Array;
}

const ARRAY_PARTS = ['childStart', 'childCode', 'childTo', 'fail', 'outStart', 'outIds', 'ends', 'dense', 'asciiColumn', 'inAtoms', 'root', 'ownAtom'] as const;
type ArrayPart = (typeof ARRAY_PARTS)[number];
const ARRAY_TYPES = { Int32Array, Uint16Array, Uint8Array } as const;
type ArrayTypeName = keyof typeof ARRAY_TYPES;

/** The first line of a saved automaton: its numbers, and where each array lies after the line. */
interface SavedHead {
  format: typeof SAVED_FORMAT;
  size: number;
  denseStates: number;
  columns: number;
  arrays: Record<ArrayPart, [ArrayTypeName, number, number]>;
}

const SAVED_FORMAT = 'fakepromo-atom-automaton/1';

/**
 * Aho-Corasick over UTF-16 code units: which of a fixed list of atoms a text contains, in one
 * pass. States are numbered breadth first, so the states with dense rows are 0 .. denseStates - 1
 * and every array is indexed by state (16 bits wide while the states fit).
 */
export class AtomAutomaton {
  /** how many atoms it finds: ids 0 to size - 1 */
  readonly size: number;
  /** each state's own moves, sorted by code unit: childCode/childTo[childStart[s] .. childStart[s + 1]] */
  private readonly childStart: Int32Array;
  private readonly childCode: Uint16Array;
  private readonly childTo: StateArray;
  private readonly fail: StateArray;
  /** atom ids ending at each state, its suffixes' included: outIds[outStart[s] .. outStart[s + 1]] */
  private readonly outStart: Int32Array;
  private readonly outIds: Int32Array;
  /** 1 for states where some atom ends */
  private readonly ends: Uint8Array;
  private readonly denseStates: number;
  /** the ASCII moves of the shallow states, row by row */
  private readonly dense: StateArray;
  /** ASCII code unit -> column of the dense rows (0: in no atom) */
  private readonly asciiColumn: Uint8Array;
  private readonly columns: number;
  /** 1 for the code units that stand in some atom */
  private readonly inAtoms: Uint8Array;
  /** the root's moves as a plain array: most characters of a text start no atom */
  private readonly root: StateArray;
  /** the atom spelt by the path to each state, -1 for none (idOf) */
  private readonly ownAtom: Int32Array;

  /** Builds the automaton of the atoms (their ids are their places in the list), or adopts saved parts. */
  constructor(atoms: readonly string[] | AutomatonParts) {
    const parts = Array.isArray(atoms) ? buildParts(atoms) : (atoms as AutomatonParts);
    this.size = parts.size;
    this.denseStates = parts.denseStates;
    this.columns = parts.columns;
    this.childStart = parts.childStart;
    this.childCode = parts.childCode;
    this.childTo = parts.childTo;
    this.fail = parts.fail;
    this.outStart = parts.outStart;
    this.outIds = parts.outIds;
    this.ends = parts.ends;
    this.dense = parts.dense;
    this.asciiColumn = parts.asciiColumn;
    this.inAtoms = parts.inAtoms;
    this.root = parts.root;
    this.ownAtom = parts.ownAtom;
  }

  /** The id of an atom in this automaton, -1 if it is not one of its atoms. */
  idOf(atom: string): number {
    let state = 0;
    for (let k = 0; k < atom.length && state !== -1; k++) state = moveOf(this.childStart, this.childCode, this.childTo, state, atom.charCodeAt(k));
    return state <= 0 ? -1 : this.ownAtom[state]!;
  }

  /**
   * The automaton as bytes (npm run build saves the shipped rules' one): a line of JSON, then
   * the arrays, each at a multiple of 4 bytes. The bytes are the machine's own (little-endian
   * everywhere Node runs but on s390x): a saved automaton is read back on the machine that built it.
   */
  toBytes(): Buffer {
    const arrays = {} as SavedHead['arrays'];
    const bodies: Buffer[] = [];
    let offset = 0;
    for (const name of ARRAY_PARTS) {
      const array = this[name];
      const type = array.constructor.name as ArrayTypeName;
      arrays[name] = [type, offset, array.length];
      const bytes = Buffer.from(array.buffer, array.byteOffset, array.byteLength);
      const padded = Buffer.alloc(Math.ceil(bytes.length / 4) * 4);
      bytes.copy(padded);
      bodies.push(padded);
      offset += padded.length;
    }
    const head: SavedHead = { format: SAVED_FORMAT, size: this.size, denseStates: this.denseStates, columns: this.columns, arrays };
    const line = Buffer.from(`${JSON.stringify(head)}\n`);
    // the body starts at a multiple of 4 too: pad the line with spaces before its newline
    const pad = (4 - (line.length % 4)) % 4;
    const headLine = Buffer.concat([line.subarray(0, line.length - 1), Buffer.from(' '.repeat(pad)), Buffer.from('\n')]);
    return Buffer.concat([headLine, ...bodies]);
  }

  /** An automaton saved by toBytes, its arrays views on the bytes; null if the bytes are not one. */
  static fromBytes(bytes: Buffer): AtomAutomaton | null {
    const lineEnd = bytes.indexOf(10);
    if (lineEnd <= 0) return null;
    let head: SavedHead;
    try {
      head = JSON.parse(bytes.toString('utf8', 0, lineEnd)) as SavedHead;
    } catch {
      return null;
    }
    if (head.format !== SAVED_FORMAT) return null;
    // views need their offsets aligned to the element size: copy a buffer that does not start aligned
    const body = (bytes.byteOffset + lineEnd + 1) % 4 === 0 ? bytes.subarray(lineEnd + 1) : Buffer.from(bytes.subarray(lineEnd + 1));
    const parts: Partial<AutomatonParts> = { size: head.size, denseStates: head.denseStates, columns: head.columns };
    for (const name of ARRAY_PARTS) {
      const [type, offset, length] = head.arrays[name] ?? [];
      const Type = type !== undefined ? ARRAY_TYPES[type] : undefined;
      if (Type === undefined || offset === undefined || length === undefined) return null;
      if (offset + length * Type.BYTES_PER_ELEMENT > body.length) return null;
      (parts as Record<ArrayPart, unknown>)[name] = new Type(body.buffer as ArrayBuffer, body.byteOffset + offset, length);
    }
    return new AtomAutomaton(parts as AutomatonParts);
  }

  scan(text: string, atomCount: number): Uint8Array {
    const present = new Uint8Array(atomCount);
    const { childStart, childCode, childTo, fail, outStart, outIds, ends, denseStates, dense, columns, asciiColumn, inAtoms, root } = this;
    let state = 0;
    for (let k = 0; k < text.length; k++) {
      const code = text.charCodeAt(k);
      if (code < DENSE_BELOW) {
        // a deep state takes its own move, or falls back until it has one or reaches a dense row
        // (its own moves lead deeper, never back to a dense row)
        while (state >= denseStates) {
          let j = childStart[state]!;
          const end = childStart[state + 1]!;
          while (j < end && childCode[j] !== code) j++;
          if (j < end) {
            state = childTo[j]!;
            break;
          }
          state = fail[state]!;
        }
        if (state < denseStates) state = dense[state * columns + asciiColumn[code]!]!;
      } else if (inAtoms[code] === 0) {
        state = 0; // a character of no atom ends every match in progress: no failure links to walk
      } else {
        for (;;) {
          if (state === 0) {
            state = root[code]!;
            break;
          }
          let j = childStart[state]!;
          const end = childStart[state + 1]!;
          while (j < end && childCode[j]! < code) j++;
          if (j < end && childCode[j] === code) {
            state = childTo[j]!;
            break;
          }
          state = fail[state]!;
        }
      }
      if (ends[state] === 1) for (let j = outStart[state]!, last = outStart[state + 1]!; j < last; j++) present[outIds[j]!] = 1;
    }
    return present;
  }
}

/** States in breadth-first order from the root (0). */
function breadthFirst(moves: ReadonlyArray<ReadonlyMap<number, number>>): number[] {
  const order = [0];
  for (let head = 0; head < order.length; head++) for (const to of moves[order[head]!]!.values()) order.push(to);
  return order;
}

type StateArrayType = typeof Uint16Array | typeof Int32Array;

/** The state's own move on a code unit, -1 if none. */
function moveOf(childStart: Int32Array, childCode: Uint16Array, childTo: StateArray, state: number, code: number): number {
  for (let j = childStart[state]!; j < childStart[state + 1]!; j++) if (childCode[j] === code) return childTo[j]!;
  return -1;
}

/** The arrays of the automaton of these atoms. */
function buildParts(atoms: readonly string[]): AutomatonParts {
  const asciiColumn = new Uint8Array(DENSE_BELOW);
  const inAtoms = new Uint8Array(0x10000);
  const trie = buildTrie(atoms, asciiColumn, inAtoms);
  const count = trie.moves.length;
  const order = breadthFirst(trie.moves);
  const newId = new Int32Array(count);
  order.forEach((state, id) => (newId[state] = id));
  const States: StateArrayType = count <= 0xffff ? Uint16Array : Int32Array;

  const childStart = new Int32Array(count + 1);
  order.forEach((state, id) => (childStart[id + 1] = childStart[id]! + trie.moves[state]!.size));
  const childCode = new Uint16Array(childStart[count]!);
  const childTo = new States(childStart[count]!);
  order.forEach((state, id) => {
    let j = childStart[id]!;
    for (const [code, to] of [...trie.moves[state]!].sort((x, y) => x[0] - y[0])) {
      childCode[j] = code;
      childTo[j++] = newId[to]!;
    }
  });

  const outs = order.map((state) => trie.ends[state]!);
  const ownAtom = Int32Array.from(outs, (ids) => ids[0] ?? -1);
  const fail = failureLinks(outs, childStart, childCode, childTo, States);
  const outStart = new Int32Array(count + 1);
  outs.forEach((ids, s) => (outStart[s + 1] = outStart[s]! + ids.length));
  const outIds = new Int32Array(outStart[count]!);
  outs.forEach((ids, s) => outIds.set(ids, outStart[s]!));
  const ends = Uint8Array.from(outs, (ids) => (ids.length > 0 ? 1 : 0));

  let denseStates = 1;
  while (denseStates < count && trie.depth[order[denseStates]!]! <= DENSE_DEPTH) denseStates++;
  const dense = denseRows(denseStates, trie.columns, childStart, childCode, childTo, asciiColumn, fail, States);
  const root = new States(0x10000);
  for (let j = childStart[0]!; j < childStart[1]!; j++) root[childCode[j]!] = childTo[j]!;
  return { size: atoms.length, denseStates, columns: trie.columns, childStart, childCode, childTo, fail, outStart, outIds, ends, dense, asciiColumn, inAtoms, root, ownAtom };
}

function buildTrie(atoms: readonly string[], asciiColumn: Uint8Array, inAtoms: Uint8Array): { moves: Array<Map<number, number>>; ends: number[][]; depth: number[]; columns: number } {
  const moves = [new Map<number, number>()];
  const ends: number[][] = [[]];
  const depth = [0];
  let columns = 1;
  atoms.forEach((atom, id) => {
    let state = 0;
    for (let k = 0; k < atom.length; k++) {
      const code = atom.charCodeAt(k);
      if (code < DENSE_BELOW && asciiColumn[code] === 0) asciiColumn[code] = columns++;
      inAtoms[code] = 1;
      let to = moves[state]!.get(code);
      if (to === undefined) {
        to = moves.length;
        moves.push(new Map());
        ends.push([]);
        depth.push(depth[state]! + 1);
        moves[state]!.set(code, to);
      }
      state = to;
    }
    ends[state]!.push(id);
  });
  return { moves, ends, depth, columns };
}

/** A state's failure is the longest proper suffix that is a prefix; its atoms join the state's. */
function failureLinks(outs: number[][], childStart: Int32Array, childCode: Uint16Array, childTo: StateArray, States: StateArrayType): StateArray {
  const fail = new States(outs.length);
  // breadth first order is the numbering: a state's failure (shallower) is done before it
  for (let state = 1; state < outs.length; state++) {
    for (let j = childStart[state]!; j < childStart[state + 1]!; j++) {
      const code = childCode[j]!;
      const to = childTo[j]!;
      let f = fail[state]!;
      let target = moveOf(childStart, childCode, childTo, f, code);
      while (target === -1 && f !== 0) target = moveOf(childStart, childCode, childTo, (f = fail[f]!), code);
      fail[to] = target !== -1 && target !== to ? target : 0;
      if (outs[fail[to]!]!.length > 0) outs[to] = [...outs[to]!, ...outs[fail[to]!]!];
    }
  }
  return fail;
}

/** A shallow state moves on ASCII as its failure state does (whose row is done, being shallower) except where it has moves of its own. */
function denseRows(
  denseStates: number,
  columns: number,
  childStart: Int32Array,
  childCode: Uint16Array,
  childTo: StateArray,
  asciiColumn: Uint8Array,
  fail: StateArray,
  States: StateArrayType,
): StateArray {
  const dense = new States(denseStates * columns);
  for (let state = 0; state < denseStates; state++) {
    const row = state * columns;
    if (state > 0) dense.copyWithin(row, fail[state]! * columns, fail[state]! * columns + columns);
    for (let j = childStart[state]!; j < childStart[state + 1]!; j++) {
      if (childCode[j]! < DENSE_BELOW) dense[row + asciiColumn[childCode[j]!]!] = childTo[j]!;
    }
  }
  return dense;
}
