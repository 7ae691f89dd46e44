import { describe, expect, it } from 'vitest';
import { normalizeText } from './normalize.js';
import { findQuantities, MONEY_MARKS, type Quantity } from './quantities.js';

/** Quantities of the folded view of `input`, each with the folded text it covers. */
function quantities(input: string): Array<Quantity & { text: string }> {
  const folded = normalizeText(input).folded.text;
  return findQuantities(folded).map((q) => ({ ...q, text: folded.slice(q.start, q.end) }));
}

function only(input: string): Quantity & { text: string } {
  const found = quantities(input);
  expect(found, `quantities of ${JSON.stringify(input)}`).toHaveLength(1);
  return found[0]!;
}

describe('findQuantities: durations', () => {
  it.each([
    ['1000일 무료 이용권', 1000, '1000일'],
    ['천 일 무료', 1000, '천 일'],
    ['천일 무료 스트리밍', 1000, '천일'],
    ['삼 년 이용권', 3 * 365, '삼 년'],
    ['3년 이용권', 3 * 365, '3년'],
    ['일 년 무료', 365, '일 년'],
    ['일주일 무료', 7, '일주일'],
    ['12개월 무료', 360, '12개월'],
    ['1000-day free pass', 1000, '1000-day'],
    ['3 years free', 3 * 365, '3 years'],
    ['three years free', 3 * 365, 'three years'],
    ['THREE YEARS FREE', 3 * 365, 'three years'],
    ['12 months of premium', 360, '12 months'],
    ['2 weeks trial', 14, '2 weeks'],
    ['a year of music', 365, 'a year'],
  ])('%j → %d days', (input, days, text) => {
    const q = only(input);
    expect(q.kind).toBe('duration');
    expect(q).toMatchObject({ kind: 'duration', days, text });
  });

  it('reads a business\'s age ("to celebrate 5 years") as no span, and an offer after it as one', () => {
    expect(quantities('To celebrate 5 years we\'re giving away a free cake').filter((q) => q.kind === 'duration')).toEqual([]);
    expect(quantities('We have been baking for the past 12 years').filter((q) => q.kind === 'duration')).toEqual([]);
    expect(quantities("it's FCA regulated, been using it 3 yrs. The free share is their referral bonus").filter((q) => q.kind === 'duration')).toEqual([]);
    expect(only('Celebrating our launch: 3 years free for everyone')).toMatchObject({ kind: 'duration', days: 3 * 365 });
  });

  it('reads 평생교육 (lifelong learning) as no span, and 평생 무료 as one', () => {
    expect(quantities('2026년 평생교육이용권 이용자 모집').filter((q) => q.kind === 'duration')).toEqual([]);
    expect(quantities('lifelong learning voucher for adults').filter((q) => q.kind === 'duration')).toEqual([]);
    // 영구치 is a permanent tooth, 영구 정지 a permanent ban: neither is a free pass
    expect(quantities('영구치 발거 후 임플란트 치료 시 보험금 지급').filter((q) => q.kind === 'duration')).toEqual([]);
    expect(quantities('계정 영구 정지 예정, 보상 지급 불가').filter((q) => q.kind === 'duration')).toEqual([]);
    expect(only('평생 무료 이용권 증정')).toMatchObject({ kind: 'duration', days: Infinity });
  });

  it('reads a reference period ("과거 2년 같은 달 평균") as no span, and a pass after it as one', () => {
    expect(quantities('과거 2년 같은 달 평균보다 덜 쓰면').filter((q) => q.kind === 'duration')).toEqual([]);
    expect(quantities('지난 3년간 이용 실적 기준').filter((q) => q.kind === 'duration')).toEqual([]);
    expect(only('회원님께 2년 무료 이용권을 드립니다')).toMatchObject({ kind: 'duration', days: 2 * 365 });
  });

  it('reads an age, a bound or years of experience as no span ("24개월 미만 영아는 무료", "경력 5~8년"), and a pass next to them as one', () => {
    const durations = (input: string): number[] => quantities(input).filter((q) => q.kind === 'duration').map((q) => (q as { days: number }).days);
    expect(durations('24개월 미만 영아는 보호자 동반 시 무료')).toEqual([]);
    expect(durations('kids 3 years and under go free; children 5 years old and up pay')).toEqual([]);
    expect(durations('백엔드 개발 경력 5~8년 포지션으로 제안드립니다')).toEqual([]);
    expect(durations('생후 6개월 이상 아기')).toEqual([]);
    expect(durations('24개월 미만 무료, 가입하면 3년 무료 이용권 증정')).toEqual([3 * 365]);
  });

  it('reads "N년 차" (the Nth year) as a count, not a span, and "3일 차단" as a span', () => {
    expect(quantities('2년 차에도 잘 부탁드려요').filter((q) => q.kind === 'duration')).toEqual([]);
    expect(quantities('다이어트 3일차, 입사 6개월 차').filter((q) => q.kind === 'duration')).toEqual([]);
    expect(only('계정이 3일 차단됩니다')).toMatchObject({ kind: 'duration', days: 3 });
  });

  it('reads "06년생" (born in 2006) as no span', () => {
    expect(quantities('#청년문화예술패스 #06년생 #스무살').filter((q) => q.kind === 'duration')).toEqual([]);
    expect(only('이용권 1년 무료')).toMatchObject({ kind: 'duration', days: 365 });
  });

  it('reads spaced-out and fullwidth digits through the folded view', () => {
    expect(only('１ ０ ０ ０ 일 무료')).toMatchObject({ kind: 'duration', days: 1000, text: '1000일' });
    expect(only('１０００일')).toMatchObject({ kind: 'duration', days: 1000, start: 0, end: 5 });
  });

  it.each([
    ['lifetime premium', 'lifetime'],
    ['평생 무료 이용권', '평생'],
    ['영구 무료', '영구'],
    ['free forever', 'forever'],
  ])('%j is an endless duration', (input, text) => {
    const q = only(input);
    expect(q).toMatchObject({ kind: 'duration', days: Infinity, text });
  });

  it('gives start and end in the folded text', () => {
    const text = '지니뮤직 천 일 무료';
    const folded = normalizeText(text).folded.text;
    const [q] = findQuantities(folded);
    expect(q).toMatchObject({ kind: 'duration', days: 1000, start: 5, end: 8 });
  });

  it.each([
    ['2019년 무료 이벤트는 종료되었습니다'],
    ['2024년'],
    ['추천인 입력'],
    ['삼성 갤럭시'],
    ['일요일 오후'],
    ['매일 출석'],
    ['이벤트 안내'],
  ])('%j holds no duration', (input) => {
    expect(quantities(input).filter((q) => q.kind === 'duration')).toEqual([]);
  });

  it('reads a year next to a real duration as just the duration', () => {
    const found = quantities('2019년 3년 무료');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: 'duration', days: 1095, text: '3년' });
  });
});

describe('findQuantities: money', () => {
  it.each([
    ['100만원 상품권', 1_000_000, 'KRW', '100만원'],
    ['1천만원', 10_000_000, 'KRW', '1천만원'],
    ['백만 원 현금 지급', 1_000_000, 'KRW', '백만 원'],
    ['3천 원', 3000, 'KRW', '3천 원'],
    ['신세계 상품권 50만 원권', 500_000, 'KRW', '50만 원'],
    ['200,000원', 200_000, 'KRW', '200,000원'],
    ['1억원', 100_000_000, 'KRW', '1억원'],
    ['삼천오백만원', 35_000_000, 'KRW', '삼천오백만원'],
    ['$500 gift card', 500, 'USD', '$500'],
    ['$1,000 voucher', 1000, 'USD', '$1,000'],
    ['$1k', 1000, 'USD', '$1k'],
    ['$1.5m prize', 1_500_000, 'USD', '$1.5m'],
    ['£250 voucher', 250, 'GBP', '£250'],
    ['€100 bonus', 100, 'EUR', '€100'],
    ['500 dollars', 500, 'USD', '500 dollars'],
    ['one thousand dollars', 1000, 'USD', 'one thousand dollars'],
    ['one hundred and fifty dollars', 150, 'USD', 'one hundred and fifty dollars'],
    ['20 euros', 20, 'EUR', '20 euros'],
  ])('%j → %d %s', (input, amount, currency, text) => {
    const q = only(input);
    expect(q.kind).toBe('money');
    expect(q).toMatchObject({ kind: 'money', amount, currency, text });
  });

  it('reads fullwidth amounts', () => {
    expect(only('１００만원')).toMatchObject({ kind: 'money', amount: 1_000_000, currency: 'KRW' });
  });
});

describe('findQuantities: percent and counts', () => {
  it('reads a percentage', () => {
    expect(only('100% 당첨')).toMatchObject({ kind: 'percent', value: 100, start: 0, end: 4, text: '100%' });
  });

  it('reads a head count', () => {
    expect(only('선착순 15명 추첨')).toMatchObject({ kind: 'count', value: 15, text: '15명' });
  });
});

describe('findQuantities: several in one text', () => {
  it('returns every quantity sorted by position, none overlapping', () => {
    const found = quantities('평생 무료! 선착순 100명에게 100만원 상품권과 3년 이용권, 당첨 확률 100%');
    expect(found.map((q) => q.kind)).toEqual(['duration', 'count', 'money', 'duration', 'percent']);
    expect(found.map((q) => q.text)).toEqual(['평생', '100명', '100만원', '3년', '100%']);
    for (let k = 1; k < found.length; k++) expect(found[k]!.start).toBeGreaterThanOrEqual(found[k - 1]!.end);
  });

  it('finds nothing in a text without numbers', () => {
    expect(findQuantities('')).toEqual([]);
    expect(quantities('오늘 단 하루 특별 이벤트')).toEqual([]);
    expect(quantities('hello there, free pass')).toEqual([]);
  });

  it('does not read digits inside a code or a word', () => {
    expect(quantities('추천인 코드 abc100일')).toEqual([]);
  });
});

describe('MONEY_MARKS', () => {
  it('holds a mark of every money quantity the reader finds', () => {
    const samples = ['$5', '£29.99', '€10', '₩5000', '5 dollars', '20 bucks', '10 quid', '30 pounds', '15 euros', '50 usd', '7 gbp', '9 eur', '3만원', '백만 원', '5 달러', '10 불', '20 파운드', '30 유로', '1000 krw', '5천원', '2억원'];
    for (const sample of samples) {
      const money = findQuantities(sample).filter((q) => q.kind === 'money');
      expect(money, sample).toHaveLength(1);
      const written = sample.slice(money[0]!.start, money[0]!.end);
      expect(MONEY_MARKS.some((mark) => written.includes(mark)), `${sample} → ${written}`).toBe(true);
    }
  });
});
