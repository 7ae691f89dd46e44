import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AtomAutomaton } from '../src/engine/atom-automaton.js';

/** What the automaton must answer: which atoms the text contains. */
function contained(atoms: readonly string[], text: string): number[] {
  return atoms.map((atom) => (text.includes(atom) ? 1 : 0));
}

describe('AtomAutomaton', () => {
  it('finds exactly the atoms a text contains, deep and shallow, ASCII and not (generated atoms and texts)', () => {
    // few letters, so that atoms share prefixes and suffixes and long matches fail late: the
    // moves of deep states (beyond the dense rows) and their failure links are all exercised
    const letter = fc.constantFrom('a', 'b', 'c', '.', '가', '나', 'é');
    const atom = fc.array(letter, { minLength: 1, maxLength: 12 }).map((cs) => cs.join(''));
    const atoms = fc.uniqueArray(atom, { minLength: 1, maxLength: 40 });
    const withTexts = atoms.chain((list) => {
      // texts stitched from pieces of the atoms, and random ones
      const piece = fc.oneof(fc.constantFrom(...list), fc.constantFrom(...list).map((a) => a.slice(1)), fc.constantFrom(...list).map((a) => a.slice(0, -1)), letter);
      const text = fc.array(piece, { maxLength: 12 }).map((ps) => ps.join(''));
      return fc.tuple(fc.constant(list), fc.array(text, { minLength: 1, maxLength: 6 }));
    });
    fc.assert(
      fc.property(withTexts, ([list, texts]) => {
        const automaton = new AtomAutomaton(list);
        for (const text of texts) expect([...automaton.scan(text, list.length)], `${JSON.stringify(list)} in "${text}"`).toEqual(contained(list, text));
      }),
      { numRuns: 400 },
    );
  });

  it('reads long atoms that fail late and restart inside themselves', () => {
    const atoms = ['abcabcabd', 'abcabd', 'cabd', 'bitcoin-doubling', 'coin-d', '추천인코드입력', '코드입', 'x무료y'];
    const automaton = new AtomAutomaton(atoms);
    for (const text of ['abcabcabcabd', 'xabcabcabdx', 'bitcoin-doublin bitcoin-doubling', 'bitcoin-do', '추천인코드입력하세요', '추천인코드 입력', 'ax무료yb', 'x무료z'])
      expect([...automaton.scan(text, atoms.length)], text).toEqual(contained(atoms, text));
  });

  it('numbers past 65,535 states in 32 bits', () => {
    const atoms = Array.from({ length: 9000 }, (_, k) => `w${k.toString(36)}-${(k * 7919).toString(36)}-z`);
    const automaton = new AtomAutomaton(atoms);
    const text = `${atoms[8999]} and ${atoms[17]} but not w${(9001).toString(36)}`;
    expect([...automaton.scan(text, atoms.length)]).toEqual(contained(atoms, text));
  });
});

describe('a saved AtomAutomaton (npm run build saves the shipped rules\' one)', () => {
  const atoms = ['free', 'ree', '무료 이용권', 'bit.ly/', '추천인', 'x무y', 'é!'];
  const texts = ['free 무료 이용권 bit.ly/a', '추천인 코드', 'ax무yb café!', 'nothing', ''];

  it('reads back to an automaton that finds the same atoms, from a buffer at any byte offset', () => {
    const saved = new AtomAutomaton(atoms).toBytes();
    // a buffer that starts one byte into its memory: the arrays cannot be views there, and are copied
    const shifted = Buffer.alloc(saved.length + 1);
    saved.copy(shifted, 1);
    for (const bytes of [saved, shifted.subarray(1)]) {
      const read = AtomAutomaton.fromBytes(bytes);
      expect(read).not.toBeNull();
      for (const text of texts) expect([...read!.scan(text, atoms.length)], text).toEqual(contained(atoms, text));
    }
  });

  it('tells the id of each of its atoms, and -1 for strings that are only prefixes or not there', () => {
    const automaton = AtomAutomaton.fromBytes(new AtomAutomaton(atoms).toBytes())!;
    atoms.forEach((atom, id) => expect(automaton.idOf(atom)).toBe(id));
    for (const other of ['fre', 'freee', '무료', '', 'zzz']) expect(automaton.idOf(other), other).toBe(-1);
  });

  it('refuses bytes that are not a saved automaton', () => {
    expect(AtomAutomaton.fromBytes(Buffer.from('not an automaton\n'))).toBeNull();
    expect(AtomAutomaton.fromBytes(Buffer.from(''))).toBeNull();
    const saved = new AtomAutomaton(atoms).toBytes();
    expect(AtomAutomaton.fromBytes(saved.subarray(0, saved.length - 8)), 'truncated').toBeNull();
  });
});
