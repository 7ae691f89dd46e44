import { describe, expect, it } from 'vitest';
import type { Link } from '../context.js';
import { scanText } from '../scan.js';
import { loadShippedRules } from '../shipped.js';

describe('brand detector, official-domain mode', () => {
  it("credits a page that links the named brand's own site, unless its form sends what is typed to another site", async () => {
    const rules = await loadShippedRules();
    const text = '쿠팡 고객님 개인정보 유출 보상금 조회\n로그인 후 확인하세요';
    const nav: Link[] = [{ href: 'https://www.coupang.com/', text: '쿠팡 홈' }];
    const credited = (links: Link[]): boolean => scanText(text, rules, { links }).hits.some((h) => h.rule === 'any.brand.official-domain');
    expect(credited(nav)).toBe(true);
    expect(credited([...nav, { href: 'https://cpang-bosang.top/check', text: '조회', form: true }])).toBe(false);
    // an action written without a scheme is read by the same address parser as every other link
    expect(credited([...nav, { href: 'cpang-bosang.top/check', text: '조회', form: true }])).toBe(false);
    // the brand's own form, and a form that stays on the page's site, change nothing
    expect(credited([...nav, { href: 'https://login.coupang.com/submit', text: '로그인', form: true }])).toBe(true);
    expect(credited([...nav, { href: '/search', text: '', form: true }])).toBe(true);
    // an ordinary link elsewhere is judged by the link rules, not here
    expect(credited([...nav, { href: 'https://cpang-bosang.top/check', text: '조회' }])).toBe(true);
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
});

describe('brand detector, foreign-domain mode', () => {
  it("reads a subdomain on a hosting or deep-link platform as a user's or the brand's own page, not a forged address", async () => {
    const rules = await loadShippedRules();
    const foreign = (text: string): boolean => scanText(text, rules).hits.some((h) => h.rule === 'any.brand.foreign-domain');
    expect(foreign('Payday deals on GrabFood: order in the app https://grab.onelink.me/x/ph-payday')).toBe(false);
    expect(foreign('GrabFood payday refund: claim at https://grab-payday.onelink-refund.com/x')).toBe(true);
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

