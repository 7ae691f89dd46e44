import { ViewBuilder, type TextView } from './view.js';

/**
 * Web addresses written out so that filters and link previews miss them — bit . ly / x,
 * t dot me slash promo, open.kakao[.]com, pf 점 kakao 점 com — are read as addresses: the
 * separators become "." and "/" in the folded view, each mapped to what it replaces, so that
 * the link rules see the address and the evidence quotes it as it was written.
 */

/** Endings of the hosts written out in lures: common and cheap top-level domains, and shortener hosts. */
const ENDINGS = 'com|net|org|kr|co|io|me|ly|gl|gle|gd|la|gift|shop|xyz|top|info|site|online|club|app|link|live|vip|icu|buzz|cc|uk|gg|ws|page|store|biz|tv|fun|cn|ru|jp|help|support|click|cfd|sbs|cyou|mobi|today|win|to|us|in|be|do';
/** The same, without the ones that are also everyday English words (to, us, in, be, do, help, win…). */
const WORD_SAFE_ENDINGS = ENDINGS.split('|').filter((e) => !['to', 'us', 'in', 'be', 'do', 'help', 'support', 'click', 'today', 'win'].includes(e)).join('|');

/** A dot written another way, between two parts of a host. */
const DOT = new RegExp(
  [
    // defanged, as security notices and evasive posts write it: [.] (.) [dot] (dot) {.}
    String.raw`(?<=[a-z0-9-]) ?(?:\[\.\]|\(\.\)|\[dot\]|\(dot\)|\{\.\}) ?(?=[a-z0-9])`,
    // spaced apart, before an ending: bit . ly, forms .gle (a sentence's ". " is left alone)
    String.raw`(?<=[a-z0-9-]) \. ?(?=(?:${ENDINGS})(?![a-z0-9-]))`,
    // spelled out: t dot me, google dot com, pf 점 kakao 점 com, e-fine24 닷 cc; the Korean words
    // also with no blank, as letters joined from spaced ones leave them (cjgls-kr점top)
    String.raw`(?<=[a-z0-9-]) (?:dot|점|쩜|닷) (?=(?:[a-z0-9-]+ (?:dot|점|쩜|닷) )*(?:${WORD_SAFE_ENDINGS})(?![a-z0-9-]))`,
    String.raw`(?<=[a-z0-9-]) ?(?:점|쩜|닷) ?(?=(?:[a-z0-9-]+ ?(?:점|쩜|닷) ?)*(?:${WORD_SAFE_ENDINGS})(?![a-z0-9-]))`,
  ].join('|'),
  'g',
);

/** A slash written another way right after a host's ending: bit.ly / x, t.me slash promo. */
const SLASH = new RegExp(String.raw`(?<=[a-z0-9-]\.(?:${ENDINGS}))(?: ?/ | /| slash | ?슬래시 ?)(?=[a-z0-9_-])`, 'g');

/** Quick test: nothing written out, nothing to do (most posts). Plain searches: faster than one alternation. */
const WRITTEN_OUT_MARKS = ['[.]', '(.)', '[dot]', '(dot)', '{.}', ' .', ' dot ', ' /', '/ ', ' slash '];
/** The Korean words for a dot, right after a Latin letter or digit (a blank between or not). */
const KOREAN_DOT_MARK = /[a-z0-9-] ?(?:점|쩜|닷)/;

export function joinWrittenOutAddresses(view: TextView): TextView {
  if (!WRITTEN_OUT_MARKS.some((mark) => view.text.includes(mark)) && !KOREAN_DOT_MARK.test(view.text)) return view;
  return replaceAll(replaceAll(view, DOT, '.'), SLASH, '/');
}

/** The view with every match of `pattern` replaced by `by`, which stands for the whole match. */
function replaceAll(view: TextView, pattern: RegExp, by: string): TextView {
  pattern.lastIndex = 0;
  let match = pattern.exec(view.text);
  if (match === null) return view;
  const out = new ViewBuilder(view.text.length);
  let at = 0;
  while (match !== null) {
    for (let k = at; k < match.index; k++) out.pushUnit(view.text.charCodeAt(k), view.starts[k]!, view.ends[k]!);
    const end = match.index + match[0].length;
    out.pushString(by, view.starts[match.index]!, view.ends[end - 1]!);
    at = end;
    match = pattern.exec(view.text);
  }
  for (let k = at; k < view.text.length; k++) out.pushUnit(view.text.charCodeAt(k), view.starts[k]!, view.ends[k]!);
  return out.build();
}
