import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { compilePattern } from '../src/engine/patterns.js';
import { AtomAutomaton } from '../src/engine/atom-automaton.js';
import { AtomIndex, literalNeeds, mayMatch, requiredAtoms, withoutSuperstrings } from '../src/engine/prefilter.js';
import { ROOT } from './support/cli.js';
import { CROSS_CHECK_SHARDS, meetsNeeds } from './support/prefilter-cross-check.js';

describe('literal prefilter', () => {
  it('derives the atoms every match must contain', () => {
    // 추천인 holds 추천: a text with the one has the other, so only 추천 is looked for
    expect(requiredAtoms('추천인|추천\\s*(?:코드|아이디)|초대\\s*코드')).toEqual(['추천', '초대']);
    expect(requiredAtoms('bit\\.ly/[a-z]+|t\\.me/x')).toEqual(['bit.ly/', 't.me/x']);
    expect(requiredAtoms('colou?r')).toEqual(['color', 'colour']);
    expect(requiredAtoms('(?:가짜|허위)\\s*이벤트')).toEqual(['이벤트']);
    expect(requiredAtoms('x[^\\n]{0,25}y')).toBeNull(); // no atom of two letters: always run
    expect(requiredAtoms('free|\\d+')).toBeNull();
  });

  it('is cross-checked against every shipped regex and fixture by one test file per shard', () => {
    const shards = readdirSync(join(ROOT, 'test')).filter((name) => /^prefilter-cross-check-\d+\.test\.ts$/.test(name));
    expect(shards.sort()).toEqual(Array.from({ length: CROSS_CHECK_SHARDS }, (_, k) => `prefilter-cross-check-${k + 1}.test.ts`));
  });
});

describe('literalNeeds: every factor a branch requires, not only its rarest', () => {
  it('asks for the strongest factor first, then the others a match must also hold', () => {
    expect(literalNeeds('give ?away[^\\n]{0,40}free')).toEqual({ all: [['giveaway', 'give away'], ['free']] });
    expect(literalNeeds('(?:free|on us)\\s+(?:[a-z]+\\s+){0,3}for\\s+(?:a|one)\\s+year')).toEqual({ all: [['free', 'on us'], ['year'], ['for']] });
    expect(literalNeeds('free (?:pass|ticket)')).toEqual(['free pass', 'free ticket']); // one factor: a plain list
    expect(literalNeeds('추천인|추천\\s*(?:코드|아이디)')).toEqual({ any: [['추천인'], { all: [['추천'], ['코드', '아이디']] }] });
    expect(literalNeeds('free|\\d+')).toBeNull();
  });

  it('passes over factors of two letters, which most texts hold', () => {
    expect(literalNeeds('rewards?[^\\n]{0,30}go\\d')).toEqual(['reward']);
  });

  it('keeps no atom that holds another of its list, in each list of a need, as written', () => {
    expect(withoutSuperstrings(['joined', 'join', 'joins', 'add', 'added', 'chat with', 'join'])).toEqual(['join', 'add', 'chat with']);
    expect(withoutSuperstrings(['colour', 'color'])).toEqual(['colour', 'color']);
    expect(literalNeeds('(?:joins?|joined|registers?)[^\\n]{0,20}(?:codes?|coupons?)')).toEqual({ all: [['join', 'register'], ['code', 'coupon']] });
  });

  it('turns away a text with the common word alone, and keeps one with every factor', () => {
    const needs = literalNeeds('give ?away[^\\n]{0,40}free');
    expect(meetsNeeds(needs, 'a free coffee with every order')).toBe(false);
    expect(meetsNeeds(needs, 'giveaway! everything free')).toBe(true);
  });
});

describe('AtomIndex', () => {
  it('finds exactly the atoms a text contains, ASCII and Hangul, overlapping and nested, once its automaton is built', () => {
    const atoms = ['free', 'ree', 'e', 'fr', '무료', '료', '무료 이용권', 'bit.ly/', 'a-b', 'ab', '추천인 코드', '코드'];
    const index = new AtomIndex();
    const ids = atoms.map((atom) => index.register([atom]));
    const texts = [
      'free 무료',
      'freefree',
      'bit.ly/abc a-b ab',
      '추천인 코드 입력',
      '무료이용권',
      'nothing here',
      'FREE 무 료',
      '',
      '료',
      'r',
      'aab-ab',
      'e',
      '무료 이용권 3년',
    ];
    // twice: the first texts are searched atom by atom, the rest through the automaton
    for (const text of [...texts, ...texts]) {
      atoms.forEach((atom, k) => expect(index.mayMatch(ids[k]!, text), `${atom} in ${text}`).toBe(text.includes(atom)));
    }
  });

  it('matches atoms whose characters sit on both sides of the dense ASCII table', () => {
    const index = new AtomIndex();
    const mixed = index.register(['x무y', 'é!']);
    const other = index.register(['zz']);
    for (let k = 0; k < 10; k++) index.mayMatch(other, `warm-up ${k}`);
    expect(index.mayMatch(mixed, 'ax무yb')).toBe(true);
    expect(index.mayMatch(mixed, 'ax무zb')).toBe(false);
    expect(index.mayMatch(mixed, 'café!')).toBe(true);
  });

  it('answers for atoms registered after its automaton was built, without a rebuild per atom (rules compiled on first use)', () => {
    const index = new AtomIndex();
    const early = index.register(['alpha', 'beta']);
    const posts = ['alpha gamma', 'delta beta', 'nothing', 'gamma 7', 'alpha beta'];
    // past the posts searched atom by atom, so that the automaton is built
    for (let k = 0; k < 10; k++) for (let q = 0; q < 5; q++) index.mayMatch(early, `warm-up ${k}`);
    expect(index.builds).toBe(1);
    for (const post of posts) {
      // a new rule asks about each post: 300 new atoms in all, each after the post was scanned
      for (let r = 0; r < 60; r++) {
        const atom = `w${r}${post.length}`;
        const late = index.register([atom]);
        expect(index.mayMatch(late, post)).toBe(post.includes(atom));
        expect(index.mayMatch(late, `${post} ${atom}`)).toBe(true);
      }
      const gamma = index.register(['gamma']);
      for (let q = 0; q < 5; q++) expect(index.mayMatch(gamma, post)).toBe(post.includes('gamma'));
      expect(index.mayMatch(early, post)).toBe(post.includes('alpha') || post.includes('beta'));
    }
    // one build, and a rebuild only for a new text once 64 atoms have come since the last
    expect(index.builds).toBeLessThanOrEqual(1 + Math.ceil(300 / 64) + 1);
  });

  it('answers for unregistered atoms while texts are searched atom by atom, and asks for ids once a text is worth the automaton', () => {
    const index = new AtomIndex();
    const other = index.register(['zz']);
    // a one-post scan: a few texts, each asked about by many rules
    for (const text of ['free netflix for a year', 'add us on telegram']) {
      expect(index.mayMatchUnregistered(['netflix', 'disney'], text)).toBe(text.includes('netflix'));
      expect(index.mayMatchUnregistered(['telegram'], text)).toBe(text.includes('telegram'));
    }
    // a folder scan: past the first texts, a text asked about often is scanned, and then the
    // atoms must be registered (undefined), so that the automaton holds them
    let undefinedAnswers = 0;
    for (let k = 0; k < 20; k++) {
      const text = `post ${k} free netflix`;
      for (let q = 0; q < 5; q++) index.mayMatch(other, text);
      const answer = index.mayMatchUnregistered(['netflix'], text);
      if (answer === undefined) undefinedAnswers++;
      else expect(answer).toBe(true);
    }
    expect(undefinedAnswers).toBeGreaterThan(0);
  });
});

describe('AtomIndex with a prebuilt automaton', () => {
  /** Asks about enough texts that the index wants an automaton. */
  const warmUp = (index: AtomIndex, ids: Int32Array | null): void => {
    for (let k = 0; k < 10; k++) for (let q = 0; q < 5; q++) index.mayMatch(ids, `warm-up ${k}`);
  };

  it('adopts the offered automaton instead of building one, and answers for atoms it lacks one by one', () => {
    const index = new AtomIndex();
    let reads = 0;
    index.offerPrebuilt(() => (reads++, new AtomAutomaton(['zeta', 'free', 'gift'])));
    const free = index.register(['free']);
    const lacking = index.register(['telegram', 'gift']);
    warmUp(index, free);
    expect(reads).toBe(1);
    expect(index.builds).toBe(0);
    expect(index.atomsMissing).toBe(1); // telegram
    for (const text of ['free gift', 'join telegram', 'nothing', 'gift only']) {
      expect(index.mayMatch(free, text), text).toBe(text.includes('free'));
      expect(index.mayMatch(lacking, text), text).toBe(text.includes('telegram') || text.includes('gift'));
    }
    // an atom registered later that the automaton has is found through it
    const zeta = index.register(['zeta']);
    expect(index.atomsMissing).toBe(1);
    expect(index.mayMatch(zeta, 'alpha zeta')).toBe(true);
    expect(index.mayMatch(zeta, 'alpha beta')).toBe(false);
  });

  it('builds its own automaton after all when many atoms are lacking (rules edited since the build)', () => {
    const index = new AtomIndex();
    index.offerPrebuilt(() => new AtomAutomaton(['free']));
    const late = Array.from({ length: 100 }, (_, k) => index.register([`new${k}x`]));
    warmUp(index, late[0]!);
    expect(index.builds).toBe(1);
    expect(index.atomsMissing).toBe(0);
    late.forEach((ids, k) => expect(index.mayMatch(ids, `a new${k}x b`)).toBe(true));
  });

  it('builds one when the offer turns out empty (no prebuilt file)', () => {
    const index = new AtomIndex();
    index.offerPrebuilt(() => null);
    const ids = index.register(['free']);
    warmUp(index, ids);
    expect(index.builds).toBe(1);
    expect(index.mayMatch(ids, 'free gift')).toBe(true);
  });
});

describe('near and all: the literal prefilter decides before any regex runs', () => {
  afterEach(() => vi.restoreAllMocks());

  it('runs neither side of a near when the rare side cannot match', () => {
    const match = compilePattern({ near: [{ regex: 'join|add|free' }, { regex: 'telegram|whatsapp' }], within: 40 }, []);
    const exec = vi.spyOn(RegExp.prototype, 'exec');
    expect(match('join us for free coffee')).toBeNull();
    expect(exec.mock.contexts.filter((re) => (re as RegExp).source.includes('join'))).toHaveLength(0);
    expect(match('join our telegram for free codes')).not.toBeNull();
  });

  it('runs no part of an all when one part cannot match', () => {
    const match = compilePattern({ all: [{ regex: 'claim' }, { regex: '수수료' }] }, []);
    const exec = vi.spyOn(RegExp.prototype, 'exec');
    expect(match('claim your prize')).toBeNull();
    expect(exec.mock.contexts.filter((re) => (re as RegExp).source.includes('claim'))).toHaveLength(0);
    expect(match('claim: 수수료 3,000원')).not.toBeNull();
  });
});

describe('requiredAtoms', () => {
  it('runs through small literal sets, so that a rule runs only where its words stand together', () => {
    expect(requiredAtoms('(?:join|add) (?:telegram|whatsapp)')).toEqual(['join telegram', 'join whatsapp', 'add telegram', 'add whatsapp']);
    expect(requiredAtoms('(?:[a-z0-9]+-)*[a-z0-9]+(?:-gifts?|-free)\\.[a-z]{2,12}')).toEqual(['-gift.', '-gifts.', '-free.']);
    expect(requiredAtoms('무료 ?이용권')).toEqual(['무료이용권', '무료 이용권']);
  });

  it('reads a character outside the BMP as one, and escapes as what they stand for', () => {
    expect(mayMatch(requiredAtoms('🎁?무료'), '무료')).toBe(true);
    expect(mayMatch(requiredAtoms('(?:🎁|🎉)+ ?free'), '🎉 free')).toBe(true);
    expect(requiredAtoms('\\x41bc|\\u00e9tude')).toEqual(['bc', 'tude']);
    expect(requiredAtoms('\\u{1F381}gift')).toEqual(['gift']);
  });

  it('never joins across a repeated character: ab+c holds ab and bc, not abc', () => {
    expect(requiredAtoms('ab+c')).not.toContain('abc');
    expect(mayMatch(requiredAtoms('ab+c'), 'abbc')).toBe(true);
  });

  it('keeps every text the regex matches (generated regexes and texts)', () => {
    const letter = fc.constantFrom('a', 'b', 'c', '가', '나', '-', '.', '🎁');
    const piece: fc.Arbitrary<string> = fc.letrec<{ piece: string }>((tie) => ({
      piece: fc.oneof(
        { depthSize: 'small' },
        letter,
        letter.map((l) => `${l === '.' ? '\\.' : l}?`),
        letter.map((l) => `${l === '.' ? '\\.' : l}+`),
        fc.constantFrom('[ab]', '[가-나]+', '\\s', '.', 'a{1,2}', '(?<!a)', '(?=b)', '(?![가])'),
        fc.tuple(fc.array(tie('piece'), { minLength: 1, maxLength: 3 }), fc.array(tie('piece'), { minLength: 1, maxLength: 3 }), fc.constantFrom('', '?', '', '?', '+'))
          .map(([a, b, q]) => `(?:${a.join('')}|${b.join('')})${q}`),
      ),
    })).piece;
    // nested repeats are left out: backtracking on them could take the test's whole time
    const source = fc.array(piece, { minLength: 1, maxLength: 6 }).map((parts) => parts.join('').replace(/^\.\?|^\.\+/, ''))
      .filter((src) => !/\+[^()]*\)\+/.test(src));
    const text = fc.array(fc.constantFrom('a', 'b', 'c', '가', '나', '-', '.', ' ', '🎁'), { maxLength: 24 }).map((cs) => cs.join(''));
    // texts made to match the regex (lookarounds left out of it), and random ones
    const withTexts = source.chain((src) => {
      let matching: fc.Arbitrary<string>;
      try {
        matching = fc.stringMatching(new RegExp(src.replace(/\(\?<?[=!][^()]*\)/g, ''), 'u'), { size: 'xsmall' }).filter((t) => t.length <= 40);
      } catch {
        matching = text;
      }
      return fc.tuple(fc.constant(src), fc.array(fc.oneof(matching, text), { minLength: 1, maxLength: 8 }));
    });
    fc.assert(
      fc.property(withTexts, ([src, texts]) => {
        let regex: RegExp;
        try {
          regex = new RegExp(src, 'u');
        } catch {
          return; // not a valid pattern: nothing to check
        }
        const atoms = requiredAtoms(src);
        const needs = literalNeeds(src);
        for (const t of texts) {
          if (!regex.test(t)) continue;
          expect(mayMatch(atoms, t), `${src} on "${t}" (atoms ${JSON.stringify(atoms)})`).toBe(true);
          expect(meetsNeeds(needs, t), `${src} on "${t}" (needs ${JSON.stringify(needs)})`).toBe(true);
        }
      }),
      { numRuns: 1500 },
    );
  });
});
