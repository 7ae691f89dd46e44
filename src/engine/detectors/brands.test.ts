import { describe, expect, it } from 'vitest';
import type { Link } from '../context.js';
import { scanText } from '../scan.js';
import { loadShippedRules } from '../shipped.js';

describe('brand detector, official-domain mode', () => {
  /** Whether the shipped rules credit a text with the brand's own official domain. */
  const credited = async (text: string): Promise<boolean> =>
    scanText(text, await loadShippedRules()).hits.some((h) => h.rule === 'any.brand.official-domain');

  it("credits a page that links the named brand's own site, unless its form sends what is typed to another site", async () => {
    const rules = await loadShippedRules();
    const text = '쿠팡 고객님 개인정보 유출 보상금 조회\n로그인 후 확인하세요';
    const nav: Link[] = [{ href: 'https://www.coupang.com/', text: '쿠팡 홈' }];
    const creditedWith = (links: Link[]): boolean => scanText(text, rules, { links }).hits.some((h) => h.rule === 'any.brand.official-domain');
    expect(creditedWith(nav)).toBe(true);
    expect(creditedWith([...nav, { href: 'https://cpang-bosang.top/check', text: '조회', form: true }])).toBe(false);
    // an action written without a scheme is read by the same address parser as every other link
    expect(creditedWith([...nav, { href: 'cpang-bosang.top/check', text: '조회', form: true }])).toBe(false);
    // the brand's own form, and a form that stays on the page's site, change nothing
    expect(creditedWith([...nav, { href: 'https://login.coupang.com/submit', text: '로그인', form: true }])).toBe(true);
    expect(creditedWith([...nav, { href: '/search', text: '', form: true }])).toBe(true);
    // an ordinary link elsewhere is judged by the link rules, not here
    expect(creditedWith([...nav, { href: 'https://cpang-bosang.top/check', text: '조회' }])).toBe(true);
  });

  it('does not credit a domain written as the name of a gift card, but does credit it written as an address', async () => {
    expect(await credited('Amazon: convert your balance into an Amazon.com or Visa eGift card before Friday.')).toBe(false);
    expect(await credited('Amazon: your Amazon.com gift card is waiting.')).toBe(false);
    expect(await credited('Amazon: see your orders at amazon.com before Friday.')).toBe(true);
  });

  it("does not credit a card statement's merchant descriptor in capitals, but does credit the domain written as an address", async () => {
    expect(await credited('AMEX: A charge of $2,149.99 at APPLE.COM/BILL was declined. If this was not you, call 1-833-276-4019.')).toBe(false);
    expect(await credited('Apple: manage your subscriptions at apple.com/bill before Friday.')).toBe(true);
  });

  it('does not credit the merchant a charge alert names, written in any case, but does credit a link to the brand', async () => {
    expect(await credited('APPLE PAY ALERT: A charge of $649.99 at BestBuy.com was approved. If this was NOT you, call 1-866-555-0183.')).toBe(false);
    expect(await credited('Best Buy: track your order at bestbuy.com/orders before Friday.')).toBe(true);
  });

  it("does not credit a text's sender tag written as a domain ([Trip.com]): it names the sender, it is no link", async () => {
    expect(await credited('[Trip.com] 예약 확정 오사카 3박. 취소를 원하시면 고객센터 02-6299-1472 로 연락 주세요.')).toBe(false);
    expect(await credited('[Trip.com] 예약 확정 오사카 3박. 예약 내역은 trip.com 에서 확인하세요.')).toBe(true);
  });
});

describe('brand detector, foreign-phone mode', () => {
  const phoneHit = async (text: string): Promise<string | undefined> => {
    const rules = await loadShippedRules();
    return scanText(text, rules).hits.find((h) => h.rule === 'any.brand.foreign-phone')?.evidence[0]?.text;
  };

  it("reads a line or a mobile next to a brand that lists its numbers, but not the brand's own number", async () => {
    expect(await phoneHit('[KB국민카드] 해외승인 USD 89.00. 본인 사용이 아닐 경우 02-3485-7721')).toMatch(/^KB국민카드[\s\S]*02-3485-7721$/);
    expect(await phoneHit('Barclays: a new payee was added. Not you? Call 020 7946 0813')).toMatch(/020 7946 0813$/);
    expect(await phoneHit('[KB국민카드] 해외승인 USD 89.00. 문의 1588-1688')).toBeUndefined();
    // the brand's own line given in international form, as carriers give it for roaming
    expect(await phoneHit('[SKT] 로밍 요금 안내. 해외에서 문의 +82-2-6343-9000')).toBeUndefined();
  });

  it('leaves service numbers, masked numbers aside, to other rules: firms rent more of them than a registry lists', async () => {
    expect(await phoneHit('[KB국민은행] 점검 안내. 문의 1588-9917')).toBeUndefined();
    expect(await phoneHit('Chase Bank: questions about your statement? Call 1-800-432-0000')).toBeUndefined();
    expect(await phoneHit('[현대카드] 승인 1,389,000원 본인 결제 아닐 시 1522-86xx')).toMatch(/1522-86xx$/);
  });

  it('credits a number to the brand named nearest it, and not to a branch, a store or a brand that lists no numbers', async () => {
    expect(await phoneHit('보험금이 농협은행 계좌로 지급되었습니다.\n메리츠화재 문의 02-2175-3390')).toBeUndefined();
    expect(await phoneHit('신한은행 강남지점 02-555-1234 로 방문 예약하세요')).toBeUndefined();
    expect(await phoneHit('아이폰 16 미개봉 팝니다 010-2231-4402')).toBeUndefined();
    // 국세청's list is empty: it gives out no line, so any line given in its name is not its own
    expect(await phoneHit('[국세청] 세무조사 대상 통지. 담당 조사관 02-3011-4827')).toMatch(/02-3011-4827$/);
  });

  it("leaves the customer's own number, a courier's mobile, a payee's bank and a discount card alone", async () => {
    expect(await phoneHit('[SKT] 고객님 010-1234-5678 번호의 요금이 연체되었습니다')).toBeUndefined();
    expect(await phoneHit('[하나은행] 고객님(010-1234-56**)의 인증번호는 482913 입니다')).toBeUndefined();
    expect(await phoneHit('[우체국택배] 오늘 14~16시 배송 예정입니다. 집배원 홍길동 010-2345-6789')).toBeUndefined();
    expect(await phoneHit('[OO학원] 3월 수강료 안내. 입금계좌 국민은행 123456-01-123456 문의 010-2345-6789')).toBeUndefined();
    expect(await phoneHit('[OO마트] 신한카드 결제 시 10% 청구할인. 문의 02-123-4567')).toBeUndefined();
  });

  it('reads a line after a time, in a Gyeonggi area code, or after words that merely end in 점 or hold "store"', async () => {
    expect(await phoneHit('[KB국민카드] 해외승인 09:00 경기 031-485-7721 로 문의')).toMatch(/031-485-7721$/);
    expect(await phoneHit('[KB국민은행] 신용점수 하락 안내. 문의 02-3485-7721')).toMatch(/02-3485-7721$/);
    expect(await phoneHit('Barclays: to restore access, call 020 7946 0813')).toMatch(/020 7946 0813$/);
    expect(await phoneHit('[KB국민은행] 운영시간 09:00~18:00 1588-9999')).toBeUndefined();
  });
});

describe('brand detector, sender-tag-phone mode', () => {
  const tagHit = async (rule: string, text: string): Promise<string | undefined> => {
    const rules = await loadShippedRules();
    return scanText(text, rules).hits.find((h) => h.rule === rule)?.evidence[0]?.text;
  };
  const lineHit = (text: string) => tagHit('any.brand.sender-tag-line', text);
  const mobileHit = (text: string) => tagHit('any.brand.sender-tag-phone', text);

  it('reads a landline, or a mobile or internet phone, in a text signed by a brand that lists no numbers', async () => {
    expect(await lineHit('[청호나이스] 소유권 이전 수수료 33,000원 미납. 납부 및 문의 02-6952-4407')).toMatch(/^청호나이스\][\s\S]*02-6952-4407$/);
    expect(await mobileHit('[청호나이스] 소유권 이전 수수료 33,000원 미납. 납부 및 문의 02-6952-4407')).toBeUndefined();
    expect(await mobileHit('[Web발신]\n[와디즈] 펀딩 반환금 안내. 반환 신청 070-4823-1190')).toMatch(/070-4823-1190$/);
    expect(await lineHit('[Web발신]\n[와디즈] 펀딩 반환금 안내. 반환 신청 070-4823-1190')).toBeUndefined();
    expect(await lineHit('Netflix: your payment failed. Call 0203 875 1290 to keep your account')).toMatch(/0203 875 1290$/);
    expect(await mobileHit('Ocado: your driver could not deliver. Text 07441 905238 to rebook')).toMatch(/07441 905238$/);
  });

  it("leaves brands that list their numbers to foreign-phone: one number is not counted twice", async () => {
    const text = '[하나은행] 정기예금 만기 안내. 문의 02-515-1234';
    expect(await lineHit(text)).toBeUndefined();
    expect(await mobileHit('[하나은행] 정기예금 만기 안내. 문의 010-2515-1234')).toBeUndefined();
  });

  it('leaves service numbers, masked and proxy numbers, unsigned texts and numbers far after the tag alone', async () => {
    expect(await lineHit('[청호나이스] 필터 교체 안내. 고객센터 1588-5500')).toBeUndefined();
    expect(await mobileHit('[쿠팡] 홍길동(010-1234-56**) 고객님 상품 출고 안내')).toBeUndefined();
    expect(await mobileHit('[배달의민족] 주문이 접수되었습니다. 가게 안심번호 0504-1234-5678')).toBeUndefined();
    expect(await mobileHit('청호나이스 정수기 팝니다 010-1234-5678')).toBeUndefined();
    expect(await lineHit(`[청호나이스] 렌탈 안내 ${'가'.repeat(320)} 02-6952-4407`)).toBeUndefined();
  });

  it("leaves staff members' numbers, a fax, a shop's or a host's number, classified ads and branches' texts alone", async () => {
    expect(await mobileHit('[세스코] 정기 방역 방문 예정입니다. 담당: 이도윤 (010-3827-5102)')).toBeUndefined();
    expect(await mobileHit('[세스코] 방문 예정입니다. 김민수 매니저 010-3827-5102')).toBeUndefined();
    expect(await mobileHit('[코웨이] 렌탈료 미납 안내. 납부 문의 담당 코디 김은정 010-2345-6789')).toBeUndefined();
    expect(await mobileHit('Tesco: your delivery driver today is Paul, 07700 900321')).toBeUndefined();
    expect(await lineHit('[월드비전] 후원 영수증 안내. 팩스 02-2078-7001')).toBeUndefined();
    expect(await lineHit('[똑닥] 예약이 확정되었습니다. 연세소아과의원 5/15 09:30. 병원 전화 031-123-4567')).toBeUndefined();
    expect(await mobileHit('[삼성전자] 갤럭시 S24 울트라 미개봉 팝니다 직거래 010-1234-5678')).toBeUndefined();
    expect(await lineHit('[농협하나로마트 여주점] 경품 당첨 안내. 문의 031-882-4411')).toBeUndefined();
  });

  it('reads a brand whose own name ends in 점, and a tag quoted inside a chat whose title names the messenger', async () => {
    expect(await mobileHit('[현대백화점] VIP 라운지 연회비 300,000원 결제. 취소 문의 070-6952-4407')).toMatch(/070-6952-4407$/);
    expect(await lineHit('[현대백화점 판교점] 사은품 수령 안내. 문의 031-5170-2233')).toBeUndefined();
    expect(await lineHit('[카카오톡 · 우리 가족]\n엄마: 이거 문자 왔는데 02-6952-4407 로 전화하래')).toBeUndefined();
    expect(await lineHit('[카카오톡 · 우리 가족]\n엄마: 이거 뭐니\n> [청호나이스] 렌탈료 미납 채권추심 이관 예정. 납부 문의 02-6952-4407')).toMatch(/02-6952-4407$/);
  });
});

describe('combo.callback-to-a-stranger', () => {
  const combos = async (text: string): Promise<string[]> => {
    const rules = await loadShippedRules();
    return scanText(text, rules).hits.map((h) => h.rule).filter((rule) => rule.startsWith('combo.callback'));
  };

  it('joins a callback pretext to a mobile or internet phone in a signed text, but not to a landline the brand may own', async () => {
    expect(await combos('[청호나이스] 렌탈료 자동결제 완료 99,000원. 본인 결제가 아닐 경우 취소 문의 070-4823-1190')).toEqual(['combo.callback-to-a-stranger']);
    expect(await combos('[청호나이스] 렌탈료 자동결제 완료 99,000원. 본인 결제가 아닐 경우 취소 문의 02-6952-4407')).toEqual([]);
  });
});

describe('brand detector, foreign-domain mode and settlement sites', () => {
  const domainHit = async (text: string): Promise<boolean> => {
    const rules = await loadShippedRules();
    return scanText(text, rules).hits.some((h) => h.rule === 'any.brand.foreign-domain');
  };

  it("leaves a class action's settlement site, named after the firm it sues, but not another site carrying the name", async () => {
    expect(await domainHit('Anthropic settlement: search the Works List at www.AnthropicCopyrightSettlement.com')).toBe(false);
    expect(await domainHit('Anthropic: claim your payout at www.anthropic-payout-claims.com')).toBe(true);
  });
});

describe('brand detector, sender-address mode', () => {
  const senderHit = async (text: string): Promise<string | undefined> => {
    const rules = await loadShippedRules();
    return scanText(text, rules).hits.find((h) => h.rule === 'any.brand.sender-address')?.evidence[0]?.text;
  };

  it('reads the sender line of a pasted e-mail: a brand named on another domain, a free mailbox, or a lookalike domain', async () => {
    expect(await senderHit('From: ChatGPT Billing <billing@chatgpt-subscriptions-billing.com>\nSubject: payment failed')).toBe('billing@chatgpt-subscriptions-billing.com');
    expect(await senderHit('From: Netflix Support <netflix.help.desk@gmail.com>\nSubject: account on hold')).toBe('netflix.help.desk@gmail.com');
    // no brand in the name, the mailbox or the domain: an unknown sender, not an impostor
    expect(await senderHit('From: Payroll Services <payroll-noreply@hr-paysync-portal.com>')).toBeUndefined();
  });

  it("leaves the brand's own domains and government addresses alone, and reads only sender lines", async () => {
    expect(await senderHit('From: Tesco Clubcard <clubcard@email.tesco.co.uk>\nYour vouchers are ready')).toBeUndefined();
    expect(await senderHit('From: HMRC <noreply@notifications.service.gov.uk>')).toBeUndefined();
    // an address in the body is a contact, not the sender
    expect(await senderHit('Questions about your Netflix plan? Write to netflix.help.desk@gmail.com')).toBeUndefined();
  });
});

describe('brand detector, lookalike domains', () => {
  it('takes a word two letters short of a brand token for another word, not a slip (logistics is not CJ Logistics)', async () => {
    const rules = await loadShippedRules();
    const lookalike = (text: string): boolean => scanText(text, rules).hits.some((h) => h.rule === 'any.brand.lookalike-domain');
    expect(lookalike('Track your order at https://brightline-logistics.com/track')).toBe(false);
    expect(lookalike('CJ대한통운 배송조회 https://cjlogistlcs.com/track')).toBe(true);
  });

  it("reads a brand's official domain written with a hyphen for a dot as a lookalike, and the real domain as its own", async () => {
    const rules = await loadShippedRules();
    const lookalike = (text: string): boolean => scanText(text, rules).hits.some((h) => h.rule === 'any.brand.lookalike-domain');
    expect(lookalike('웹 쿠폰함 mrpizza-co.kr/coupon 로그인하면 쿠폰 자동')).toBe(true);
    expect(lookalike('check www.naver-com.top/event')).toBe(true);
    expect(lookalike('쿠폰은 mrpizza.co.kr 쿠폰함에서')).toBe(false);
    expect(lookalike('our shop: pizza-corner.kr')).toBe(false);
  });
});

describe('brand detector, foreign-domain mode', () => {
  it("reads a subdomain on a hosting or deep-link platform as a user's or the brand's own page, not a forged address", async () => {
    const rules = await loadShippedRules();
    const foreign = (text: string): boolean => scanText(text, rules).hits.some((h) => h.rule === 'any.brand.foreign-domain');
    expect(foreign('Payday deals on GrabFood: order in the app https://grab.onelink.me/x/ph-payday')).toBe(false);
    expect(foreign('GrabFood payday refund: claim at https://grab-payday.onelink-refund.com/x')).toBe(true);
  });

  it('reads the domain of a mail address in the text as it reads a link, and leaves sender lines to the sender-address mode', async () => {
    const rules = await loadShippedRules();
    const hits = (text: string): string[] => scanText(text, rules).hits.filter((h) => h.rule.startsWith('any.brand.')).map((h) => `${h.rule} ${h.evidence[0]?.text}`);
    expect(hits('Email the agent, fleet-sales@hertz-vehicle-disposals.us, to reserve one')).toContain('any.brand.foreign-domain hertz-vehicle-disposals.us');
    // a mailbox on the brand's own domain, or on a mail service, names no forged address
    expect(hits('Questions? Write to fleet-sales@hertz.com')).not.toContain('any.brand.foreign-domain hertz.com');
    expect(hits('받는사람: hanul_recipe@naver.com\n주문하신 상품이 발송되었습니다').filter((h) => h.startsWith('any.brand.foreign-domain') || h.startsWith('any.brand.lookalike-domain'))).toEqual([]);
    // the sender line counts once, in its own mode
    const sender = hits('From: Hertz Rewards <gold@hertz-rewards-club.com>\nSubject: your free upgrade');
    expect(sender).toContain('any.brand.sender-address gold@hertz-rewards-club.com');
    expect(sender.some((h) => h.startsWith('any.brand.foreign-domain'))).toBe(false);
  });

  it("reads a brand token inside an address word its brand lists in not_inside as that word (lottery holds lotte), and elsewhere as the brand", async () => {
    const rules = await loadShippedRules();
    const foreign = (text: string): boolean => scanText(text, rules).hits.some((h) => h.rule === 'any.brand.foreign-domain');
    expect(foreign('Enter your non-winning tickets at michiganlottery.com/second-chance')).toBe(false);
    expect(foreign('Lotte Mart anniversary coupons at lottemartevent.com/coupon')).toBe(true);
  });
});

describe('brand detector, domain labels that are everyday words', () => {
  it('reads paris (of paris.co.kr) only as a whole part of an address in a post that names the brand', async () => {
    const rules = await loadShippedRules();
    const impersonates = (text: string): boolean => scanText(text, rules).hits.some((h) => h.rule === 'any.brand.foreign-domain' || h.rule === 'any.brand.lookalike-domain');
    expect(impersonates('Parish oil club: see https://greatashby-parish.org.uk')).toBe(false);
    expect(impersonates('Our Paris weekend: we booked through https://paris-hotels.example.com')).toBe(false);
    expect(impersonates('파리바게뜨 창립 기념 쿠폰 받기 https://paris-coupon.shop/a')).toBe(true);
  });
});

describe('brand detector, names inside other words', () => {
  it('reads no brand in a longer word the registry lists (타이베이 holds 이베이), and still reads the name alone', async () => {
    const rules = await loadShippedRules();
    const tagged = (tag: string): boolean => scanText(`[${tag}]\n공식 사이트는 5000.taiwan-lucky.example.com 이야`, rules).hits.some((h) => h.rule === 'any.brand.sender-tag-link');
    expect(tagged('5월 타이베이 3박4일')).toBe(false);
    expect(tagged('이베이 코리아')).toBe(true);
  });
});

