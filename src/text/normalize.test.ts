import { isLetterOrDigit } from './chars.js';
import { describe, expect, it } from 'vitest';
import { normalizeText } from './normalize.js';
import { toOriginalSpan, type TextView } from './view.js';

const light = (s: string): string => normalizeText(s).light.text;
const folded = (s: string): string => normalizeText(s).folded.text;

describe('normalizeText: light view', () => {
  it('applies NFKC: fullwidth digits and letters become ASCII', () => {
    expect(light('１０００일')).toBe('1000일');
    expect(light('ＦＲＥＥ')).toBe('free');
    expect(light('ﬁne')).toBe('fine'); // ligature
    expect(light('①')).toBe('1');
  });

  it('lower-cases Latin and other cased scripts', () => {
    expect(light('Hello WORLD')).toBe('hello world');
    expect(light('ÀB')).toBe('àb');
  });

  it('removes zero-width and other format characters', () => {
    expect(light('무\u200B료')).toBe('무료');
    expect(light('f\u200Dree')).toBe('free');
    expect(light('\uFEFFfree')).toBe('free');
    expect(light('fr\u00ADee')).toBe('free');
    expect(light('a\u200B\u200C\u200D\u2060\uFEFF\u00ADb')).toBe('ab');
    expect(light('a\u202Eb')).toBe('ab'); // bidi override
  });

  it('drops combining marks', () => {
    expect(light('cafe\u0301')).toBe('cafe');
    expect(light('f\u0336r\u0336e\u0336e\u0336')).toBe('free'); // strikethrough overlay
  });

  it('drops C0/C1 control characters but keeps newlines, turning tabs into spaces', () => {
    expect(light('a\u0000b\u0007c\u0085d')).toBe('abcd');
    expect(light('a\tb\nc\rd')).toBe('a b\nc d');
  });

  it('maps Cyrillic lookalikes inside Latin words to Latin', () => {
    // А, а, о are Cyrillic here
    expect(light('\u0410m\u0430z\u043En')).toBe('amazon');
    expect(light('Аmаzоn')).toBe('amazon');
    expect(light('Gооgle')).toBe('google');
    expect(light('Аmаzоn')).not.toMatch(/[\u0400-\u04ff]/u);
  });

  it('leaves a fully Cyrillic word alone (only lower-cased)', () => {
    expect(light('Москва')).toBe('москва');
    expect(light('Москва')).toMatch(/^[\u0400-\u04ff]+$/u);
    expect(light('сор')).toBe('сор'); // Cyrillic letters that all have lookalikes, but no Latin neighbour
  });

  it('composes split compatibility jamo into syllables', () => {
    expect(light('ㅈㅣㄴㅣ뮤직')).toBe('지니뮤직');
    expect(folded('ㅈㅣㄴㅣ뮤직')).toBe('지니뮤직');
    expect(light('ㅁㅜㄹㅛ')).toBe('무료');
    expect(light('ㅈㅣㄴ')).toBe('진'); // a final consonant not followed by a vowel
  });

  it('reads jamo and their neighbours through zero-width characters, as the view drops them', () => {
    expect(light('ㅈ\u200bㅣ\u200bㄴ\u2060ㅣ뮤직')).toBe('지니뮤직');
    expect(light('ㅈㅣ\u00adㄴ')).toBe('진');
    // ㅋr stands for 카 only when no Latin letter follows, also when an invisible one sits between
    expect(folded('kㅋㅍr\u200bf')).toBe(folded('kㅋㅍrf'));
    expect(light('ㅋr\u200b톡')).toBe('카톡');
  });

  it('leaves jamo that do not form a syllable unchanged', () => {
    expect(light('ㅋㅋㅋ')).toBe('ㅋㅋㅋ');
    expect(folded('ㅋㅋㅋ')).toBe('ㅋㅋㅋ');
    expect(light('ㅠㅠ')).toBe('ㅠㅠ');
  });

  it('keeps every separator of the original (no joining in the light view)', () => {
    expect(light('무.료')).toBe('무.료');
    expect(light('f r e e')).toBe('f r e e');
    expect(light('a   b')).toBe('a   b');
  });
});

describe('normalizeText: folded view', () => {
  it.each([
    ['무.료', '무료'],
    ['무🎁료', '무료'],
    ['무·료', '무료'],
    ['무-료 이용권', '무료 이용권'],
    ['f r e e', 'free'],
    ['F.R.E.E', 'free'],
    ['f-r-e-e', 'free'],
    ['1 0 0 0 일', '1000일'],
    ['추 천 인', '추천인'],
    ['추.천.인 코드', '추천인 코드'],
    ['천만에요 １ ０ ０ ０ 일 무료', '천만에요 1000일 무료'],
  ])('joins letters split apart: %j → %j', (input, expected) => {
    expect(folded(input)).toBe(expected);
  });

  it.each([
    ['1.5', '1.5'],
    ['3.2배', '3.2배'],
    ['bit.ly/abc', 'bit.ly/abc'],
    ['t.me/genie_event', 't.me/genie_event'],
    ['https://bit.ly/xyz', 'https://bit.ly/xyz'],
    ['천 일', '천 일'],
    ['무 료', '무 료'],
    ['x y', 'x y'],
    ['i am a boy', 'i am a boy'],
    ['(광고)', '(광고)'],
  ])('does not join what is not a split word: %j → %j', (input, expected) => {
    expect(folded(input)).toBe(expected);
  });

  it('folds whitespace runs to one space', () => {
    expect(folded('hello   \t  world')).toBe('hello world');
    expect(folded('지니뮤직    이벤트')).toBe('지니뮤직 이벤트');
  });

  it('folds emoji and symbol runs to one space', () => {
    expect(folded('hello 🎉🎉🎉 world')).toBe('hello world');
    expect(folded('무료🎁🎁이용권')).toBe('무료 이용권');
    expect(folded('hello★world')).toBe('hello world');
  });

  it('preserves a newline as one newline', () => {
    expect(folded('line one\n\n\nline two')).toBe('line one\nline two');
    expect(folded('line one  \n  line two')).toBe('line one\nline two');
    expect(folded('첫 줄\r\n둘째 줄')).toBe('첫 줄\n둘째 줄');
  });

  it('combines the evasions: zero-width, fullwidth, dotted and Cyrillic in one text', () => {
    expect(folded('Ｇｅｎｉｅ 무\u200B.\u200B료 ＦＲＥＥ')).toBe('genie 무료 free');
    expect(folded('Аmаzоn gift')).toBe('amazon gift');
  });
});

// ---------------------------------------------------------------- offset map

/** Cyrillic/Greek lookalikes are mapped only next to Latin letters: compare with them folded. */
const LOOKALIKE_FOLD: Record<string, string> = {
  а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x',
  і: 'i', ј: 'j', ѕ: 's', α: 'a', ε: 'e', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x',
};
/** Digits read as letters inside words (b1nance) depend on their neighbours: compare them folded too. */
const LEET_FOLD: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't' };
function letters(s: string): string {
  return [...s]
    .filter((ch) => /[\p{L}\p{N}]/u.test(ch))
    .map((ch) => LOOKALIKE_FOLD[ch] ?? LEET_FOLD[ch] ?? ch)
    .join('');
}

const EVASION_CASES = [
  '',
  'a',
  '１０００일',
  'Hello WORLD',
  'a\u200Bb\u200Dc\uFEFFd\u00ADe',
  'cafe\u0301 au lait',
  'Аmаzоn gift card',
  'Москва',
  'ㅈㅣㄴㅣ뮤직 ㅋㅋㅋ',
  'ㅈㅣㄴ',
  '무.료',
  '무🎁료 이용권',
  'f r e e',
  'F.R.E.E pass',
  '1 0 0 0 일',
  '추 천 인 코드 입력',
  '1.5배',
  'bit.ly/abc t.me/x',
  '천 일 무료',
  'hello   \t  world',
  'a 🎉🎉 b',
  'line one\n\n\nline two',
  '천만에요 １ ０ ０ ０ 일 무료',
  'ﬁne ① ＦＲＥＥ',
  '👍🏽 좋아요 👨‍👩‍👧 가족',
  '𝐟𝐫𝐞𝐞 💯',
  'Ｇｅｎｉｅ 무\u200B.\u200B료',
  '지니뮤직 1000일 무료 스트리밍 이용권! 카톡 플친 추가 후 추천인 ABC123 입력 👉 http://bit.ly/genie',
  '  leading and trailing  ',
  '\u200B\u200B',
  '무\u0000료\u0007',
];

function checkSpans(original: string, view: TextView, label: string): void {
  const n = view.text.length;
  expect(view.starts.length, label).toBe(n);
  expect(view.ends.length, label).toBe(n);
  for (let k = 0; k < n; k++) {
    expect(view.starts[k]!, `${label} unit ${k}`).toBeLessThan(view.ends[k]!); // a non-empty original span
    if (k > 0) {
      expect(view.starts[k]!, `${label} starts monotone at ${k}`).toBeGreaterThanOrEqual(view.starts[k - 1]!);
      expect(view.ends[k]!, `${label} ends monotone at ${k}`).toBeGreaterThanOrEqual(view.ends[k - 1]!);
    }
  }
  for (let s = 0; s <= n; s++) {
    let previous = { start: 0, end: 0 };
    for (let e = s; e <= n; e++) {
      const span = toOriginalSpan(view, s, e);
      const where = `${label} [${s},${e}) → [${span.start},${span.end})`;
      expect(span.start, where).toBeGreaterThanOrEqual(0);
      expect(span.start, where).toBeLessThanOrEqual(span.end);
      expect(span.end, where).toBeLessThanOrEqual(original.length);
      if (e > s) {
        if (e > s + 1) {
          expect(span.start, where).toBe(previous.start);
          expect(span.end, where).toBeGreaterThanOrEqual(previous.end);
        }
        // every letter of the view range comes from the quoted original (which may hold a few
        // more: half of an expansion such as ﬁ → fi is quoted as the whole ligature)
        const quoted = original.slice(span.start, span.end);
        expect(letters(normalizeText(quoted).folded.text), where).toContain(letters(view.text.slice(s, e)));
      }
      previous = span;
    }
  }
  // spans of consecutive ranges are monotone in their start too
  for (let s = 1; s < n; s++) {
    expect(toOriginalSpan(view, s, s + 1).start).toBeGreaterThanOrEqual(toOriginalSpan(view, s - 1, s).start);
  }
}

describe('toOriginalSpan: the offset map back to the original', () => {
  it.each(EVASION_CASES.map((c) => [c]))('maps every range of both views of %j inside the original', (original) => {
    const normalized = normalizeText(original);
    expect(normalized.original).toBe(original);
    checkSpans(original, normalized.light, 'light');
    checkSpans(original, normalized.folded, 'folded');
  });

  it('keeps the invariants on generated mixes of evasion characters', () => {
    const alphabet = ['a', 'F', '1', '0', '.', ' ', '\n', '\t', '\r', '무', '료', '천', '일', 'ㅈ', 'ㅣ', 'ㄴ', 'ㅋ', '\u200B', '\u00AD', '\uFEFF', '\u0301', '🎁', '👨‍👩‍👧', '１', 'Ａ', 'а', 'о', 'ﬁ', '-', '·', '$', '%', '①', '𝐟', 'ß', 'İ', 'ǅ'];
    let seed = 20190212;
    const random = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    for (let t = 0; t < 200; t++) {
      let original = '';
      const length = 1 + Math.floor(random() * 10);
      for (let k = 0; k < length; k++) original += alphabet[Math.floor(random() * alphabet.length)];
      const normalized = normalizeText(original);
      checkSpans(original, normalized.light, `light of ${JSON.stringify(original)}`);
      checkSpans(original, normalized.folded, `folded of ${JSON.stringify(original)}`);
    }
  });

  it('quotes the original substring of a match found in the folded view', () => {
    const original = '천만에요 １ ０ ０ ０ 일 무료';
    const { folded: view } = normalizeText(original);
    const at = view.text.indexOf('1000일');
    expect(at).toBeGreaterThanOrEqual(0);
    const span = toOriginalSpan(view, at, at + '1000일'.length);
    expect(original.slice(span.start, span.end)).toBe('１ ０ ０ ０ 일');
  });

  it('quotes evasions exactly as they were written', () => {
    const cases: Array<[string, string, string]> = [
      ['오늘만 무🎁료 이용권', '무료', '무🎁료'],
      ['Get it F.R.E.E now', 'free', 'F.R.E.E'],
      ['쇼핑몰 Аmаzоn 기프트', 'amazon', 'Аmаzоn'],
      ['ㅈㅣㄴㅣ뮤직 이벤트', '지니뮤직', 'ㅈㅣㄴㅣ뮤직'],
      ['무\u200B료 증정', '무료', '무\u200B료'],
      ['추 천 인 입력', '추천인', '추 천 인'],
    ];
    for (const [original, needle, quote] of cases) {
      const { folded: view } = normalizeText(original);
      const at = view.text.indexOf(needle);
      expect(at, original).toBeGreaterThanOrEqual(0);
      const span = toOriginalSpan(view, at, at + needle.length);
      expect(original.slice(span.start, span.end), original).toBe(quote);
    }
  });

  it('maps a folded whitespace run to the whole run', () => {
    const original = 'ab   \n\n  cd';
    const { folded: view } = normalizeText(original);
    expect(view.text).toBe('ab\ncd');
    const span = toOriginalSpan(view, 2, 3);
    expect(original.slice(span.start, span.end)).toBe('   \n\n  ');
  });

  it('gives an empty span for an empty or out-of-range range', () => {
    const { folded: view } = normalizeText('hello world');
    expect(toOriginalSpan(view, 3, 3)).toEqual({ start: 3, end: 3 });
    expect(toOriginalSpan(view, 5, 2)).toEqual({ start: 5, end: 5 });
    expect(toOriginalSpan(view, 100, 120)).toEqual({ start: 11, end: 11 });
    const empty = normalizeText('').folded;
    expect(toOriginalSpan(empty, 0, 0)).toEqual({ start: 0, end: 0 });
  });

  it('clamps an end beyond the view to the last unit', () => {
    const original = 'free pass';
    const { folded: view } = normalizeText(original);
    expect(toOriginalSpan(view, 5, 50)).toEqual({ start: 5, end: original.length });
  });
});

describe('initial-consonant spellings of lure words', () => {
  it('reads ㅊㅊㅇ, ㅁㄹ and ㅋㅍ as the words, and quotes them as written', () => {
    const original = 'ㅊㅊㅇ 코드 입력하면 ㅁㄹ 이용권, ㅋㅋㅋ ㅋㅍ 받기';
    const n = normalizeText(original);
    expect(n.folded.text).toBe('추천인 코드 입력하면 무료 이용권, ㅋㅋㅋ 쿠폰 받기');
    const at = n.folded.text.indexOf('무료');
    const span = toOriginalSpan(n.folded, at, at + 2);
    expect(original.slice(span.start, span.end)).toBe('ㅁㄹ');
  });

  it('leaves initials that are part of a longer run, and everyday chat, alone', () => {
    expect(normalizeText('ㅋㅋ ㅇㅇ ㅁㄹㅋ').folded.text).toBe('ㅋㅋ ㅇㅇ ㅁㄹㅋ');
  });
});

describe('normalizeText: kana sound marks', () => {
  it('reads the spacing voiced sound mark as a symbol, so that no letter goes missing around it', () => {
    // a counterexample fast-check found: NFKC turns ゛ into a space and a combining mark
    const { light, folded } = normalizeText('추 천 인\u309b\u2ef3');
    expect(folded.text.startsWith('추천인')).toBe(true);
    expect(light.text).toContain('추 천 인');
    expect(isLetterOrDigit(0x309b)).toBe(false);
    expect(isLetterOrDigit(0x30ab)).toBe(true);
  });
});

describe('normalizeText: lone surrogates', () => {
  // found by src/properties.test.ts: a lone low surrogate was read "as its pair" by looking one unit
  // back, recursively, so a run of 20 000 of them overflowed the stack
  it('reads a long run of lone low surrogates without recursion, mapping every unit inside the original', () => {
    const text = `free ${'\udfff'.repeat(50_000)} 1000일 무료`;
    const normalized = normalizeText(text);
    expect(normalized.folded.text).toContain('1000일 무료');
    expect(normalized.folded.text).toContain('free');
  });

  it('still reads a surrogate pair (an emoji between letters) as one symbol', () => {
    expect(normalizeText('무🎁료').folded.text).toBe('무료');
  });
});

describe('normalizeText: addresses and words written to dodge filters', () => {
  const folded = (s: string): string => normalizeText(s).folded.text;

  it('reads spaced, spelled-out and defanged addresses as addresses', () => {
    expect(folded('Claim: bit . ly / Amz-gift30')).toBe('claim: bit.ly/amz-gift30');
    expect(folded('join → t dot me slash dplusgiftclub')).toContain('t.me/dplusgiftclub');
    expect(folded('open.kakao[.]com/o/sAbc')).toBe('open.kakao.com/o/sabc');
    expect(folded('join t.me slash promo')).toBe('join t.me/promo');
    expect(folded('claim: bit.ly / x7')).toBe('claim: bit.ly/x7');
    expect(folded('채널: pf 점 kakao 점 com')).toContain('pf.kakao.com');
    expect(folded('📲 emirates-skyrewards . net')).toContain('emirates-skyrewards.net');
    expect(folded('확인: e-fine24 닷 cc 에서 조회')).toContain('e-fine24.cc');
    expect(folded('주소 수정 c j g l s - k r 점 t o p / a d d r')).toContain('cjgls-kr.top/addr');
    expect(folded('청첩장 보기 wed-card 점 kro 점 kr 슬래시 jh0412')).toContain('wed-card.kro.kr/jh0412');
    expect(folded('heartlink-ko쩜com 가입')).toContain('heartlink-ko.com');
    // lure hosts on newer cheap endings, spaced apart; the same words spelled out stay words
    expect(folded('스캔이 안 될 경우: daum-mailbox . help / upgrade 를 직접 입력')).toContain('daum-mailbox.help/upgrade');
    expect(folded('we need a hand dot help wanted')).toBe('we need a hand dot help wanted');
  });

  it('keeps the dots and hyphens of an address spelled out letter by letter, and still joins dotted-apart words', () => {
    expect(folded('k t - b o s a n g . i c u / r e')).toBe('kt-bosang.icu/r e');
    expect(folded('f . r . e . e gift')).toBe('free gift');
    expect(folded('f.r.e.e gift')).toBe('free gift');
    expect(folded('무 . 료 이용권')).toBe('무료 이용권');
    const text = '접속: k t - b o s a n g . i c u';
    const view = normalizeText(text).folded;
    const at = view.text.indexOf('kt-bosang.icu');
    const span = toOriginalSpan(view, at, at + 'kt-bosang.icu'.length);
    expect(text.slice(span.start, span.end)).toBe('k t - b o s a n g . i c u');
  });

  it('leaves sentences alone', () => {
    expect(folded('I went home . Then we ate.')).toBe('i went home . then we ate.');
    expect(folded('That was the end. Me and my friends left.')).toBe('that was the end. me and my friends left.');
    expect(folded('a polka dot dress')).toBe('a polka dot dress');
    expect(folded('시험 100점 받았어')).toBe('시험 100점 받았어');
    expect(folded('a 매장점 com 보다')).toBe('a 매장점 com 보다');
  });

  it('reads text-message spellings of lure words, but not U.S. or LG U+', () => {
    expect(folded('U were chosen! Claim b4 midnight pls')).toBe('you were chosen! claim before midnight please');
    expect(folded('OPEN TO U.S. RESIDENTS')).toBe('open to u.s. residents');
    expect(folded('LG U+ 고객님')).toBe('lg u+ 고객님');
    expect(folded('get the b o n u s now, see the m e n u')).toBe('get the bonus now, see the menu');
  });

  it('quotes the address as it was written', () => {
    const text = 'Claim b4 midnight: bit . ly / Amz-gift30 (no spaces)';
    const view = normalizeText(text).folded;
    const at = view.text.indexOf('bit.ly/amz-gift30');
    expect(at).toBeGreaterThan(0);
    const span = toOriginalSpan(view, at, at + 'bit.ly/amz-gift30'.length);
    expect(text.slice(span.start, span.end)).toBe('bit . ly / Amz-gift30');
  });
});

describe('normalizeText: boxed letters', () => {
  it('reads squared and negative circled or squared capitals as their letter, and keeps emoji out', () => {
    const text = 'F🔥R🔥E🔥E 13,500 V-B🅤CKS 🄵🅁🅴🅴';
    const folded = normalizeText(text).folded;
    expect(folded.text).toContain('v-bucks');
    expect(folded.text).toContain('free');
    const at = folded.text.indexOf('v-bucks');
    const span = toOriginalSpan(folded, at, at + 7);
    expect(text.slice(span.start, span.end)).toBe('V-B🅤CKS');
  });
});
