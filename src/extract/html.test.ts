import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { setFastPaths } from '../engine/fast-paths.js';
import { extractHtml } from './html.js';
import { extractDoc, type Extracted, type Post } from './index.js';

const page = (head: string, body: string): string => `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;

describe('extractHtml: title and description', () => {
  it('prefers og:title over <title>', async () => {
    const html = page('<title>Site title - News</title><meta property="og:title" content="  The  og title "><meta name="twitter:title" content="tw">', '<p>x</p>');
    expect((await extractHtml(html)).title).toBe('The og title');
  });

  it('falls back to twitter:title, then <title>, then the first <h1>', async () => {
    expect((await extractHtml(page('<title>T</title><meta name="twitter:title" content="Tw">', ''))).title).toBe('Tw');
    expect((await extractHtml(page('<title>\n  Plain   title \n</title>', '<h1>Heading</h1>'))).title).toBe('Plain title');
    expect((await extractHtml(page('', '<h1>Heading</h1><p>body</p>'))).title).toBe('Heading');
    expect((await extractHtml(page('', '<p>body</p>'))).title).toBeUndefined();
  });

  it('reads the description from og:description, else meta description', async () => {
    expect((await extractHtml(page('<meta name="description" content="plain"><meta property="og:description" content="og">', ''))).description).toBe('og');
    expect((await extractHtml(page('<meta name="description" content="plain desc">', ''))).description).toBe('plain desc');
    expect((await extractHtml(page('', ''))).description).toBeUndefined();
  });
});

describe('extractHtml: boilerplate', () => {
  it('drops scripts, styles, noscript, templates and the head', async () => {
    const html = page(
      '<title>T</title><script>var headScript = 1;</script><style>.x{}</style>',
      '<p>visible</p><script>alert("body script")</script><style>p{color:red}</style><noscript>enable js</noscript><template><p>tpl</p></template>',
    );
    const { text } = await extractHtml(html);
    expect(text).toBe('visible');
  });

  it('drops nav, the site header and footer, and asides', async () => {
    const html = page(
      '',
      '<header><a href="/">Home</a> site header</header><nav><a href="/news">News</a></nav>' +
        '<div><p>the post</p></div><aside>popular stories</aside><footer>site footer © 2019</footer>' +
        '<div role="navigation">role nav</div><div role="contentinfo">role footer</div>',
    );
    const { text, links } = await extractHtml(html);
    expect(text).toBe('the post');
    expect(links).toEqual([]);
  });

  it('reads the sentences of a site footer apart, as fine print, and not its menus or short lines', async () => {
    const html = page(
      '',
      '<main><p>Apply for your travel permit here.</p></main>' +
        '<footer><ul><li><a href="/privacy">Privacy policy</a></li><li>Contact us</li></ul>' +
        '<p>We are a private filing service and are not affiliated with any government agency.</p><p>© 2024 Example Ltd</p></footer>' +
        '<div role="contentinfo"><p>본 사이트는 정부 기관이 아닌 민간 대행 서비스입니다.</p></div>',
    );
    const { text, finePrint, links } = await extractHtml(html);
    expect(text).toBe('Apply for your travel permit here.');
    expect(finePrint).toBe('We are a private filing service and are not affiliated with any government agency.\n본 사이트는 정부 기관이 아닌 민간 대행 서비스입니다.');
    expect(links).toEqual([]);
    const [post] = (await extractDoc({ source: 'p.html', bytes: Buffer.from(html), contentType: 'text/html' })) as Post[];
    expect(post!.text.slice(post!.finePrintStart)).toBe(finePrint);
    expect(post!.text.slice(0, post!.finePrintStart)).toContain('Apply for your travel permit here.\n');
  });

  it('gives a page without footer sentences no fine print', async () => {
    const [post] = (await extractDoc({ source: 'p.html', bytes: Buffer.from(page('', '<p>the post</p><footer>© 2024 Example</footer>')), contentType: 'text/html' })) as Post[];
    expect(post!.finePrintStart).toBeUndefined();
    expect(post!.text).toBe('the post');
  });

  it('drops ad placeholders by class or id', async () => {
    const html = page(
      '',
      '<div class="ad">default_news_top</div><div id="default_news_ad2">ad two</div><div class="ads">ads</div>' +
        '<div class="sidebar adslot">adslot</div><div class="sponsored">sponsored</div><div id="gpt-ad-1">gpt</div>' +
        '<p>keep me</p><div class="header">keep header class</div><div class="reading">keep reading</div><div class="download">keep download</div>' +
        '<div class="hero banner">keep the hero banner: a landing page puts its pitch there</div>',
    );
    const { text } = await extractHtml(html);
    expect(text).toBe('keep me\nkeep header class\nkeep reading\nkeep download\nkeep the hero banner: a landing page puts its pitch there');
  });

  it('drops hidden elements', async () => {
    const { text } = await extractHtml(page('', '<p>shown</p><p hidden>hidden</p><p aria-hidden="true">aria hidden</p>'));
    expect(text).toBe('shown');
  });

  it('keeps a <header> and <footer> inside <article> (title, byline)', async () => {
    const html = page(
      '',
      '<header>site</header><article><header><h1>Headline</h1><p class="byline">By Jane Doe</p></header>' +
        '<p>Story body.</p><footer>Reporter jane@example.com</footer><aside>related inside article</aside></article><footer>site footer</footer>',
    );
    const { text } = await extractHtml(html);
    expect(text).toBe('Headline\nBy Jane Doe\nStory body.\nReporter jane@example.com\nrelated inside article');
  });

  it('keeps chrome inside <main> too', async () => {
    const { text } = await extractHtml(page('', '<main><header>byline in main</header><p>body</p></main>'));
    expect(text).toBe('byline in main\nbody');
  });
});

describe('extractHtml: text layout', () => {
  it('puts block elements on their own lines and keeps inline ones in the line', async () => {
    const html = page('', '<h1>Title</h1><p>First <b>bold</b> and <i>italic</i> words.</p><ul><li>one</li><li>two</li></ul><div>a<br>b</div><table><tr><td>c1</td><td>c2</td></tr></table>');
    const { text } = await extractHtml(html);
    expect(text).toBe('Title\nFirst bold and italic words.\none\ntwo\na\nb\nc1\nc2');
  });

  it('folds whitespace inside a line and drops empty lines', async () => {
    const { text } = await extractHtml(page('', '<p>  lots \n\n of   \t space  </p>\n\n<p></p><div>   </div><p>next&nbsp;&nbsp;line</p>'));
    expect(text).toBe('lots of space\nnext line');
  });

  it('decodes entities', async () => {
    const { text } = await extractHtml(page('', '<p>&lt;광고&gt; &quot;무료&quot; &#x27;이용권&#x27; &amp; more</p>'));
    expect(text).toBe('<광고> "무료" \'이용권\' & more');
  });

  it('keeps image alt text', async () => {
    const { text } = await extractHtml(page('', '<p>see <img src="x.png" alt="1000일 무료 이용권"> here</p>'));
    expect(text).toBe('see 1000일 무료 이용권 here');
  });

  it('reads a fragment without <body>', async () => {
    const { text } = await extractHtml('<p>just a fragment</p>');
    expect(text).toBe('just a fragment');
  });
});

describe('extractHtml: links', () => {
  it('collects links with their href and text', async () => {
    const html = page('', '<p>Add <a href="https://pf.kakao.com/_abc"> our <b>Plus</b> Friend </a> and <a href="http://bit.ly/x1">claim</a></p>');
    const { links, text } = await extractHtml(html);
    expect(links).toEqual([
      { href: 'https://pf.kakao.com/_abc', text: 'our Plus Friend' },
      { href: 'http://bit.ly/x1', text: 'claim' },
    ]);
    expect(text).toBe('Add our Plus Friend and claim');
  });

  it('resolves relative hrefs against the base URL', async () => {
    const html = page('', '<a href="/event/1000">event</a><a href="next.html">next</a><a href="//cdn.example.com/a">cdn</a><a href="https://other.example/x">abs</a>');
    const { links } = await extractHtml(html, 'https://news.example.com/articles/view.html?id=1');
    expect(links.map((l) => l.href)).toEqual([
      'https://news.example.com/event/1000',
      'https://news.example.com/articles/next.html',
      'https://cdn.example.com/a',
      'https://other.example/x',
    ]);
  });

  it('reads where a form sends what is typed into it as a link, with the form\'s text', async () => {
    const html = page(
      '',
      '<p>Claim your refund</p><form method="post" action="https://nts-refund.gov-kr.help/apply.do"><label>Card number <input name="card"></label><button>Submit</button></form><form action="/search"><input name="q"></form>',
    );
    const { links } = await extractHtml(html, 'https://hometax.example/refund');
    expect(links).toEqual([
      { href: 'https://nts-refund.gov-kr.help/apply.do', text: 'Card number Submit', form: true },
      { href: 'https://hometax.example/search', text: '', form: true },
    ]);
  });

  it('reads what form fields show before anything is typed: placeholders and button labels, never hidden fields', async () => {
    const html = page(
      '',
      '<p>보상금 조회</p><form action="submit.php"><input name="nm" placeholder="성명"><input name="jumin" placeholder="주민등록번호 13자리"><input type="hidden" name="t" value="a81f"><textarea placeholder="남기실 말"></textarea><input type="submit" value="지급대상 조회"></form>',
    );
    const { text, links } = await extractHtml(html);
    expect(text).toContain('성명 주민등록번호 13자리');
    expect(text).toContain('남기실 말');
    expect(text).toContain('지급대상 조회');
    expect(text).not.toContain('a81f');
    expect(links).toEqual([{ href: 'submit.php', text: '성명 주민등록번호 13자리 남기실 말 지급대상 조회', form: true }]);
  });

  it('leaves out the placeholders of password, e-mail and search boxes, which every sign-in page has, and reads an image button by its alt', async () => {
    const html = page('', '<form action="/login"><input type="email" placeholder="이메일"><input type="password" placeholder="비밀번호"><input type="search" placeholder="검색"><input type="image" src="go.png" alt="로그인"></form>');
    const { text } = await extractHtml(html);
    expect(text).toBe('로그인');
  });

  it('keeps hrefs as written without a base URL', async () => {
    const { links } = await extractHtml(page('', '<a href="/event/1000">event</a>'));
    expect(links).toEqual([{ href: '/event/1000', text: 'event' }]);
  });

  it('skips javascript:, fragment-only and empty links, but keeps their text', async () => {
    const html = page('', '<a href="javascript:void(0)">js</a> <a href="JavaScript:alert(1)">js2</a> <a href="#top">top</a> <a href="">empty</a> <a>no href</a> <a href="https://ok.example/">ok</a>');
    const { links, text } = await extractHtml(html, 'https://site.example/');
    expect(links).toEqual([{ href: 'https://ok.example/', text: 'ok' }]);
    expect(text).toBe('js js2 top empty no href ok');
  });

  it('drops the links of dropped elements', async () => {
    const html = page('', '<nav><a href="/a">a</a></nav><div class="ad"><a href="https://ads.example/">ad</a></div><p><a href="/b">b</a></p>');
    const { links } = await extractHtml(html);
    expect(links).toEqual([{ href: '/b', text: 'b' }]);
  });
});

describe('extractHtml: robustness', () => {
  it('does not throw on a page nested 10 000 levels deep', async () => {
    const depth = 10_000;
    const html = `<html><body>${'<div>'.repeat(depth)}<a href="https://deep.example/">deep text</a>${'</div>'.repeat(depth)}</body></html>`;
    const { text, links } = await extractHtml(html);
    expect(text).toBe('deep text');
    expect(links).toEqual([{ href: 'https://deep.example/', text: 'deep text' }]);
  });

  it('does not throw on broken markup', async () => {
    const { text } = await extractHtml('<p>unclosed <b>bold <div>block</p></span><<>>');
    expect(text).toContain('unclosed bold');
    expect(text).toContain('block');
  });

  it('returns empty text for an empty page', async () => {
    expect(await extractHtml('')).toEqual({ title: undefined, description: undefined, text: '', links: [] });
  });
});

// ---------------------------------------------------------------- the seed corpus

const CORPUS = '/work/shared/corpus';

async function extractFile(name: string, contentType: string): Promise<Post> {
  const results: Extracted[] = await extractDoc({ source: name, bytes: readFileSync(`${CORPUS}/${name}`), contentType });
  expect(results).toHaveLength(1);
  const post = results[0]!;
  expect('error' in post && post.error).toBeFalsy();
  return post as Post;
}

describe('extractDoc on the seed corpus', () => {
  it('reads the .txt as it is', async () => {
    const post = await extractFile('seed-article-ko.txt', 'text/plain');
    expect(post.source).toBe('seed-article-ko.txt');
    expect(post.text).toBe(readFileSync(`${CORPUS}/seed-article-ko.txt`, 'utf8'));
    expect(post.links).toEqual([]);
  });

  it('extracts the UTF-8 page: title, article text with byline, no chrome or ads', async () => {
    const post = await extractFile('seed-article-ko.html', 'text/html');
    expect(post.title).toBe("지니뮤직 앱, 서비스 먹통 사태...'오류 보상 3년 무료 이용권' 이벤트는 '가짜'로 판명");
    expect(post.description).toBe('지니뮤직 서비스 장애 뒤 퍼진 1000일 무료 이용권 이벤트는 허위로 확인됐다.');
    const { text } = post;
    expect(text).toContain('지니뮤직과 카카오톡 플러스친구를 맺으면 ‘지니뮤직 1000일 무료 스트리밍 이용권’을 제공하겠다는 내용이었다.');
    expect(text).toContain('신예진 기자'); // byline
    expect(text).toContain('취재기자 신예진 reporter1@civicnews.com');
    expect(text).toContain('<저작권자 © CIVICnews / 시빅뉴스 무단전재 및 재배포금지>');
    // dropped: scripts, styles, ads, nav, site header/footer, aside
    for (const dropped of ['dataLayer', 'display:block', 'default_news_ad2', 'default_news_top', 'default_top_notch', 'default_side_ad1', '로그인', '인기기사', '인기 기사 하나', '부산광역시', '#top']) {
      expect(text, dropped).not.toContain(dropped);
    }
    // one paragraph a line, no blank lines, no runs of spaces
    expect(text).not.toMatch(/\n\n/);
    expect(text).not.toMatch(/ {2}/);
    expect(text.split('\n')).toContain('기사승인 2019.02.12 16:58:49');
    // the share link (href="#") and the dropped nav/aside links are not links
    expect(post.links).toEqual([]);
  });

  it('extracts the EUC-KR page to exactly the same text as the UTF-8 page', async () => {
    const utf8 = await extractFile('seed-article-ko.html', 'text/html');
    const eucKr = await extractFile('seed-article-ko.euc-kr.html', 'text/html');
    expect(eucKr.text).toBe(utf8.text);
    expect(eucKr.title).toBe(utf8.title);
    expect(eucKr.description).toBe(utf8.description);
    expect(eucKr.links).toEqual(utf8.links);
    expect(eucKr.text).not.toContain('\ufffd');
  });

  it('finds the EUC-KR page is HTML even without a content type', async () => {
    const results = await extractDoc({ source: 'page', bytes: readFileSync(`${CORPUS}/seed-article-ko.euc-kr.html`) });
    const post = results[0] as Post;
    expect(post.title).toBe("지니뮤직 앱, 서비스 먹통 사태...'오류 보상 3년 무료 이용권' 이벤트는 '가짜'로 판명");
    expect(post.text).not.toContain('<p>');
  });
});

describe('extractHtml: pages too deep for a tree', () => {
  it('reads a page of 140 000 unclosed tags flat: text, title and links, without building the tree', async () => {
    const html = `<html><head><title>Deep &amp; wide</title><script>var x = "1000일 무료";</script></head><body>${'<b x=1>'.repeat(140_000)}지니 1000일 무료 <a href="https://pf.kakao.com/_x">채널 추가</a></body></html>`;
    const page = await extractHtml(html);
    expect(page.title).toBe('Deep & wide');
    expect(page.text).toBe('지니 1000일 무료 채널 추가');
    expect(page.links).toEqual([{ href: 'https://pf.kakao.com/_x', text: '채널 추가' }]);
  });

  it('keeps the tree for pages whose unclosed tags the parser closes itself (p, li, td)', async () => {
    const html = `<html><body><nav>menu</nav>${'<p>para'.repeat(5000)}<ul>${'<li>item'.repeat(5000)}</ul></body></html>`;
    const page = await extractHtml(html);
    expect(page.text).not.toContain('menu'); // navigation dropped: the page was read as a tree
    expect(page.text.split('\n')).toHaveLength(10_000);
  });
});

describe('extractHtml: the streaming reader and the tree read alike', () => {
  afterEach(() => setFastPaths(true));

  const bothWays = async (html: string, baseUrl?: string): Promise<[unknown, unknown]> => {
    setFastPaths(true);
    const streamed = await extractHtml(html, baseUrl);
    setFastPaths(false);
    const fromTree = await extractHtml(html, baseUrl);
    setFastPaths(true);
    return [streamed, fromTree];
  };

  it('gives the same title, description, text and links on every HTML fixture and the seed pages', async () => {
    const root = join(import.meta.dirname, '..', '..');
    const pages = [
      ...readdirSync(join(root, 'fixtures'), { recursive: true, encoding: 'utf8' }).map((f) => join(root, 'fixtures', f)),
      join(root, '..', 'shared', 'corpus', 'seed-article-ko.html'),
    ].filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(200);
    for (const file of pages) {
      const [streamed, fromTree] = await bothWays(readFileSync(file, 'utf8'), 'https://example.org/post/1');
      expect(streamed, file).toEqual(fromTree);
    }
  });

  it('reads tricky markup alike: implied ends, stray end tags, entities across text, nested captures', async () => {
    const tricky = [
      '<title>A &amp; <b>B</b></title><h1>One<h1>Two</h1></h1><p>x<p>y<li>z</ul></div>',
      '<div class="ad-slot"><body>not the body</body></div><p>after</p>',
      '<!-- <body> in a comment --><main><header>kept</header><p>a&nbsp;b &#x1F381; c</p></main>',
      '<pre>  two\n  lines </pre><table><tr><td>cell<td>cell2</table><a href="/x">link <img alt="pic"> text</a>',
      '<body hidden><p>hidden body</p></body>',
    ];
    for (const html of tricky) {
      const [streamed, fromTree] = await bothWays(html, 'https://example.org/');
      expect(streamed, html).toEqual(fromTree);
    }
  });

  it('reads a page whose only "<body" is inside a comment as a whole page', async () => {
    const page = await extractHtml('<!-- <body> --><p>the post</p><a href="https://bit.ly/x">claim</a>');
    expect(page.text).toBe('the post\nclaim');
    expect(page.links).toEqual([{ href: 'https://bit.ly/x', text: 'claim' }]);
  });
});

describe('extractHtml: pages built by script', () => {
  const LURE = '지니뮤직 장애 보상: 1000일 무료 이용권 지급! 카카오톡 플러스친구 추가 후 추천인 genie77 입력';

  async function bothPaths(html: string): Promise<string> {
    const fast = await extractHtml(html);
    setFastPaths(false);
    try {
      expect(await extractHtml(html)).toEqual(fast);
    } finally {
      setFastPaths(true);
    }
    return fast.text;
  }

  it('reads the prose of a JSON data script when the markup shows little text', async () => {
    const state = JSON.stringify({ props: { pageProps: { post: { id: 'a81f2c', title: 'short', body: `<p>${LURE}</p>`, url: 'https://example.com/p/a81f2c' } } } });
    const text = await bothPaths(page('<title>Post</title>', `<div id="__next"></div><script id="__NEXT_DATA__" type="application/json">${state}</script>`));
    expect(text).toBe(LURE);
  });

  it('reads JSON-LD articleBody, <noscript> prose and <iframe srcdoc>, but no "enable JavaScript" notice', async () => {
    const ld = JSON.stringify({ '@type': 'BlogPosting', articleBody: LURE });
    expect(await bothPaths(page('', `<script type="application/ld+json">${ld}</script>`))).toBe(LURE);
    expect(await bothPaths(page('', `<noscript><p>You need to enable JavaScript to run this app.</p><p>${LURE}</p></noscript>`))).toBe(LURE);
    expect(await bothPaths(page('', `<iframe srcdoc="&lt;p&gt;${LURE}&lt;/p&gt;"></iframe>`))).toBe(LURE);
  });

  it('reads what sits in an ad-named or hidden element when the page shows little else (an "event-ad", a hidden modal)', async () => {
    expect(await bothPaths(page('', `<div class="event-ad"><h2>${LURE}</h2><script>track()</script></div><p>자세히 보기</p>`))).toBe(`자세히 보기\n${LURE}`);
    expect(await bothPaths(page('', `<div class="modal" aria-hidden="true"><p>${LURE}</p></div><p>환영합니다</p>`))).toBe(`환영합니다\n${LURE}`);
    const body = `<p>${'평범한 일상 글입니다. '.repeat(20)}</p>`;
    expect(await bothPaths(page('', `${body}<div class="ad-banner">${LURE}</div>`))).not.toContain('genie77');
  });

  it("reads a hidden step of the main content (a quiz's prize screen) after the visible text, however long that is; a hidden element outside it only on a short page", async () => {
    const body = `<p>${'설문에 답하고 선물 상자를 고르세요. '.repeat(12)}</p>`;
    const quiz = await bothPaths(page('', `<main><section>${body}<div class="share" hidden><p>${LURE}</p></div></section></main>`));
    expect(quiz.startsWith('설문에 답하고')).toBe(true);
    expect(quiz.endsWith(LURE)).toBe(true);
    expect(await bothPaths(page('', `<main>${body}</main><div class="modal" hidden><p>${LURE}</p></div>`))).not.toContain('genie77');
    expect(await bothPaths(page('', `<main>${body}<p aria-hidden="true">${LURE}</p></main>`))).not.toContain('genie77');
  });

  it('still reads the data of a page that shows little, however long its hidden steps are', async () => {
    const step = `<div hidden><p>${'다음 단계: 상자를 열어 보세요. '.repeat(12)}</p></div>`;
    const ld = JSON.stringify({ articleBody: LURE });
    const text = await bothPaths(page('', `<main><p>이벤트</p>${step}</main><script type="application/ld+json">${ld}</script>`));
    expect(text).toContain('다음 단계');
    expect(text).toContain(LURE);
  });

  it('leaves embedded data alone on a page with text of its own, and skips broken JSON', async () => {
    const body = `<p>${'평범한 일상 글입니다. '.repeat(20)}</p>`;
    const ld = JSON.stringify({ articleBody: LURE });
    expect(await bothPaths(page('', `${body}<script type="application/ld+json">${ld}</script>`))).not.toContain('genie77');
    expect(await bothPaths(page('', '<div id="app"></div><script type="application/json">{"body": "unterminated</script>'))).toBe('');
  });
});

describe('the page\'s own address', () => {
  it('is read from <link rel="canonical">, else og:url, made absolute; other schemes are not addresses', async () => {
    expect((await extractHtml(page('<link rel="canonical" href="https://gov24-recovery.kr/portal"><meta property="og:url" content="https://x.example/">', ''))).address).toBe('https://gov24-recovery.kr/portal');
    expect((await extractHtml(page('<meta property="og:url" content="https://x.example/a">', ''))).address).toBe('https://x.example/a');
    expect((await extractHtml(page('<link rel="canonical" href="/event/1">', ''), 'https://shop.example/x')).address).toBe('https://shop.example/event/1');
    expect((await extractHtml(page('<link rel="canonical" href="javascript:void(0)">', ''))).address).toBeUndefined();
    expect((await extractHtml(page('<link rel="stylesheet" href="https://cdn.example/a.css">', ''))).address).toBeUndefined();
  });

  it('becomes a link of the title, and where a page was fetched from wins over what it says', async () => {
    const html = page('<title>정부24 | 지원금 재신청</title><link rel="canonical" href="https://gov24-recovery.kr/re">', '<p>본문</p>');
    const [saved] = (await extractDoc({ source: 'saved.html', bytes: Buffer.from(html) })) as Post[];
    expect(saved!.links).toContainEqual({ href: 'https://gov24-recovery.kr/re', text: '정부24 | 지원금 재신청', own: true, start: 0, end: 14 });
    const [fetched] = (await extractDoc({ source: 'u', bytes: Buffer.from(html), contentType: 'text/html' }, { baseUrl: 'https://www.gov.kr/portal' })) as Post[];
    expect(fetched!.links.map((l) => l.href)).toEqual(['https://www.gov.kr/portal']);
  });

  it('lets a page that names a brand be judged by where it lives', async () => {
    const { loadShippedRules } = await import('../engine/shipped.js');
    const { scanDoc } = await import('../pipeline.js');
    const rules = await loadShippedRules();
    const body = '<h1>정부24 지원금 누락 확인</h1><p>아래에서 본인 확인 후 재접수해 주세요.</p>';
    const scanned = async (address: string) => (await scanDoc({ source: 'p.html', bytes: Buffer.from(page(`<title>정부24</title><link rel="canonical" href="${address}">`, body)) }, rules))[0]!.result.hits.map((h) => h.rule);
    expect(await scanned('https://gov24-recovery.kr/re')).toContain('any.brand.foreign-domain');
    expect(await scanned('https://www.gov.kr/portal/re')).not.toContain('any.brand.foreign-domain');
  });
});

describe('warning words in the words of links', () => {
  it('do not make a page a warning: menus and lists of other pages say what the site links to', async () => {
    const { loadShippedRules } = await import('../engine/shipped.js');
    const { scanDoc } = await import('../pipeline.js');
    const rules = await loadShippedRules();
    const warningHits = async (body: string, title = 'Statement') =>
      (await scanDoc({ source: 'p.html', bytes: Buffer.from(page(`<title>${title}</title><link rel="canonical" href="https://alerts.example/x">`, body)) }, rules))[0]!.result.hits
        .filter((h) => h.category === 'warning-context')
        .map((h) => h.rule);
    expect(await warningHits('<p>Your statement is ready.</p><ul><li><a href="/oig">Report fraud to the Inspector General</a></li></ul>')).not.toContain('en.warn.scam-word');
    expect(await warningHits('<p>Your statement is ready. Report fraud to the Inspector General.</p>')).toContain('en.warn.scam-word');
    // the page's own address stands on its title, which is what the page says
    expect(await warningHits('<p>Do not click the link in it.</p>', 'This text is a scam')).toContain('en.warn.scam-word');
  });
});
