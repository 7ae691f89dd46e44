import { describe, expect, it } from 'vitest';
import type { Link } from '../context.js';
import { ScanContext } from '../context.js';
import { scanText } from '../scan.js';
import { loadShippedRules } from '../shipped.js';

describe('link detector, paths on the page\'s own site', () => {
  it('reads a relative link to an app file, which a page read from a file cannot resolve', async () => {
    const rules = await loadShippedRules();
    const text = '위반사진 확인은 전용 뷰어 앱에서만 가능합니다\n위반사진 열람 앱 설치';
    const apkHit = (links: Link[]) => scanText(text, rules, { links }).hits.find((h) => h.rule === 'any.link.apk-file');
    const hit = apkHit([{ href: './down/efine_viewer.apk', text: '위반사진 열람 앱 설치' }]);
    expect(hit?.evidence[0]).toMatchObject({ link: './down/efine_viewer.apk' });
    expect(apkHit([{ href: '/dl/apk/', text: '받기' }])).toBeDefined();
    expect(apkHit([{ href: '/notice/view.do?id=12', text: '공지' }])).toBeUndefined();
    expect(apkHit([{ href: 'mailto:help@example.com?subject=a.apk', text: '문의' }])).toBeUndefined();
  });

  it('reads a target that starts as a path whatever its query holds, and no address inside it', async () => {
    const rules = await loadShippedRules();
    const text = '앱 받기';
    const hits = (href: string) => scanText(text, rules, { links: [{ href, text: '앱 받기' }] }).hits.map((h) => h.rule);
    expect(hits('/dl/app.apk?from=naver.com')).toContain('any.link.apk-file');
    expect(hits('/board/download.do?file=viewer.apk')).toContain('any.link.apk-file');
    expect(hits('./down/\nviewer.apk')).toContain('any.link.apk-file'); // browsers drop line breaks in an address
    const ctx = new ScanContext('KB국민은행 로그인', [{ href: '/quics/kbstarLogin.do', text: '로그인' }]);
    expect(ctx.urls).toEqual([]); // kbstarlogin.do is a page of the site, not a domain
  });

  it('leaves out link targets that are addresses or carry a scheme', () => {
    const links: Link[] = [
      { href: 'https://bit.ly/x', text: 'a' },
      { href: '//cdn.example.com/app.apk', text: 'b' },
      { href: 'tel:1588-0000', text: 'c' },
      { href: '../dl/app.apk', text: 'd' },
    ];
    const ctx = new ScanContext('a b c d', links);
    expect(ctx.sitePaths.map((p) => p.path)).toEqual(['../dl/app.apk']);
    expect(ctx.linkAt(ctx.sitePaths[0]!.span).text).toBe('d');
  });
});
