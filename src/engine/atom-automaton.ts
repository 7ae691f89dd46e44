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
  private readonly asciiColumn = new Uint8Array(DENSE_BELOW);
  private readonly columns: number;
  /** 1 for the code units that stand in some atom */
  private readonly inAtoms = new Uint8Array(0x10000);
  /** the root's moves as a plain array: most characters of a text start no atom */
  private readonly root: StateArray;

  constructor(atoms: readonly string[]) {
    this.size = atoms.length;
    const trie = this.buildTrie(atoms);
    const count = trie.moves.length;
    const order = breadthFirst(trie.moves);
    const newId = new Int32Array(count);
    order.forEach((state, id) => (newId[state] = id));
    const States = count <= 0xffff ? Uint16Array : Int32Array;

    this.childStart = new Int32Array(count + 1);
    order.forEach((state, id) => (this.childStart[id + 1] = this.childStart[id]! + trie.moves[state]!.size));
    this.childCode = new Uint16Array(this.childStart[count]!);
    this.childTo = new States(this.childStart[count]!);
    order.forEach((state, id) => {
      let j = this.childStart[id]!;
      for (const [code, to] of [...trie.moves[state]!].sort((a, b) => a[0] - b[0])) {
        this.childCode[j] = code;
        this.childTo[j++] = newId[to]!;
      }
    });

    const outs = order.map((state) => trie.ends[state]!);
    this.fail = this.failureLinks(outs, States);
    this.outStart = new Int32Array(count + 1);
    outs.forEach((ids, s) => (this.outStart[s + 1] = this.outStart[s]! + ids.length));
    this.outIds = new Int32Array(this.outStart[count]!);
    outs.forEach((ids, s) => this.outIds.set(ids, this.outStart[s]!));
    this.ends = Uint8Array.from(outs, (ids) => (ids.length > 0 ? 1 : 0));

    this.columns = trie.columns;
    let denseStates = 1;
    while (denseStates < count && trie.depth[order[denseStates]!]! <= DENSE_DEPTH) denseStates++;
    this.denseStates = denseStates;
    this.dense = this.denseRows(States);
    this.root = new States(0x10000);
    for (let j = this.childStart[0]!; j < this.childStart[1]!; j++) this.root[this.childCode[j]!] = this.childTo[j]!;
  }

  private buildTrie(atoms: readonly string[]): { moves: Array<Map<number, number>>; ends: number[][]; depth: number[]; columns: number } {
    const moves = [new Map<number, number>()];
    const ends: number[][] = [[]];
    const depth = [0];
    let columns = 1;
    atoms.forEach((atom, id) => {
      let state = 0;
      for (let k = 0; k < atom.length; k++) {
        const code = atom.charCodeAt(k);
        if (code < DENSE_BELOW && this.asciiColumn[code] === 0) this.asciiColumn[code] = columns++;
        this.inAtoms[code] = 1;
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
  private failureLinks(outs: number[][], States: typeof Uint16Array | typeof Int32Array): StateArray {
    const fail = new States(outs.length);
    // breadth first order is the numbering: a state's failure (shallower) is done before it
    for (let state = 1; state < outs.length; state++) {
      for (let j = this.childStart[state]!; j < this.childStart[state + 1]!; j++) {
        const code = this.childCode[j]!;
        const to = this.childTo[j]!;
        let f = fail[state]!;
        let target = this.move(f, code);
        while (target === -1 && f !== 0) target = this.move((f = fail[f]!), code);
        fail[to] = target !== -1 && target !== to ? target : 0;
        if (outs[fail[to]!]!.length > 0) outs[to] = [...outs[to]!, ...outs[fail[to]!]!];
      }
    }
    return fail;
  }

  /** The state's own move on a code unit, -1 if none. */
  private move(state: number, code: number): number {
    for (let j = this.childStart[state]!; j < this.childStart[state + 1]!; j++) if (this.childCode[j] === code) return this.childTo[j]!;
    return -1;
  }

  /** A shallow state moves on ASCII as its failure state does (whose row is done, being shallower) except where it has moves of its own. */
  private denseRows(States: typeof Uint16Array | typeof Int32Array): StateArray {
    const { columns, childStart, childCode, childTo, asciiColumn, fail } = this;
    const dense = new States(this.denseStates * columns);
    for (let state = 0; state < this.denseStates; state++) {
      const row = state * columns;
      if (state > 0) dense.copyWithin(row, fail[state]! * columns, fail[state]! * columns + columns);
      for (let j = childStart[state]!; j < childStart[state + 1]!; j++) {
        if (childCode[j]! < DENSE_BELOW) dense[row + asciiColumn[childCode[j]!]!] = childTo[j]!;
      }
    }
    return dense;
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
