import { describe, expect, it } from 'vitest';
import { canonicalPhone, findPhoneNumbers, isServiceNumber } from './phones.js';

const digitsIn = (text: string): string[] => findPhoneNumbers(text.toLowerCase()).map((n) => n.digits);

describe('findPhoneNumbers', () => {
  it('reads Korean representative, landline, mobile and internet numbers', () => {
    expect(digitsIn('고객센터 1588-9999 또는 1599 8000')).toEqual(['15889999', '15998000']);
    expect(digitsIn('☎ 02-6925-0000, 031-123-4567, 010 1234 5678, 070-4823-1190, (02)3448-9012')).toEqual([
      '0269250000',
      '0311234567',
      '01012345678',
      '07048231190',
      '0234489012',
    ]);
  });

  it('reads North American, British and Australian numbers and strips country codes', () => {
    expect(digitsIn('Call 1-800-275-2273 or +1 (415) 555-0199 or 888.280.4331')).toEqual(['8002752273', '4155550199', '8882804331']);
    expect(digitsIn('HMRC 0300 200 3300, Royal Mail 03457 740 740, +44 20 7946 0000, +44 (0)20 7946 0001')).toEqual([
      '03002003300',
      '03457740740',
      '02079460000',
      '02079460001',
    ]);
    expect(digitsIn('+82 10-1234-5678 and 1300 123 456')).toEqual(['01012345678', '1300123456']);
    expect(digitsIn('From: +63 917 555 0148, or +852 2961 8043')).toEqual(['00639175550148', '0085229618043']);
    expect(digitsIn('Recruitment Officer +971 55 318 2047')).toEqual(['00971553182047']);
  });

  it('tells rented service numbers from lines: British 03 ranges, not Korean 031-033 area codes', () => {
    expect(isServiceNumber('03002003300')).toBe(true);
    expect(isServiceNumber('03457404404')).toBe(true);
    expect(isServiceNumber('0314857721')).toBe(false);
    expect(isServiceNumber('03112345678')).toBe(false);
    expect(isServiceNumber('15889999')).toBe(true);
    expect(isServiceNumber('8002752273')).toBe(true);
    expect(isServiceNumber('0234857721')).toBe(false);
  });

  it('marks masked digits, which no listed number has', () => {
    const [number] = findPhoneNumbers('신고센터 02-3448-90** 로 연락');
    expect(number).toMatchObject({ digits: '02344890xx', masked: true });
    expect(findPhoneNumbers('전담 1522-86xx')[0]?.masked).toBe(true);
    // a letter O for a zero hides the number from filters, and is no brand's number either
    expect(findPhoneNumbers('☎ 02-3141-97o6 로')[0]).toMatchObject({ digits: '02314197x6', masked: true });
  });

  it('leaves amounts, dates, account and order numbers alone', () => {
    expect(digitsIn('1,289,000원 승인 2026.03.15 주문번호 17234567 계좌 110-432-123456 1002-345-678901 3333-01-1234567')).toEqual([]);
    expect(digitsIn('tracking 9400 1234 5678 9012 3456 78 and card 4111-1111-1111-1111')).toEqual([]);
    expect(digitsIn('1588-1234-56')).toEqual([]);
    expect(digitsIn('Optus Pty Limited ABN 90 052 833 208')).toEqual([]);
    expect(digitsIn('고객번호 0012345678, 주문번호 01234567890, 고객번호 01-2345-6789')).toEqual([]);
  });

  it('finds a number that starts inside something it is not: a time, an amount', () => {
    expect(digitsIn('운영시간 평일 09:00~18:00 1588-9999')).toEqual(['15889999']);
    expect(digitsIn('USD 89.00 02-3485-7721')).toEqual(['0234857721']);
  });

  it('reads a representative number dialled from abroad, and twelve-digit 050x numbers', () => {
    expect(digitsIn('해외에서는 +82 1588-1688')).toEqual(['15881688']);
    expect(digitsIn('안심번호 0504-1234-5678')).toEqual(['050412345678']);
  });
});

describe('canonicalPhone', () => {
  it('gives one number written any way the same form', () => {
    expect(canonicalPhone('1-800-275-2273')).toBe(canonicalPhone('(800) 275-2273'));
    expect(canonicalPhone('+44 300 200 3300')).toBe('03002003300');
  });

  it('refuses what is not exactly one number', () => {
    expect(canonicalPhone('114')).toBeNull();
    expect(canonicalPhone('1588-9999 1599-9999')).toBeNull();
    expect(canonicalPhone('call 1588-9999')).toBeNull();
  });
});
