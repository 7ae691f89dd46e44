import { describe, expect, it } from 'vitest';
import { RuleError } from './errors.js';
import { compilePattern, compileRegex, detectorRegex, gateTest, MAX_SPANS, patternGate, patternRegexSources, phraseToRegex, prefilterOf, type PatternGate, type ViewSpan } from './patterns.js';
import type { PatternSpec } from './types.js';

const phrase = (p: string): RegExp => new RegExp(phraseToRegex(p), 'iu');
const compile = (spec: PatternSpec) => compilePattern(spec, [0, 'pattern']);
const quote = (text: string, spans: ViewSpan[] | null): string[] | null => spans && spans.map((s) => text.slice(s.start, s.end));

/** Runs `fn` and returns the RuleError it throws. */
function ruleError(fn: () => unknown): RuleError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(RuleError);
    return error as RuleError;
  }
  throw new Error('expected a RuleError');
}

describe('phraseToRegex', () => {
  it('makes spaces between words optional', () => {
    expect(phrase('플러스 친구').test('플러스친구')).toBe(true);
    expect(phrase('플러스 친구').test('플러스   친구')).toBe(true);
    expect(phrase('free pass').test('freepass')).toBe(true);
    expect(phrase('free  pass').test('free pass')).toBe(true);
  });

  it('matches Latin phrases as whole words only', () => {
    expect(phrase('free').test('free pass')).toBe(true);
    expect(phrase('free').test('get it free!')).toBe(true);
    expect(phrase('free').test('freedom')).toBe(false);
    expect(phrase('free').test('carefree')).toBe(false);
    expect(phrase('free').test('free2play')).toBe(false);
    expect(phrase('dm me').test('dm me now')).toBe(true);
    expect(phrase('dm me').test('adm meeting')).toBe(false);
  });

  it('does not bound Hangul phrases (particles attach to words)', () => {
    expect(phrase('오픈채팅').test('오픈채팅으로 문의')).toBe(true);
    expect(phrase('추천인').test('앱추천인입력')).toBe(true);
  });

  it('bounds only the Latin end of a mixed phrase', () => {
    const source = phraseToRegex('카톡 id');
    expect(source.startsWith('(?<!')).toBe(false);
    expect(source.endsWith('(?![\\p{L}\\p{N}])')).toBe(true);
    expect(phrase('카톡 id').test('친구카톡id')).toBe(true);
    expect(phrase('카톡 id').test('카톡 idx')).toBe(false);
  });

  it('escapes regex metacharacters', () => {
    expect(phrase('bit.ly').test('bit.ly/x')).toBe(true);
    expect(phrase('bit.ly').test('bitxly')).toBe(false);
    expect(phrase('(광고)').test('(광고) 안내')).toBe(true);
    expect(phrase('a+b').test('a+b')).toBe(true);
    expect(phrase('a+b').test('aab')).toBe(false);
  });

  it('lower-cases the phrase (the text it runs on is lower-cased)', () => {
    expect(new RegExp(phraseToRegex('FREE Pass'), 'u').test('free pass')).toBe(true);
  });
});

describe('compilePattern', () => {
  it('compiles a regex leaf and returns the spans of every match', () => {
    const match = compile({ regex: '무료|free' });
    const text = '무료 이용권, free pass, 무료';
    expect(match(text)).toEqual([
      { start: 0, end: 2 },
      { start: 8, end: 12 },
      { start: 19, end: 21 },
    ]);
    expect(match('유료 이용권')).toBeNull();
  });

  it('compiles a phrase leaf', () => {
    const match = compile({ phrase: '플러스 친구' });
    const text = '카카오톡 플러스친구 추가';
    expect(quote(text, match(text))).toEqual(['플러스친구']);
    expect(compile({ phrase: 'free' })('freedom')).toBeNull();
  });

  it('is reusable: the global regex state does not leak between calls', () => {
    const match = compile({ regex: 'free' });
    expect(match('free')).toEqual([{ start: 0, end: 4 }]);
    expect(match('free')).toEqual([{ start: 0, end: 4 }]);
    expect(match('xx free')).toEqual([{ start: 3, end: 7 }]);
  });

  it('any: matches when one child does, with the spans of all that do', () => {
    const match = compile({ any: [{ phrase: '무료' }, { phrase: '공짜' }, { phrase: 'free' }] });
    const text = '공짜로 드려요 무료';
    expect(quote(text, match(text))).toEqual(['무료', '공짜']);
    expect(match('유료입니다')).toBeNull();
  });

  it('all: matches only when every child does', () => {
    const match = compile({ all: [{ phrase: '추천인' }, { regex: '코드|아이디' }] });
    const text = '추천인 코드 입력';
    expect(quote(text, match(text))).toEqual(['추천인', '코드']);
    expect(match('추천인 입력')).toBeNull();
    expect(match('코드 입력')).toBeNull();
  });

  it('not: matches (with no spans) when its child does not', () => {
    const match = compile({ not: { phrase: '광고' } });
    expect(match('무료 이벤트')).toEqual([]);
    expect(match('(광고) 무료 이벤트')).toBeNull();
  });

  it('all with not: a positive term and a negative one', () => {
    const match = compile({ all: [{ phrase: '무료' }, { not: { phrase: '체험' } }] });
    expect(quote('무료 이용권', match('무료 이용권'))).toEqual(['무료']);
    expect(match('무료 체험')).toBeNull();
  });

  it('near: both children within the default distance, spanning both', () => {
    const match = compile({ near: [{ phrase: '추천인' }, { phrase: '입력' }] });
    const text = '앱 설치 후 추천인 코드를 입력하세요';
    expect(quote(text, match(text))).toEqual(['추천인 코드를 입력']);
    expect(match(`추천인${' '.repeat(41)}입력`)).toBeNull();
    expect(match(`추천인${' '.repeat(40)}입력`)).not.toBeNull();
    expect(match('추천인만')).toBeNull();
  });

  it('near: order does not matter, and `within` sets the distance', () => {
    const match = compile({ near: [{ phrase: '무료' }, { phrase: '이용권' }], within: 3 });
    expect(quote('이용권 을 무료', match('이용권 을 무료'))).toEqual(['이용권 을 무료']);
    expect(match('무료 123 이용권')).toBeNull(); // 5 apart
    expect(match('무료 12이용권')).not.toBeNull(); // 3 apart
    const overlapping = compile({ near: [{ regex: 'abc' }, { regex: 'bcd' }], within: 0 });
    expect(overlapping('abcd')).toEqual([{ start: 0, end: 4 }]);
  });

  it('nests: any inside all inside near', () => {
    const match = compile({
      near: [{ all: [{ any: [{ phrase: '무료' }, { phrase: 'free' }] }] }, { phrase: '이용권' }],
      within: 5,
    });
    expect(match('free 이용권')).not.toBeNull();
    expect(match('무료이용권')).not.toBeNull();
    expect(match('유료 이용권')).toBeNull();
  });

  it(`keeps at most MAX_SPANS (${MAX_SPANS}) spans`, () => {
    const text = Array.from({ length: 12 }, () => 'free').join(' ');
    expect(compile({ regex: 'free' })(text)).toHaveLength(MAX_SPANS);
    expect(compile({ any: [{ regex: 'free' }, { regex: 'fre' }] })(text)).toHaveLength(MAX_SPANS);
    expect(compile({ all: [{ regex: 'free' }, { regex: 'ree' }] })(text)).toHaveLength(MAX_SPANS);
    expect(compile({ near: [{ regex: 'free' }, { regex: 'free' }], within: 100 })(text)).toHaveLength(MAX_SPANS);
    expect(MAX_SPANS).toBe(5);
  });

  it('finds the close pair of a near after more far matches than it keeps as evidence', () => {
    const far = Array.from({ length: MAX_SPANS + 3 }, () => 'surplus').join(', ');
    const text = `${far}. ${'x'.repeat(300)} pay by zelle only (cards on surplus units cost fees)`;
    const spans = compile({ near: [{ regex: 'zelle only' }, { regex: 'surplus' }], within: 40 })(text);
    expect(spans).toHaveLength(1);
    expect(text.slice(spans![0]!.start, spans![0]!.end)).toBe('zelle only (cards on surplus');
    // inside an any or an all, a near's sides are read as far
    expect(compile({ any: [{ regex: 'nothing here' }, { near: [{ regex: 'zelle only' }, { regex: 'surplus' }], within: 40 }] })(text)).toHaveLength(1);
  });
});

describe('compilePattern: errors', () => {
  it('throws a RuleError at the regex for an invalid regular expression', () => {
    const error = ruleError(() => compilePattern({ regex: '(무료' }, [3, 'pattern']));
    expect(error.message).toMatch(/invalid regular expression/);
    expect(error.path).toEqual([3, 'pattern', 'regex']);
  });

  it('gives the full path of a bad regex nested in any/all/near', () => {
    const spec: PatternSpec = { all: [{ phrase: 'ok' }, { any: [{ regex: 'fine' }, { regex: '[unclosed' }] }] };
    expect(ruleError(() => compilePattern(spec, [1, 'pattern'])).path).toEqual([1, 'pattern', 'all', 1, 'any', 1, 'regex']);
    const near: PatternSpec = { near: [{ phrase: 'a' }, { regex: '+' }] };
    expect(ruleError(() => compilePattern(near, [0, 'pattern'])).path).toEqual([0, 'pattern', 'near', 1, 'regex']);
    const not: PatternSpec = { not: { regex: '(?<' } };
    expect(ruleError(() => compilePattern(not, [0, 'pattern'])).path).toEqual([0, 'pattern', 'not', 'regex']);
  });

  it('refuses a regular expression that matches the empty string', () => {
    for (const regex of ['a*', '(?:)', 'x?', '무료|', '^', '\\s*']) {
      const error = ruleError(() => compilePattern({ regex }, [2, 'pattern']));
      expect(error.message, regex).toMatch(/empty string/);
      expect(error.path, regex).toEqual([2, 'pattern', 'regex']);
    }
  });

  // BUG: compileRegex only tries the regex on '' (`regex.test('')`), so a regex made of
  // zero-width assertions — `(?=무료)`, `\b`, a lone lookbehind such as `(?<![\p{L}\p{N}])` —
  // passes the check although it matches the empty string inside any text that satisfies the
  // assertion. Such a rule then fires with empty evidence ('' quoted at one offset).
  it('refuses a regex of zero-width assertions only, which matches the empty string inside a text', () => {
    for (const regex of ['(?=무료)', '\\b', '(?<![\\p{L}\\p{N}])']) {
      const error = ruleError(() => compilePattern({ regex }, [2, 'pattern']));
      expect(error.message, regex).toMatch(/empty string/);
    }
  });

  it('keeps lookarounds that guard a consuming pattern', () => {
    const match = compilePattern({ regex: '(?<![\\p{L}\\p{N}])free(?=\\s)' }, [0, 'pattern']);
    expect(match('a free gift')).toEqual([{ start: 2, end: 6 }]);
    expect(match('carefree gift')).toBeNull();
  });

  it('refuses a pattern node with two keys, at the node', () => {
    const spec = { regex: 'a', phrase: 'b' } as unknown as PatternSpec;
    const error = ruleError(() => compilePattern(spec, [4, 'pattern']));
    expect(error.message).toMatch(/exactly one of/);
    expect(error.message).toMatch(/regex, phrase/);
    expect(error.path).toEqual([4, 'pattern']);
    const nested = { any: [{ phrase: 'x' }, { all: [], not: { phrase: 'y' } }] } as unknown as PatternSpec;
    expect(ruleError(() => compilePattern(nested, [0, 'pattern'])).path).toEqual([0, 'pattern', 'any', 1]);
  });

  it('refuses a pattern node with no key (within alone does not count)', () => {
    const error = ruleError(() => compilePattern({ within: 3 } as unknown as PatternSpec, [0, 'pattern']));
    expect(error.message).toMatch(/found: none/);
  });

  it('refuses near with other than two children', () => {
    const error = ruleError(() => compilePattern({ near: [{ phrase: 'a' }] }, [0, 'pattern']));
    expect(error.path).toEqual([0, 'pattern', 'near']);
  });

  it('compileRegex compiles a global unicode regex, ready to run from the start', () => {
    const regex = compileRegex('\\p{Script=Hangul}+', ['x']);
    expect(regex.flags).toContain('u');
    expect(regex.flags).toContain('g');
    expect(regex.lastIndex).toBe(0);
    expect('abc 무료 def'.match(regex)).toEqual(['무료']);
  });
});

describe('patternRegexSources', () => {
  it('lists the regular expressions of every leaf', () => {
    const spec: PatternSpec = { all: [{ regex: 'a|b' }, { not: { phrase: 'free' } }, { near: [{ regex: 'c' }, { phrase: '무료' }] }] };
    expect(patternRegexSources(spec)).toEqual(['a|b', phraseToRegex('free'), 'c', phraseToRegex('무료')]);
  });
});

describe('patternGate: what a text needs for a pattern to have a chance', () => {
  const gateOf = (spec: PatternSpec) => patternGate(spec, prefilterOf(spec));

  it('is a leaf\'s needs, atoms joined for any, kept apart for all and near, and always open under not', () => {
    const needs = (leaf: PatternSpec): PatternGate => prefilterOf(leaf)[0]!;
    const [gift, free, referral, bitcoin] = [{ phrase: 'gift card' }, { regex: '무료' }, { phrase: 'referral code' }, { phrase: 'bitcoin' }];
    expect(needs(gift)).toEqual({ all: [['gift'], ['card']] }); // a phrase of two words needs both
    expect(gateOf({ regex: 'free (?:pass|ticket)' })).toEqual(['free pass', 'free ticket']);
    expect(gateOf({ any: [free, bitcoin] })).toEqual(['무료', 'bitcoin']);
    expect(gateOf({ any: [gift, free] })).toEqual({ any: [needs(gift), needs(free)] });
    expect(gateOf({ near: [referral, free] })).toEqual({ all: [needs(referral), needs(free)] });
    expect(gateOf({ all: [{ regex: '\\d+' }, bitcoin] })).toEqual(needs(bitcoin)); // \d+ has no atom
    expect(gateOf({ not: bitcoin })).toBe(true);
    expect(gateOf({ any: [bitcoin, { regex: '.+' }] })).toBe(true);
    expect(gateOf({ any: [{ near: [referral, free] }, gift] })).toEqual({ any: [{ all: [needs(referral), needs(free)] }, needs(gift)] });
  });

  it('keeps each leaf\'s own atoms when a not comes first (the prefilter is in compile order)', () => {
    expect(gateOf({ all: [{ not: { phrase: 'official' } }, { phrase: 'bitcoin' }] })).toEqual(['bitcoin']);
  });

  it('never closes on a text the pattern matches (checked on a mixed pattern and texts around it)', () => {
    const spec: PatternSpec = {
      any: [{ near: [{ phrase: 'referral code' }, { regex: 'free|무료' }], within: 30 }, { all: [{ phrase: 'gift card' }, { not: { phrase: 'terms' } }] }],
    };
    const pass = gateTest(gateOf(spec));
    const match = compilePattern(spec, []);
    const texts = ['enter the referral code for a free pass', 'referral code 입력하면 무료', 'a gift card for you', 'a gift card, terms apply', 'free referral', 'nothing here'];
    for (const text of texts) if (match(text) !== null) expect(pass(text), text).toBe(true);
    expect(pass('nothing here')).toBe(false);
    expect(pass('free stuff, no code')).toBe(false); // free, but neither referral nor gift card
  });
});

describe('detectorRegex', () => {
  it('checks a rule pack\'s regex when it loads, and builds a trusted one only when first used', () => {
    expect(() => detectorRegex('(unclosed', ['params', 'path'])).toThrow(RuleError);
    const deferred = detectorRegex('(unclosed', ['params', 'path'], true);
    expect(() => deferred()).toThrow(SyntaxError);
    const apk = detectorRegex('[^/]*\\.apk$', [], true);
    expect(apk()).toBe(apk()); // built once
    expect(apk().test('/get/bank.apk')).toBe(true);
  });
});
