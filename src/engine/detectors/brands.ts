import { createRequire } from 'node:module';
import type { ScanContext } from '../context.js';
import { fastPaths } from '../fast-paths.js';
import { literalGate, type ViewSpan } from '../patterns.js';
import { LiteralSet } from '../prefilter.js';
import type { BrandSpec, Evidence } from '../types.js';
import { MAIL_ADDRESS_SOURCE, parseUrl, type FoundUrl } from '../urls.js';
import { hasCyrillicOrGreek, isMixedScript } from '../../text/chars.js';
import { canonicalPhone, findPhoneNumbers, isServiceNumber, type PhoneNumber } from '../../text/phones.js';
import type { DetectorDefinition } from './types.js';

const require = createRequire(import.meta.url);

/** What the registry says of one brand, prepared once per rule set. */
interface PreparedBrand {
  spec: BrandSpec;
  /** official registrable domains */
  domains: Set<string>;
  /** ASCII tokens that name the brand in a web address: labels of its domains, its Latin names */
  tokens: readonly string[];
  /**
   * Three-letter names (skt, dhl, ups, irs): too short to be read anywhere in an address, they
   * count only as a whole part of it (skt-usimcare.kr) in a post that names the brand
   */
  shortTokens: readonly string[];
  /** the numbers it gives out, canonical (see text/phones.ts), if the registry lists them */
  phones: Set<string> | null;
}

interface PreparedRegistry {
  brands: PreparedBrand[];
  /** every name of every brand, lower-cased, longest first, with its brand */
  names: Array<{ name: string; latin: boolean; brand: PreparedBrand }>;
  /** foreign/lookalike verdicts by address already judged in this run */
  verdicts: Map<string, boolean>;
  /** the names, found in one pass */
  nameSet: LiteralSet;
  /** some brand has a three-letter name */
  hasShortTokens: boolean;
  /** every brand's official registrable domains */
  officialDomains: Set<string>;
  /** every brand's own numbers, canonical */
  officialPhones: Set<string>;
  /** every brand's address tokens: all of them, and by length for lookalike checks */
  brandTokens: Set<string>;
  longTokens: LiteralSet;
  longTokenList: string[];
  /** a brand token's not_inside words, as they would stand in an address label (lotte: lottery) */
  notInsideByToken: Map<string, string[]>;
  tokensByLength: Map<number, string[]>;
  /** the brands named in each post, found once whichever rules ask */
  mentionsOf: WeakMap<ScanContext, Mention[]>;
}

const MAX_REMEMBERED_HOSTS = 10_000;

const prepared = new WeakMap<readonly BrandSpec[], PreparedRegistry>();

const PLAIN = /^[\x20-\x7e\uac00-\ud7a3]*$/;

/** NFKC and lower case, skipping NFKC for the plain ASCII and Hangul most names are written in. */
function normalName(name: string): string {
  return (PLAIN.test(name) ? name : name.normalize('NFKC')).toLowerCase();
}

function registrableLabel(domain: string): string {
  return domain.split('.')[0]!;
}

/**
 * What the registry's names and domains come to, in plain data: each brand's address tokens and
 * short tokens, and every name (normalised, longest first) with its brand's index. The build
 * stores it with the prebuilt rules (see rememberRegistryData), so a scan need not derive it.
 */
export interface RegistryData {
  tokens: string[][];
  shortTokens: string[][];
  names: Array<[name: string, latin: boolean, brand: number]>;
}

export function registryDataOf(brands: readonly BrandSpec[]): RegistryData {
  const tokens: string[][] = [];
  const shortTokens: string[][] = [];
  brands.forEach((spec) => {
    const long = new Set<string>();
    const short = new Set<string>();
    const words = new Set(spec.word_labels ?? []);
    for (const domain of spec.domains) {
      const label = registrableLabel(domain.toLowerCase());
      if (words.has(label)) short.add(label);
      else if (label.length >= 4) long.add(label);
      // kt.com, lg.com, bk.com: a whole part of a host (kt-refund.co) when the post names the brand
      else if (label.length >= 2 && /^[a-z]+$/.test(label)) short.add(label);
    }
    for (const name of spec.names) {
      const ascii = normalName(name).replace(/[^a-z0-9]/g, '');
      if (!/^[a-z]/.test(ascii)) continue;
      if (ascii.length >= 5) long.add(ascii);
      // HMRC, USPS, IKEA: as short as 3-letter names, so only as a whole part of an address
      else if ((ascii.length === 3 || ascii.length === 4) && /^[a-z]+$/.test(ascii)) short.add(ascii);
    }
    tokens.push([...long]);
    shortTokens.push([...short]);
  });
  const names: RegistryData['names'] = [];
  brands.forEach((spec, index) => {
    for (const raw of spec.names) {
      const name = normalName(raw).replace(/\s+/g, ' ').trim();
      if (name.length < 2) continue;
      const latin = /[a-z0-9]/.test(name);
      names.push([name, latin, index]);
      // letters spaced apart are joined by normalisation: 지니 뮤직 may read 지니뮤직
      if (name.includes(' ')) names.push([name.replace(/ /g, ''), latin, index]);
    }
  });
  names.sort((a, b) => b[0].length - a[0].length);
  return { tokens, shortTokens, names };
}

const storedRegistryData = new WeakMap<readonly BrandSpec[], () => RegistryData>();

/** Registry data made at build time for these brands (read when a scan first needs it). */
export function rememberRegistryData(brands: readonly BrandSpec[], read: () => RegistryData): void {
  storedRegistryData.set(brands, read);
}

function prepare(brands: readonly BrandSpec[]): PreparedRegistry {
  const cached = prepared.get(brands);
  if (cached) return cached;
  const data = storedRegistryData.get(brands)?.() ?? registryDataOf(brands);
  const list: PreparedBrand[] = brands.map((spec, k) => ({
    spec,
    domains: new Set(spec.domains.map((d) => d.toLowerCase())),
    tokens: data.tokens[k]!,
    shortTokens: data.shortTokens[k]!,
    phones: spec.phones ? new Set(spec.phones.map((phone) => canonicalPhone(phone) ?? phone)) : null,
  }));
  const names: PreparedRegistry['names'] = data.names.map(([name, latin, k]) => ({ name, latin, brand: list[k]! }));
  const allTokens = new Set(list.flatMap((brand) => brand.tokens));
  const longTokenList = [...allTokens].filter((t) => t.length >= 5);
  const notInsideByToken = new Map<string, string[]>();
  for (const brand of list) {
    const words = (brand.spec.not_inside ?? []).map((word) => word.toLowerCase().replace(/[\s-]+/g, ''));
    if (words.length > 0) for (const token of brand.tokens) notInsideByToken.set(token, [...(notInsideByToken.get(token) ?? []), ...words]);
  }
  const tokensByLength = new Map<number, string[]>();
  for (const token of allTokens) {
    const sameLength = tokensByLength.get(token.length);
    if (sameLength) sameLength.push(token);
    else tokensByLength.set(token.length, [token]);
  }
  const registry: PreparedRegistry = {
    brands: list,
    names,
    verdicts: new Map(),
    nameSet: new LiteralSet(names.map((n) => n.name)),
    hasShortTokens: list.some((brand) => brand.shortTokens.length > 0),
    mentionsOf: new WeakMap(),
    officialDomains: new Set(list.flatMap((brand) => [...brand.domains])),
    officialPhones: new Set(list.flatMap((brand) => [...(brand.phones ?? [])])),
    brandTokens: allTokens,
    longTokens: new LiteralSet(longTokenList),
    longTokenList,
    notInsideByToken,
    tokensByLength,
  };
  prepared.set(brands, registry);
  return registry;
}

interface Mention {
  brand: PreparedBrand;
  span: ViewSpan;
}

const LATIN_OR_DIGIT = /[a-z0-9]/;

/** Where brands are named in the folded text: plain substring search, Latin names on word boundaries. */
function mentions(ctx: ScanContext, registry: PreparedRegistry): Mention[] {
  let found = registry.mentionsOf.get(ctx);
  if (found === undefined) registry.mentionsOf.set(ctx, (found = findMentions(ctx.normalized.folded.text, registry)));
  return found;
}

function findMentions(text: string, registry: PreparedRegistry): Mention[] {
  const found: Mention[] = [];
  const taken: ViewSpan[] = [];
  const present = registry.nameSet.presentIn(text);
  for (let k = 0; k < registry.names.length; k++) {
    if (present[k] === 0) continue;
    const { name, latin, brand } = registry.names[k]!;
    for (let at = text.indexOf(name); at !== -1 && found.length < 200; at = text.indexOf(name, at + 1)) {
      const end = at + name.length;
      if (latin && (LATIN_OR_DIGIT.test(text[at - 1] ?? '') || LATIN_OR_DIGIT.test(text[end] ?? ''))) continue;
      if (taken.some((t) => at < t.end && end > t.start)) continue; // inside a longer name already found
      if (insideOtherWord(text, at, name, brand.spec.not_inside)) continue;
      taken.push({ start: at, end });
      found.push({ brand, span: { start: at, end } });
    }
  }
  return found.sort((a, b) => a.span.start - b.span.start);
}

/** Whether the name found at `at` is part of a longer word the registry lists as not the brand. */
function insideOtherWord(text: string, at: number, name: string, words: readonly string[] | undefined): boolean {
  return (words ?? []).some((word) => {
    const lower = word.toLowerCase();
    for (let k = lower.indexOf(name); k !== -1; k = lower.indexOf(name, k + 1)) if (at >= k && text.startsWith(lower, at - k)) return true;
    return false;
  });
}

/** Sites where anyone gets a subdomain: a brand's name there is a user's page, not a forged address. */
const HOSTING_PLATFORMS = new Set(['tistory.com', 'blogspot.com', 'wordpress.com', 'github.io', 'medium.com', 'naver.com', 'daum.net', 'kakao.com', 'notion.site', 'wixsite.com', 'weebly.com', 'vercel.app', 'netlify.app', 'pages.dev', 'web.app', 'firebaseapp.com', 'herokuapp.com', 'substack.com', 'tumblr.com', 'onelink.me', 'app.link', 'page.link', 'google.com', 'youtube.com', 'instagram.com', 'facebook.com', 'x.com', 'twitter.com']);

/** Labels of a host that may carry a brand: the registrable label, and the subdomains (royalmail.parcel-settle.info). */
function addressTokens(url: FoundUrl): string[] {
  if (!url.label) return [];
  // with its hyphens too: bae-min-coupon.shop hides baemin, pay-pal-help.com paypal
  const tokens = [url.label, url.label.replace(/-/g, ''), ...url.label.split('-')];
  if (!HOSTING_PLATFORMS.has(url.domain ?? '')) {
    for (const sub of url.host.split('.').slice(0, -(url.domain!.split('.').length))) if (sub !== 'www') tokens.push(sub, ...sub.split('-'));
  }
  return tokens.filter((t) => t.length >= 4);
}

/** Whether an address token is a brand's token, or holds one of five letters or more (royalmail-parcel). */
function namesBrand(tokens: readonly string[], registry: PreparedRegistry): boolean {
  if (tokens.some((t) => registry.brandTokens.has(t))) return true;
  const present = registry.longTokens.presentIn(tokens.join(' '));
  return registry.longTokenList.some(
    (b, k) => present[k] === 1 && tokens.some((t) => t.length > b.length && t.includes(b) && !registry.notInsideByToken.get(b)?.some((word) => t.includes(word))),
  );
}

/** Whether an address token looks like a brand's token without being it (amaz0n, paypa1). */
function imitatesBrand(tokens: readonly string[], registry: PreparedRegistry): boolean {
  return tokens.some((t) => {
    // amaz0n, paypa1, rnicrosoft: once per token, not once per brand token it is set against
    const plain = deconfuse(t);
    if (plain !== t && Math.abs(plain.length - t.length) <= 2 && registry.brandTokens.has(plain)) return true;
    for (let length = t.length - 2; length <= t.length + 2; length++) {
      if (registry.tokensByLength.get(length)?.some((b) => looksLike(t, b))) return true;
    }
    return false;
  });
}

/**
 * Whether the host writes a brand's official domain with a hyphen for a dot (mrpizza-co.kr for
 * mrpizza.co.kr, naver-com.top for naver.com): a glance reads the brand's address.
 */
function hyphenatesOfficialDomain(host: string, registry: PreparedRegistry): boolean {
  if (!host.includes('-')) return false;
  const parts = host.split(/(?=[.-])/); // "mrpizza", "-co", ".kr": each part keeps the separator before it
  for (let first = 0; first < parts.length - 1; first++) {
    for (let last = first + 1; last < parts.length; last++) {
      const span = parts.slice(first, last + 1).join('').replace(/^[.-]/, '');
      if (span.includes('-') && registry.officialDomains.has(span.replace(/-/g, '.'))) return true;
    }
  }
  return false;
}

/** Whether a whole part of the address (skt in skt-usimcare.kr) is the short name of a brand the post names. */
function namesShortBrand(url: FoundUrl, text: string, named: () => Mention[], registry: PreparedRegistry): boolean {
  if (!url.label || !registry.hasShortTokens) return false;
  const host = url.suffix ? url.host.slice(0, -(url.suffix.length + 1)) : url.host;
  const parts = (HOSTING_PLATFORMS.has(url.domain ?? '') ? url.label : host).split(/[.-]/);
  const candidates = registry.brands.filter((brand) => brand.shortTokens.some((token) => parts.includes(token)));
  if (candidates.length === 0) return false;
  // the brand named in the post as a word of its own: not just in this address, nor as part of
  // a hyphenated or dotted word (pop-ups is not UPS)
  const inAddress = (m: Mention): boolean => url.view === 'folded' && m.span.start < url.span.end && m.span.end > url.span.start;
  const inWord = (m: Mention): boolean => /[-.]/.test(text[m.span.start - 1] ?? '') || /[-.][a-z0-9]/.test(text.slice(m.span.end, m.span.end + 2));
  return named().some((m) => candidates.includes(m.brand) && !inAddress(m) && !inWord(m));
}

/** Digits and letter pairs that stand in for letters in lookalike names (amaz0n, paypa1, rnicrosoft). */
function deconfuse(token: string): string {
  return token.replace(/rn/g, 'm').replace(/vv/g, 'w').replace(/0/g, 'o').replace(/1/g, 'l').replace(/3/g, 'e').replace(/5/g, 's').replace(/4/g, 'a');
}

type Distance = { jaroWinkler: (a: string, b: string) => number; damerau: (a: string, b: string) => number };
let distance: Distance | undefined;

function loadDistance(): Distance {
  // natural's submodules, never its index (which loads databases and prints to stdout)
  const jw = require('natural/lib/natural/distance/jaro-winkler_distance.js') as (a: string, b: string) => number;
  const lev = require('natural/lib/natural/distance/levenshtein_distance.js') as { DamerauLevenshteinDistance: (a: string, b: string) => number };
  return { jaroWinkler: jw, damerau: (a, b) => lev.DamerauLevenshteinDistance(a, b) };
}

/**
 * Half the letters two strings do not share, counted as multisets: no edit (insert, delete,
 * substitute, transpose) closes more than two of that difference, so it bounds the edit distance
 * from below and spares the exact distance on most pairs.
 */
function bagDistanceBound(a: string, b: string): number {
  // counts by code unit in one reused table, reset after: this runs for every address token
  // against every brand token of a similar length
  const counts = BAG_COUNTS;
  for (let k = 0; k < a.length; k++) counts[a.charCodeAt(k)]!++;
  for (let k = 0; k < b.length; k++) counts[b.charCodeAt(k)]!--;
  let difference = 0;
  for (let k = 0; k < a.length; k++) {
    const code = a.charCodeAt(k);
    difference += Math.abs(counts[code]!);
    counts[code] = 0;
  }
  for (let k = 0; k < b.length; k++) {
    const code = b.charCodeAt(k);
    difference += Math.abs(counts[code]!);
    counts[code] = 0;
  }
  return Math.ceil(difference / 2);
}

const BAG_COUNTS = new Int32Array(0x10000);

function looksLike(token: string, brandToken: string): boolean {
  if (token === brandToken || Math.abs(token.length - brandToken.length) > 2) return false;
  // two letters off either end is another word, not a slip: logistics is not cjlogistics
  if (brandToken.length - token.length === 2 && brandToken.includes(token)) return false;
  // two edits only in long names: at eight letters, two edits reach names of other firms (coinvale, coinbase)
  const allowed = brandToken.length >= 9 ? 2 : 1;
  if (bagDistanceBound(token, brandToken) > allowed) return false;
  distance ??= loadDistance();
  return distance.damerau(token, brandToken) <= allowed && distance.jaroWinkler(token, brandToken) >= 0.9;
}

const CHANNEL_KINDS: Record<string, RegExp> = {
  'kakao-plusfriend': /플러스\s*친구|플친|카카오톡\s*채널|카톡\s*채널|pf\.kakao\.com/g,
  'kakao-openchat': /오픈\s*채팅|오픈\s*톡|open\.kakao\.com/g,
  telegram: /텔레그램|텔레방|telegram|t\.me\//g,
  whatsapp: /왓츠앱|whatsapp|wa\.me\//g,
  band: /네이버\s*밴드|밴드\s*(?:가입|초대)|band\.us/g,
  line: /라인\s*(?:메신저|친구|계정)|line\.me\//g,
  discord: /디스코드|discord/g,
  'facebook-messenger': /(?:facebook|페이스북)\s*messenger|메신저로\s*(?:신청|연락)/g,
  'instagram-dm': /(?:인스타(?:그램)?|instagram)\s*(?:dm|디엠)/g,
  'sms-link': /(?:문자|sms|text message)[^\n]{0,20}(?:링크|link)/g,
};

/** The channel kinds' regular expressions, whose prefilter atoms the build derives (dist/rules.json). */
export const CHANNEL_KIND_SOURCES = Object.values(CHANNEL_KINDS).map((pattern) => pattern.source);

/**
 * The literal prefilter of each kind of channel: a post with none of their atoms is not searched
 * for any. Made on first use, once the prebuilt atoms are known: a start does not derive them.
 */
let channelGates: Array<(text: string) => boolean> | undefined;

/**
 * Whether the sentence denies the channel: "we do not run a Telegram channel", "카카오톡·텔레그램
 * 리딩방을 운영하지 않으며". A notice listing the channels a brand does not use is not its impostor.
 */
function deniedAround(text: string, channel: ViewSpan): boolean {
  return DENIED_BEFORE.test(text.slice(Math.max(0, channel.start - 40), channel.start)) || DENIED_AFTER.test(text.slice(channel.end, channel.end + 50));
}

// within the sentence: a dot inside a word (an .apk file, bit.ly) does not end it
const DENIED_BEFORE = /(?:^|[^a-z])(?:not|never|no)(?:[^a-z](?:[^\n.!?]|\.(?=[a-z0-9]))*)?$|n['’]t(?:[^a-z](?:[^\n.!?]|\.(?=[a-z0-9]))*)?$/;
const DENIED_AFTER = /^[^\n.!?]*?지\s*않/;

/** The characters between two spans (negative when they overlap). */
function gapBetween(a: ViewSpan, b: ViewSpan): number {
  return Math.max(a.start - b.end, b.start - a.end);
}

function spanOf(a: ViewSpan, b: ViewSpan): ViewSpan {
  return { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) };
}

/** The registrable domain of a class action's settlement site: "…settlement.com", "…classaction.com". */
const SETTLEMENT_SITE = /^[a-z0-9-]*(?:settlement|classaction)[a-z0-9-]*\.(?:com|org|net|info)$/;

/** Public suffixes only governments can register under: no impostor owns an address there. */
const GOVERNMENT_SUFFIXES = new Set(['go.kr', 'mil.kr', 'gov', 'mil', 'gov.uk', 'gov.au', 'gc.ca', 'govt.nz', 'gov.ie']);

const MODES = ['foreign-domain', 'lookalike-domain', 'official-domain', 'unoperated-channel', 'disguised-name', 'sender-tag', 'sender-address', 'foreign-phone', 'sender-tag-phone'] as const;
type Mode = (typeof MODES)[number];

/**
 * The domain a brand lists for an address: its registrable domain, or the public suffix itself
 * where a brand owns one (www.nhs.uk is on nhs.uk, a suffix like co.uk; so are gov.uk and police.uk).
 */
function ownerDomain(url: FoundUrl, registry: PreparedRegistry): string | null {
  return url.suffix !== null && registry.officialDomains.has(url.suffix) ? url.suffix : url.domain;
}

/**
 * A bare domain in parentheses or brackets names a merchant, a source or a sender, it is no link
 * to follow: the "(Amazon.com)" of a card-approval text and the "[Trip.com]" tag a text message
 * opens with vouch for nothing. Nor does one that names a gift card ("an Amazon.com or Visa eGift card"), which lures offer as the prize, nor a merchant
 * descriptor in capitals ("a charge at APPLE.COM/BILL"), which callback lures quote from statements, nor the
 * merchant a charge alert names ("a charge of $649.99 at BestBuy.com").
 */
function namesAMerchant(ctx: ScanContext, url: FoundUrl): boolean {
  if (url.view !== 'folded' || /^[a-z][a-z0-9+.-]*:|^www\./i.test(url.url)) return false;
  // a card statement's merchant descriptor ("at APPLE.COM/BILL", "AMAZON.COM"): upper case as written
  const written = ctx.evidence(url.view, url.span).text;
  if (/[A-Z]/.test(written) && !/[a-z]/.test(written)) return true;
  if (url.path !== '' && url.path !== '/') return false;
  const text = ctx.normalized.folded.text;
  const [before, after] = [text[url.span.start - 1], text[url.span.end]];
  if ((before === '(' && after === ')') || (before === '[' && after === ']')) return true;
  if (CHARGE_AT_BEFORE.test(text.slice(Math.max(0, url.span.start - 60), url.span.start))) return true;
  return GIFT_CARD_AFTER.test(text.slice(url.span.end, url.span.end + 40));
}

/** What comes before a merchant named in a charge alert: "a charge of $649.99 at BestBuy.com was approved". */
const CHARGE_AT_BEFORE = /(?:charge|purchase|payment|transaction|spent|paid|charged)[^\n]{0,25}(?:[$£€₩]\s?\d|\d[\d,.]*\s?(?:usd|gbp|eur|원))[^\n]{0,25}\sat\s$/;

/** What follows a domain written as a gift card's name: "… gift card", "… or Visa eGift card", "… 기프트카드". */
const GIFT_CARD_AFTER = /^(?: or [a-z]+(?: [a-z]+)?)? ?(?:e-?gift|gift ?cards?|gift ?certificates?|vouchers?|기프트\s*카드|상품권)/;

/** The host of an address as the post wrote it (a link's target as given): lower case, invisible characters dropped. */
function writtenHost(quoted: Evidence): string {
  return (quoted.link ?? quoted.text).toLowerCase().replace(/[\p{Cf}\u00ad]/gu, '').replace(/^[a-z]+:\/\//, '').split(/[/?#:]/)[0]!;
}

function findEvidence(ctx: ScanContext, mode: Mode, within: number, except: readonly string[], numbers: PhoneKinds): Evidence[] {
  const evidence: Evidence[] = [];
  if (mode === 'disguised-name') return disguisedNames(ctx);
  if (mode === 'sender-address') return senderAddresses(ctx);
  if (mode === 'foreign-phone') return foreignPhones(ctx, within);
  if (mode === 'sender-tag-phone') return senderTagPhones(ctx, within, numbers);
  const addresses = mode === 'foreign-domain' || mode === 'lookalike-domain' ? [...ctx.urls, ...mailDomains(ctx)] : ctx.urls;
  if (mode !== 'unoperated-channel' && addresses.length === 0) return evidence;
  const registry = prepare(ctx.brands);
  const quote = (url: FoundUrl): Evidence => ctx.evidence(url.view, url.span);
  let named: Mention[] | undefined;
  if (mode === 'foreign-domain' || mode === 'lookalike-domain') {
    for (const url of addresses) {
      if (!url.domain || (url.suffix !== null && GOVERNMENT_SUFFIXES.has(url.suffix))) continue;
      // a class action's settlement site is named after the firm it sues (anthropiccopyrightsettlement.com)
      if (mode === 'foreign-domain' && SETTLEMENT_SITE.test(url.domain)) continue;
      const written = writtenHost(quote(url));
      // the address as written too: normalisation reads amaz0n as amazon, but the lookalike is the point
      // on a hosting platform the subdomain is a user's page (or a brand's own deep link), as written too
      const writtenTokens = HOSTING_PLATFORMS.has(url.domain ?? '') ? [] : written.split(/[.-]/).filter((t) => t.length >= 4);
      const tokens = [...addressTokens(url), ...writtenTokens];
      // an address on any brand's own domain impersonates no other brand (dhlottery.co.kr is not
      // Lotte's) — as written: normalisation reads t3sco.com as tesco.com
      const owner = ownerDomain(url, registry)!;
      const writtenAsIs = written === owner || written.endsWith(`.${owner}`);
      if (writtenAsIs && registry.officialDomains.has(owner)) continue;
      const key = `${mode}\u0000${url.host}\u0000${written}`;
      let hit = fastPaths.enabled ? registry.verdicts.get(key) : undefined;
      if (hit === undefined) {
        hit = mode === 'foreign-domain' ? namesBrand(tokens, registry) : imitatesBrand(tokens, registry) || hyphenatesOfficialDomain(written, registry);
        // scrapes name the same few hundred hosts again and again; a bound keeps hostile input from growing it
        if (registry.verdicts.size >= MAX_REMEMBERED_HOSTS) registry.verdicts.clear();
        registry.verdicts.set(key, hit);
      }
      if (!hit && mode === 'foreign-domain') hit = namesShortBrand(url, ctx.normalized.folded.text, () => (named ??= mentions(ctx, registry)), registry);
      if (hit) evidence.push(quote(url));
    }
    return evidence;
  }
  if (mode === 'sender-tag') return senderTagLinks(ctx, registry, quote);
  if (mode === 'official-domain') {
    // a page that sends what is typed into it to another site is not vouched for by the brand links it copied
    const formElsewhere = (url: FoundUrl): boolean => url.view === 'links' && ctx.linkAt(url.span).form === true && !registry.officialDomains.has(ownerDomain(url, registry) ?? '');
    if (ctx.urls.some(formElsewhere)) return evidence;
    // only addresses on some brand's domain can count: look for names only then
    // the domain as written must be the brand's: normalisation reads t3sco.com as tesco.com
    const candidates = ctx.urls.filter((url) => {
      if (namesAMerchant(ctx, url)) return false;
      const owner = ownerDomain(url, registry);
      if (!owner || !registry.officialDomains.has(owner)) return false;
      const written = writtenHost(quote(url));
      return written === owner || written.endsWith(`.${owner}`);
    });
    const usable = candidates.filter((url) => !except.some((host) => `${url.host}${url.path}`.startsWith(host)));
    if (usable.length === 0) return evidence;
    named = mentions(ctx, registry);
    for (const url of usable) if (named.some((m) => m.brand.domains.has(ownerDomain(url, registry)!))) evidence.push(quote(url));
    return evidence;
  }
  // unoperated-channel: the brand named next to a kind of channel it does not run
  const text = ctx.normalized.folded.text;
  channelGates ??= CHANNEL_KIND_SOURCES.map(literalGate);
  if (!channelGates.some((mayMatch) => mayMatch(text))) return evidence;
  for (const [kind, pattern] of Object.entries(CHANNEL_KINDS)) {
    pattern.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = pattern.exec(text)) !== null) {
      named ??= mentions(ctx, registry);
      const channel = { start: match.index, end: match.index + match[0].length };
      if (deniedAround(text, channel)) continue;
      const near = named.find((m) => m.brand.spec.does_not_operate?.includes(kind) && gapBetween(m.span, channel) <= within);
      if (near) evidence.push(ctx.evidence('folded', spanOf(near.span, channel)));
    }
  }
  return evidence;
}

/**
 * A brand's Latin name written with Greek or Cyrillic lookalike letters (NAVЕR, Сoupang): no
 * brand writes its own name so, while a page made to pass for the brand and slip past filters does.
 */
/**
 * The sender tag a text message opens with: [SK텔레콤], 【KB국민카드】 or "Optus:", after any
 * carrier marks ([Web발신], [국외발신], (광고)). Its span in the folded text, or null.
 */
const SENDER_TAG = /^\s*(?:[[(【<]\s*(?:web\s*발신|국외\s*발신|국제\s*발신|해외\s*발신|광고)\s*[\])】>]\s*)*(?:[[【]\s*([^\]】\n]{2,24}?)\s*[\]】]|([a-z][a-z0-9&' .-]{1,24}?)\s*:(?!\/))/;

/**
 * Where a forwarded text message starts inside a post: the first line of a quoted block (> or |;
 * the folded view has dropped box-drawing bars), or the line after a "Forwarded" mark.
 */
const FORWARD_START = /(?:^|\n)(?![ \t]*[|>])[^\n]*\n[ \t]*[|>][ \t]?|(?:^|\n)[ \t]*(?:-+[ \t]*)?(?:forwarded(?: message)?|fwd?|전달(?:된\s*메시지|받은\s*(?:문자|메시지))?|받은\s*문자|문자\s*내용|original message)[ \t]*(?:-+)?[ \t:.]*\n/g;

/** Header lines of a transcribed text message before its own text, at most, and their length. */
const MAX_HEADER_LINES = 3;
const MAX_HEADER_LINE = 30;

/** Forwarded messages looked at for a sender tag, at most (a long thread quotes many). */
const MAX_FORWARDS = 8;

/** The sender tags a text opens with, or a message forwarded in it opens with. */
function senderTags(text: string): ViewSpan[] {
  const tags: ViewSpan[] = [];
  const atStart = tagAt(text, 0);
  if (atStart) tags.push(atStart);
  // a transcribed text message opens with its header: the sender's id, a time ("Tesco-Info",
  // "From: eFlow-Info", "Today 08:12"); the message's own tag follows
  for (let lineEnd = text.indexOf('\n'), lines = 0; lineEnd !== -1 && lines < MAX_HEADER_LINES; lines++) {
    const lineStart = lines === 0 ? 0 : text.lastIndexOf('\n', lineEnd - 1) + 1;
    if (lineEnd - lineStart > MAX_HEADER_LINE) break;
    const tag = tagAt(text, lineEnd + 1);
    if (tag) tags.push(tag);
    lineEnd = text.indexOf('\n', lineEnd + 1);
  }
  FORWARD_START.lastIndex = 0;
  for (let k = 0, start = FORWARD_START.exec(text); start !== null && k < MAX_FORWARDS; k++, start = FORWARD_START.exec(text)) {
    const tag = tagAt(text, start.index + start[0].length);
    if (tag) tags.push(tag);
  }
  return tags;
}

function tagAt(text: string, offset: number): ViewSpan | null {
  const match = SENDER_TAG.exec(text.slice(offset, offset + 200));
  if (!match) return null;
  const name = match[1] ?? match[2]!;
  const start = offset + match.index + match[0].indexOf(name);
  return { start, end: start + name.length };
}

/**
 * The first sender tag that names a brand, and the brands it names: "Auntie Pauline:" opens a
 * chat that quotes "GOV.UK: …". A notice board's heading ([우리은행 공지사항]) is not the sender of
 * a text message, nor is the messenger that carries a brand's channel ([카카오톡 채널] 에스티 로더),
 * nor a chat's title ([카카오톡 · 우리 가족]): a message quoted in the chat may still have its own.
 */
function brandTag(ctx: ScanContext, registry: PreparedRegistry): { tag: ViewSpan; brands: PreparedBrand[]; named: Mention[] } | null {
  const text = ctx.normalized.folded.text;
  const tags = senderTags(text).filter((tag) => {
    const name = text.slice(tag.start, tag.end);
    return !/공지|보도\s*자료|notice|press/.test(name) && !/^(?:카카오톡?\s*채널|알림톡|플러스\s*친구)$/.test(name.trim()) && !CHAT_TITLE.test(name);
  });
  if (tags.length === 0) return null;
  const named = mentions(ctx, registry);
  for (const tag of tags) {
    const brands = named.filter((m) => m.span.start >= tag.start && m.span.end <= tag.end).map((m) => m.brand);
    if (brands.length > 0) return { tag, brands, named };
  }
  return null;
}

const CHAT_TITLE = /카카오톡\s*[·•|-]|카톡|단톡|가족방|채팅|(?<![a-z])(?:chat|group)(?![a-z])/;

/**
 * Addresses in a message whose sender tag names a brand, on a site that is not that brand's:
 * "[국민건강보험] 결과통보서 확인 nhls-kr.info", "NHS: order your kit at …". A government
 * suffix, which no impostor can register under, does not count.
 */
function senderTagLinks(ctx: ScanContext, registry: PreparedRegistry, quote: (url: FoundUrl) => Evidence): Evidence[] {
  const tagged = brandTag(ctx, registry);
  if (!tagged) return [];
  const { brands, named } = tagged;
  const evidence: Evidence[] = [];
  for (const url of ctx.urls) {
    if (!url.domain || (url.suffix !== null && GOVERNMENT_SUFFIXES.has(url.suffix))) continue;
    // the tag's brand's own site, or that of another brand the message names ("[신한카드] K-패스
    // 환급 … korea-pass.kr"): a card company's text may send the reader to the scheme it pays out
    const owner = ownerDomain(url, registry)!;
    if (brands.some((brand) => brand.domains.has(owner)) || named.some((m) => m.brand.domains.has(owner))) continue;
    evidence.push(quote(url));
  }
  return evidence;
}

/**
 * The sender line of a pasted e-mail: "From: ChatGPT Billing <billing@0penai-account.help>",
 * "보낸 사람: 쿠팡 <help@coupang-event.shop>". Its name part, and the address.
 */
// "From: Name <box@host>", or a line that opens with "Name <box@host>" as a mail client shows a sender
const SENDER_LINE = new RegExp(`(?:^|\\n)[ \\t>|]*(?:(?:from|sender|보낸\\s*사람|발신자|발신인)[ \\t]*:[ \\t]*[^\\n@]{0,80}?[ \\t]*<?|[^\\n@<>:]{1,80}?[ \\t]*<)${MAIL_ADDRESS_SOURCE}`, 'g');

/** The sender lines of the pasted e-mails in a text, at most MAX_SENDER_LINES. */
function senderLines(text: string): RegExpExecArray[] {
  const lines: RegExpExecArray[] = [];
  if (!text.includes('@')) return lines;
  SENDER_LINE.lastIndex = 0;
  for (let line = SENDER_LINE.exec(text); line !== null && lines.length < MAX_SENDER_LINES; line = SENDER_LINE.exec(text)) lines.push(line);
  return lines;
}

/**
 * The domains of mail addresses written in the text, read as addresses a brand's name may be put
 * in, like a link's host. A pasted e-mail's sender line is left to the sender-address mode, which
 * reads its name part too.
 */
function mailDomains(ctx: ScanContext): FoundUrl[] {
  const found = ctx.mailDomains;
  if (found.length === 0) return found;
  const cached = bodyMailDomains.get(ctx);
  if (cached) return cached;
  const senders = new Set(senderLines(ctx.normalized.folded.text).map((line) => line.index + line[0].length));
  const inBody = found.filter((domain) => !senders.has(domain.span.end));
  bodyMailDomains.set(ctx, inBody);
  return inBody;
}

/** The mail domains outside sender lines, once per text: the foreign- and lookalike-domain modes both ask. */
const bodyMailDomains = new WeakMap<ScanContext, FoundUrl[]>();

/** Pasted e-mails looked at for a sender line, at most (a thread quotes many). */
const MAX_SENDER_LINES = 8;

/**
 * Sender addresses of pasted e-mails that pass for a brand: the brand named in the sender's name
 * or mailbox on a domain that is not the brand's ("Kindle Billing <…@gmail.com>"), or a domain
 * that carries or imitates a brand's name. No brand sends its mail from another firm's domain or
 * a free mailbox; a domain under a government suffix is left out, as for links.
 */
function senderAddresses(ctx: ScanContext): Evidence[] {
  const lines = senderLines(ctx.normalized.folded.text);
  if (lines.length === 0) return [];
  const registry = prepare(ctx.brands);
  const evidence: Evidence[] = [];
  for (const line of lines) {
    const mailbox = line[1]!;
    const host = line[2]!;
    const parsed = parseUrl(host);
    if (!parsed?.domain || (parsed.suffix !== null && GOVERNMENT_SUFFIXES.has(parsed.suffix))) continue;
    const lineStart = line.index;
    const lineEnd = lineStart + line[0].length;
    const address: FoundUrl = { ...parsed, view: 'folded', span: { start: lineEnd - host.length - mailbox.length - 1, end: lineEnd } };
    if (registry.officialDomains.has(ownerDomain(address, registry)!)) continue;
    const tokens = addressTokens(address);
    const named = mentions(ctx, registry).some((m) => m.span.start >= lineStart && m.span.end <= lineEnd);
    if (named || namesBrand(tokens, registry) || imitatesBrand(tokens, registry)) evidence.push(ctx.evidence('folded', address.span));
  }
  return evidence;
}

function disguisedNames(ctx: ScanContext): Evidence[] {
  if (!hasCyrillicOrGreek(ctx.original)) return [];
  return mentions(ctx, prepare(ctx.brands))
    .map((mention) => ctx.evidence('folded', mention.span))
    .filter((quoted) => isMixedScript(quoted.text, 2)); // a brand's name is a word already: KТ counts
}

/**
 * Numbers given next to a brand that lists its own (banks, card companies, carriers, agencies)
 * that are none of any brand's: "[KB국민카드] 해외승인 … 본인 결제가 아닐 경우 02-3481-2290".
 * Only lines, mobiles and internet phones count, or a masked number (02-3448-90**): firms give
 * out rented service numbers (15xx, 800, 0300), too many to list, and those are not what a
 * callback lure can get. A brand whose list is empty gives out no line at all (국세청's is 126),
 * so any number given in its name counts. A number counts for the brand named nearest it, and
 * not at all when that brand lists no numbers (an insurer's line after the bank it pays into),
 * nor when the number is a branch's, a store's, the writer's office's, a courier's or the
 * customer's own, nor when the brand is only the bank of an account to pay into or the card
 * a discount is for.
 */
function foreignPhones(ctx: ScanContext, within: number): Evidence[] {
  const text = ctx.normalized.folded.text;
  const numbers = phoneNumbersOf(ctx).filter((number) => number.masked || !isServiceNumber(number.digits));
  if (numbers.length === 0) return [];
  const registry = prepare(ctx.brands);
  const named = mentions(ctx, registry).filter((m) => !namedInPassing(text, m));
  if (!named.some((m) => m.brand.phones)) return [];
  const evidence: Evidence[] = [];
  for (const number of numbers) {
    if (registry.officialPhones.has(number.digits) || someoneElses(text, number)) continue;
    const near = nearestMention(named, number, within);
    if (near?.brand.phones) evidence.push(ctx.evidence('folded', spanOf(near.span, number)));
  }
  return evidence;
}

/**
 * Numbers given in a text message whose sender tag names a brand that lists none of its own
 * (brands that list theirs are read by foreign-phone): "[청호나이스] … 납부 및 문의 02-6952-4407".
 * A firm's texts send people to its rented service line (15xx, 080); a line in its name may ring
 * whoever rented it — or the firm's own office, which is why a landline weighs less than a mobile
 * or an internet phone (070, +44 7…), read apart with `numbers`. Not counted: service numbers,
 * masked numbers (a brand masks only the customer's own), platforms' proxy numbers (050x), a
 * named staff member's number, a branch's, a courier's, a shop's or a host's, the texts of a
 * branch ([농협하나로마트 여주점]) and classified ads that file themselves under a brand.
 */
function senderTagPhones(ctx: ScanContext, within: number, kinds: PhoneKinds): Evidence[] {
  const text = ctx.normalized.folded.text;
  const numbers = phoneNumbersOf(ctx).filter((number) => !number.masked && !isServiceNumber(number.digits) && !/^050/.test(number.digits) && isKind(number, kinds));
  if (numbers.length === 0 || CLASSIFIED_AD.test(text)) return [];
  const registry = prepare(ctx.brands);
  const tagged = brandTag(ctx, registry);
  if (!tagged || tagged.brands.some((brand) => brand.phones) || isBranchTag(text, tagged.tag, tagged.named)) return [];
  const evidence: Evidence[] = [];
  for (const number of numbers) {
    if (number.start < tagged.tag.end || number.start - tagged.tag.end > within) continue;
    if (someoneElses(text, number) || STAFF_BEFORE.test(text.slice(Math.max(0, number.start - 30), number.start))) continue;
    evidence.push(ctx.evidence('folded', { start: tagged.tag.start, end: number.end }));
  }
  return evidence;
}

/** Which numbers a sender-tag-phone rule reads: landlines, or mobiles and internet phones. */
type PhoneKinds = 'landline' | 'mobile-or-internet';

/**
 * Mobiles and internet phones: Korean 010 and 070, British 07, Irish 083-089, and any number from
 * a country the phone reader gives with 00 (see text/phones.ts). Australian mobiles (04) share
 * their opening with Korea's 041-044 area codes, and North American numbers do not tell mobiles
 * from lines: both are read as landlines.
 */
function isKind(number: PhoneNumber, kinds: PhoneKinds): boolean {
  const mobileOrInternet = /^(?:01\d|07|08[3-9]|00)/.test(number.digits);
  return kinds === 'landline' ? !mobileOrInternet : mobileOrInternet;
}

/** The tag of a branch or a store ([현대백화점 판교점], [OO마트 여주점]): what is left of it once the brand's name is taken out. */
function isBranchTag(text: string, tag: ViewSpan, named: readonly Mention[]): boolean {
  let rest = text.slice(tag.start, tag.end);
  for (const m of named) {
    if (m.span.start >= tag.start && m.span.end <= tag.end) rest = rest.slice(0, m.span.start - tag.start) + ' '.repeat(m.span.end - m.span.start) + rest.slice(m.span.end - tag.start);
  }
  return /[가-힣]점\s*$|지점|매장|대리점|(?<![a-z])(?:branch|store)(?![a-z])/.test(rest.trim());
}

/** A classified ad that files itself under a brand ("[삼성전자] 갤럭시 미개봉 팝니다 010-…"): the number is the seller's. */
const CLASSIFIED_AD = /팝니다|삽니다|판매합니다|나눔(?:합니다|해요)|직거래|(?<![a-z])(?:for sale|selling my)(?![a-z])/;

/**
 * A person's own number, said just before it: "담당: 이도윤 010-…", "담당 코디 김은정 010-…",
 * "김 매니저 010-…", "fax 02-…", "your driver today is Paul, 07700 …".
 */
const STAFF_BEFORE = new RegExp(
  [
    String.raw`(?:담당(?:자|\s*직원)?|매니저|설계사|선생님|코치|팀장|과장|대리|실장|주임|원장|코디|플래너|엔지니어|상담사|컨설턴트|주무관|배송원|쿠팡친구|(?<![a-z])(?:fp|pb|rm)(?![a-z]))\s*[:：]?(?:\s*(?:연락처|번호|휴대\s*(?:폰|전화)|핸드폰|[가-힣*○]{2,4}|(?<![a-z])(?:fp|pb)(?![a-z]))){0,2}\s*[:：(]?\s*$`,
    String.raw`(?:팩스|(?<![a-z])fax)[^\n\d]{0,6}$`,
    String.raw`(?<![a-z])(?:your (?:agent|adviser|advisor|rep|driver|coach|engineer)|(?:driver|engineer|technician|adviser|advisor)(?: today)?(?: is)? [a-z]+,?)(?![a-z])[^\n\d]{0,20}$`,
  ].join('|'),
);

/** The numbers of a post, found once: three rules read them (foreign-phone and both sender-tag-phone rules). */
const phoneNumbersByContext = new WeakMap<ScanContext, PhoneNumber[]>();

function phoneNumbersOf(ctx: ScanContext): PhoneNumber[] {
  let found = phoneNumbersByContext.get(ctx);
  if (found === undefined) phoneNumbersByContext.set(ctx, (found = findPhoneNumbers(ctx.normalized.folded.text)));
  return found;
}

/** Whether a number is said to be someone else's than the brand's: a branch's, a courier's, the customer's (see below). */
function someoneElses(text: string, number: PhoneNumber): boolean {
  return NOT_THE_BRANDS_BEFORE.test(text.slice(Math.max(0, number.start - 30), number.start)) || CUSTOMERS_AFTER.test(text.slice(number.end, number.end + 12));
}

/**
 * Whose line a number is, said just before it, when it is not the brand's: a branch's, a shop's
 * or the writer's office's ("강남지점 02-…", "사무국(02-…)", "our Leeds branch on 0113 …"), a
 * courier's ("집배원 홍길동 010-…"), or the customer's own ("고객님(010-1234-56**)").
 */
const NOT_THE_BRANDS_BEFORE = new RegExp(
  [
    String.raw`(?:지점|지사|영업점|대리점|판매점|매장|본점|센터점|[가-힣]점(?=[\s)\]:(])|[가-힣](?:우체국|세무서|경찰서)|사무국|사무실|행정실|관리\s*사무소|(?<![a-z])(?:branch|store|dealer|retailer)(?![a-z]))[^\n\d]{0,12}$`,
    String.raw`(?:집배원|배송\s*기사|택배\s*기사|출동\s*기사|기사님|기사\s*연락처|(?<![a-z])(?:courier|driver)(?![a-z]))[^\n\d]{0,12}$`,
    String.raw`(?:안심\s*번호|가게|호스트|호텔|병원|의원|중개(?:사|사무소)|공연장|교무실|(?<![a-z])(?:surgery|practice|host|hotel)(?![a-z]))[^\n\d]{0,12}$`,
    String.raw`(?:고객님|회원님|[가-힣*]{1,4}님|(?<![a-z])your (?:number|phone|mobile))\s*(?:의\s*)?(?:휴대\s*(?:폰|전화)\s*(?:번호)?\s*)?[(:]?\s*$`,
  ].join('|'),
);

/** A number the text goes on to call the customer's: "010-1234-5678 번호의 요금", "… 번호로 인증번호를 보냈습니다". */
const CUSTOMERS_AFTER = /^\s*\)?\s*(?:번호의|번호로\s*(?:인증|발송|전송)|님)/;

/**
 * Whether a brand is named only as the bank of an account to pay into ("입금계좌 국민은행
 * 123456-…", "예금주") or as the card a discount is for ("신한카드 결제 시 10% 청구할인"): the
 * numbers around it are then the payee's or the shop's.
 */
function namedInPassing(text: string, mention: Mention): boolean {
  return PASSING_BEFORE.test(text.slice(Math.max(0, mention.span.start - 12), mention.span.start)) || PASSING_AFTER.test(text.slice(mention.span.end, mention.span.end + 24));
}

const PASSING_BEFORE = /(?:입금\s*계좌|계좌|예금주|(?<![a-z])(?:account|pay(?:ing)? (?:by|with|using))(?![a-z]))\s*[:：]?\s*$/;
const PASSING_AFTER = /^\s*(?:카드)?\s*(?:\d{2,6}-\d{2,6}-\d{2,8}|\d{10,14}|계좌|예금주|(?:카드\s*)?(?:결제|이용)\s*시|(?:카드\s*)?(?:로|으로)\s*결제|청구\s*할인|즉시\s*할인)/;

function nearestMention(named: readonly Mention[], number: PhoneNumber, within: number): Mention | undefined {
  let best: Mention | undefined;
  let bestGap = Infinity;
  for (const m of named) {
    const gap = gapBetween(m.span, number);
    if (gap <= within && gap < bestGap) [best, bestGap] = [m, gap];
  }
  return best;
}

/**
 * Brand impersonation, read against the registry in rules/brands.yaml: a brand's name in a web
 * address that is not the brand's, a lookalike of its domain, the brand named next to a kind of
 * channel it does not operate — or, the other way, a link to the brand's own domain.
 */
export const brandDetector: DetectorDefinition = {
  name: 'brand',
  regexParams: [],
  description: 'brand impersonation (foreign or lookalike domains, unoperated channels, names written in lookalike letters) or the brand\'s own domain, from rules/brands.yaml',
  paramsSchema: {
    type: 'object',
    additionalProperties: false,
    required: ['mode'],
    properties: {
      mode: { enum: [...MODES] },
      within: { type: 'integer', minimum: 0, maximum: 300, description: 'unoperated-channel, foreign-phone, sender-tag-phone: how near the brand name and the channel or number must stand (default 40)' },
      except: { type: 'array', items: { type: 'string' }, description: 'official-domain: hosts (or host/path prefixes) on a brand domain where anyone can post: open chats, blogs, forms' },
      numbers: { enum: ['landline', 'mobile-or-internet'], description: 'sender-tag-phone: which numbers count (default landline)' },
    },
  },
  create(params) {
    const mode = params.mode as Mode;
    const within = typeof params.within === 'number' ? params.within : 40;
    const except = (params.except as string[] | undefined) ?? [];
    const numbers = (params.numbers as PhoneKinds | undefined) ?? 'landline';
    return (ctx) => {
      if (ctx.brands.length === 0) return null;
      const evidence = findEvidence(ctx, mode, within, except, numbers);
      return evidence.length > 0 ? evidence.slice(0, 5) : null;
    };
  },
};
