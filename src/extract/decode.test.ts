import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { charsetOf, decodeBytes, looksBinary } from './decode.js';

const KOREAN = '지니뮤직 1000일 무료 이용권! 추천인 코드 입력 (선착순)';
const eucKr = (s: string): Uint8Array => new Uint8Array(iconv.encode(s, 'euc-kr'));
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const concat = (...parts: Array<Uint8Array | number[]>): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};
function utf16(s: string, bigEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + s.length * 2);
  out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let k = 0; k < s.length; k++) {
    const u = s.charCodeAt(k);
    out[2 + 2 * k + (bigEndian ? 0 : 1)] = u >> 8;
    out[2 + 2 * k + (bigEndian ? 1 : 0)] = u & 0xff;
  }
  return out;
}

const CORPUS = '/work/shared/corpus';
const corpusEucKr = readFileSync(`${CORPUS}/seed-article-ko.euc-kr.html`);
const corpusUtf8Text = readFileSync(`${CORPUS}/seed-article-ko.html`, 'utf8');

describe('decodeBytes', () => {
  it('decodes UTF-8', async () => {
    const decoded = await decodeBytes(utf8(KOREAN));
    expect(decoded).toEqual({ text: KOREAN, encoding: 'utf-8' });
  });

  it('decodes plain ASCII as UTF-8', async () => {
    expect((await decodeBytes(utf8('free pass'))).text).toBe('free pass');
  });

  it('decodes UTF-8 with a BOM, dropping the BOM', async () => {
    const decoded = await decodeBytes(concat([0xef, 0xbb, 0xbf], utf8(KOREAN)));
    expect(decoded.text).toBe(KOREAN);
    expect(decoded.encoding).toBe('utf-8');
  });

  it('decodes UTF-16LE with a BOM', async () => {
    const decoded = await decodeBytes(utf16(KOREAN, false));
    expect(decoded.text).toBe(KOREAN);
    expect(decoded.encoding).toBe('utf-16le');
  });

  it('decodes UTF-16BE with a BOM', async () => {
    const decoded = await decodeBytes(utf16(KOREAN, true));
    expect(decoded.text).toBe(KOREAN);
    expect(decoded.encoding).toBe('utf-16be');
  });

  it('lets a BOM win over a declared charset', async () => {
    const decoded = await decodeBytes(concat([0xef, 0xbb, 0xbf], utf8(KOREAN)), 'text/plain; charset=euc-kr');
    expect(decoded.text).toBe(KOREAN);
  });

  it('reads undeclared EUC-KR bytes (not valid UTF-8) as EUC-KR', async () => {
    const text = '지니뮤직 천일 무료 이용권 지급! 카카오톡 플러스친구 추가';
    const decoded = await decodeBytes(eucKr(text));
    expect(decoded).toEqual({ text, encoding: 'euc-kr' });
  });

  it('reads the undeclared EUC-KR corpus page (its <meta charset> stripped) as Korean', async () => {
    const stripped = Buffer.from(corpusEucKr.toString('latin1').replace(/^\s*<meta charset="euc-kr">\r?\n/m, ''), 'latin1');
    expect(stripped.length).toBeLessThan(corpusEucKr.length);
    expect(stripped.includes(Buffer.from('charset'))).toBe(false);
    const decoded = await decodeBytes(stripped);
    expect(decoded.encoding).toBe('euc-kr');
    expect(decoded.text).toContain('지니뮤직 1000일 무료 스트리밍 이용권');
    expect(decoded.text).not.toContain('\ufffd');
  });

  it('reads an HTML page with <meta charset="euc-kr">', async () => {
    const decoded = await decodeBytes(corpusEucKr);
    expect(decoded.encoding).toBe('euc-kr');
    expect(decoded.text).toContain('<title>지니뮤직 앱, 서비스 먹통 사태');
    expect(decoded.text).not.toContain('\ufffd');
    // the same page as the UTF-8 copy, but for its declaration and the characters EUC-KR cannot hold
    const strip = (s: string): string => s.replace(/<meta charset="[^"]+">/, '').replace(/\u00a0/g, ' ').replace(/&#169;/g, '©');
    expect(strip(decoded.text)).toBe(strip(corpusUtf8Text));
  });

  it('reads a small page with an http-equiv content-type meta', async () => {
    const page = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=euc-kr"></head><body>${KOREAN}</body></html>`;
    const decoded = await decodeBytes(eucKr(page), 'text/html');
    expect(decoded.encoding).toBe('euc-kr');
    expect(decoded.text).toBe(page);
  });

  it('lets the content-type charset override the page <meta>', async () => {
    const page = `<html><head><meta charset="windows-1252"></head><body>${KOREAN}</body></html>`;
    // the <meta> alone is obeyed (and garbles the Korean)...
    const byMeta = await decodeBytes(eucKr(page), 'text/html');
    expect(byMeta.encoding).toBe('windows-1252');
    expect(byMeta.text).not.toContain('지니뮤직');
    // ...but the HTTP charset wins
    const decoded = await decodeBytes(eucKr(page), 'text/html; charset=EUC-KR');
    expect(decoded.encoding).toBe('euc-kr');
    expect(decoded.text).toBe(page);
  });

  it('uses the content-type charset for plain text', async () => {
    const decoded = await decodeBytes(eucKr(KOREAN), 'text/plain; charset="euc-kr"');
    expect(decoded).toEqual({ text: KOREAN, encoding: 'euc-kr' });
    const latin1 = await decodeBytes(new Uint8Array([0x63, 0x61, 0x66, 0xe9]), 'text/plain; charset=iso-8859-1');
    expect(latin1.text).toBe('café');
  });

  it.each(['cp949', 'CP949', 'ms949', 'uhc', 'x-windows-949', 'ks_c_5601-1987'])('knows the charset alias %s as EUC-KR', async (label) => {
    const decoded = await decodeBytes(eucKr(KOREAN), `text/plain; charset=${label}`);
    expect(decoded.text).toBe(KOREAN);
    // honoured even where the bytes would pass as UTF-8: the declaration decides
    const bytes = utf8('무료 pass');
    const declared = await decodeBytes(bytes, `text/html; charset=${label}`);
    expect(declared.text).toBe(new TextDecoder('euc-kr').decode(bytes));
    expect(declared.text).not.toBe('무료 pass');
  });

  it('does not fail on an unknown charset label', async () => {
    const decoded = await decodeBytes(utf8(KOREAN), 'text/plain; charset=x-no-such-charset');
    expect(decoded.text).toBe(KOREAN);
  });

  it('keeps UTF-8 with a few bad bytes as UTF-8 rather than garbling it as EUC-KR', async () => {
    const bytes = concat(utf8('지니뮤직 무료 이벤트 '), [0xff], utf8(' 참여하세요 지니뮤직 무료 이벤트'));
    const decoded = await decodeBytes(bytes);
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text).toContain('지니뮤직 무료 이벤트');
  });
});

describe('charsetOf', () => {
  it('reads the charset parameter of a content type, lower-cased, aliases resolved', () => {
    expect(charsetOf('text/html; charset=UTF-8')).toBe('utf-8');
    expect(charsetOf('text/html;charset="EUC-KR"')).toBe('euc-kr');
    expect(charsetOf('text/html; charset=cp949')).toBe('euc-kr');
    expect(charsetOf('text/html')).toBeUndefined();
    expect(charsetOf(undefined)).toBeUndefined();
  });
});

describe('looksBinary', () => {
  it('is false for text in any supported encoding', () => {
    expect(looksBinary(utf8(KOREAN))).toBe(false);
    expect(looksBinary(eucKr(KOREAN))).toBe(false);
    expect(looksBinary(corpusEucKr)).toBe(false);
    expect(looksBinary(new Uint8Array(0))).toBe(false);
  });

  it('is false for UTF-16 with a BOM, although it holds NUL bytes', () => {
    const le = utf16('free pass', false);
    const be = utf16('free pass', true);
    expect(le.includes(0)).toBe(true);
    expect(looksBinary(le)).toBe(false);
    expect(looksBinary(be)).toBe(false);
  });

  it('is true for bytes holding a NUL', () => {
    expect(looksBinary(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]))).toBe(true); // PNG
    expect(looksBinary(concat(utf8('looks like text'), [0], utf8('but is not')))).toBe(true);
  });

  it('looks only at the first 8 KiB', () => {
    const late = new Uint8Array(10_000).fill(0x61);
    late[9_000] = 0;
    expect(looksBinary(late)).toBe(false);
    late[100] = 0;
    expect(looksBinary(late)).toBe(true);
  });
});
