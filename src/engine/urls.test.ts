import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CANDIDATE, findUrls } from './urls.js';

/** The plain search: the same pattern run over the whole text, every word of it. */
function findUrlsEverywhere(text: string): Array<{ url: string; start: number; end: number }> {
  const candidate = new RegExp(CANDIDATE.source, 'g');
  const out: Array<{ url: string; start: number; end: number }> = [];
  for (const match of text.matchAll(candidate)) {
    if (/[a-z0-9@._-]/.test(match.index > 0 ? text[match.index - 1]! : '')) continue;
    const raw = match[0].replace(/[.,;:!?'"’”)\]]+$/, '');
    out.push({ url: raw, start: match.index, end: match.index + raw.length });
  }
  return out;
}

describe('findUrls', () => {
  it('finds addresses with and without a scheme, IPs with a path, and skips e-mail addresses and file names', () => {
    const text = '이벤트 genie-event.kr/1000 또는 https://bit.ly/x. mail me@example.com, see readme.md or 10.0.0.1/admin 3.14';
    expect(findUrls(text, 'folded').map((u) => u.url)).toEqual(['genie-event.kr/1000', 'https://bit.ly/x', '10.0.0.1/admin']);
  });

  it('finds what a search of every word finds (only words with a dot between letters or digits are searched)', () => {
    const alphabet = fc.constantFrom('a', 'b', 'k', 'r', '0', '1', '.', '-', '/', ':', ' ', '\n', '\u3000', '무', '@', 'https://', 'www.', '.com', '.kr', 'bit.ly', '_', ',', ')');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 60 }).map((parts) => parts.join('')), (text) => {
        const plain = findUrlsEverywhere(text);
        const found = findUrls(text, 'folded').map((u) => ({ url: u.url, start: u.span.start, end: u.span.end }));
        // findUrls also drops what the Public Suffix List does not know: compare on what it kept
        expect(found).toEqual(plain.filter((p) => found.some((f) => f.start === p.start)));
        for (const p of plain) if (!found.some((f) => f.start === p.start)) expect(findUrls(p.url, 'folded')).toEqual([]);
      }),
      { numRuns: 3000 },
    );
  });
});
