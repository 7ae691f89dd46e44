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
