import type { Link } from '../engine/context.js';
import { MAX_EMBEDDED_CHARS, proseLines, proseOfJson, textOfHtmlAttribute } from './embedded-text.js';

export interface ExtractedPage {
  title?: string;
  description?: string;
  /** where the page says it lives (its canonical link or og:url), absolute */
  address?: string;
  text: string;
  links: Link[];
  /** the lines of prose in the page's footers, apart from the text (see finePrintOf) */
  finePrint?: string;
}

export type Attributes = Readonly<Record<string, string | undefined>>;

/** Elements that are never the post: code, styling, embedded media, navigation. */
const DROPPED_TAGS = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'svg', 'canvas', 'nav', 'object', 'embed', 'head', 'select']);
/** Page chrome, dropped unless it sits inside the article (where it holds title, byline, date). */
const CHROME_TAGS = new Set(['header', 'footer', 'aside']);
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search']);
/** Ad placeholders by class or id: ad, ads, advert, sponsor, and names such as default_news_ad2 (not "banner": a lure's hero banner holds its pitch). */
const AD_NAME = /(?:^|[\s_-])(?:ads?|advert\w*|adsense|adslot|sponsored?|dfp|gpt-ad)(?:\d+|[\s_-]|$)/i;
const BLOCK_TAGS = new Set([
  'address', 'article', 'blockquote', 'br', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section', 'summary',
  'table', 'td', 'th', 'tr', 'ul', 'aside', 'caption', 'label', 'option', 'button', 'textarea', 'legend', 'fieldset',
]);

/** Why an element is left out: never read, or read only when the page shows little else. */
const enum Dropped {
  No,
  Always,
  /** hidden or named like an ad: a lure page may hold its offer in an "event-banner" or a hidden modal */
  UnlessShort,
  /** the page's footer: only its sentences are read, after the post (see finePrint) */
  FinePrint,
  /**
   * a `hidden` element inside the page's main content or article: a step the page's script
   * shows later (a quiz's prize box, a "share to unlock" screen). It is read after the post.
   */
  LaterStep,
}

function dropped(tag: string, attribs: Attributes, insideArticle: boolean): Dropped {
  if (DROPPED_TAGS.has(tag)) return Dropped.Always;
  if (attribs.hidden !== undefined && insideArticle) return Dropped.LaterStep;
  if (attribs.hidden !== undefined || attribs['aria-hidden'] === 'true') return Dropped.UnlessShort;
  if (AD_NAME.test(attribs.class ?? '') || AD_NAME.test(attribs.id ?? '')) return Dropped.UnlessShort;
  if (insideArticle) return Dropped.No;
  if (tag === 'footer' || (attribs.role ?? '').toLowerCase() === 'contentinfo') return Dropped.FinePrint;
  return CHROME_TAGS.has(tag) || CHROME_ROLES.has((attribs.role ?? '').toLowerCase()) ? Dropped.Always : Dropped.No;
}

/**
 * What a form field shows before anything is typed: its placeholder, or a button's label. A
 * phishing form's asks (주민등록번호 13자리, CVC) are often written nowhere else.
 */
function fieldText(tag: string, attribs: Attributes): string | undefined {
  if (tag === 'textarea') return attribs.placeholder;
  if (tag !== 'input') return undefined;
  const type = (attribs.type ?? 'text').toLowerCase();
  if (type === 'submit' || type === 'button' || type === 'reset') return attribs.value;
  if (type === 'image') return attribs.alt;
  // every sign-in form has a password and an e-mail box, and many pages a search box: their
  // placeholders say nothing of the page
  return FIELDS_READ.has(type) ? attribs.placeholder : undefined;
}

/** Input types whose placeholder is read: what the page asks to be typed (not hidden, password, e-mail, search). */
const FIELDS_READ = new Set(['text', 'tel', 'number', 'date', 'month', 'url']);

export function resolveHref(href: string | undefined, baseUrl: string | undefined): string | undefined {
  const raw = href?.trim();
  if (!raw || raw.startsWith('#') || /^javascript:/i.test(raw)) return undefined;
  if (!baseUrl) return raw;
  try {
    return new URL(raw, baseUrl).href;
  } catch {
    return raw;
  }
}

interface OpenElement {
  block: boolean;
  insideArticle: boolean;
  pre: boolean;
  href?: string;
  linkStart?: number;
  form?: boolean;
}

/**
 * The text and links of an element's content as the page shows it: dropped elements (scripts,
 * navigation, ads, chrome outside the article) with everything in them left out, a line break
 * around each block. Fed the element events of a page in document order.
 */
class TextWalker {
  private readonly parts: string[] = [];
  readonly links: Link[] = [];
  private readonly open: OpenElement[] = [];
  /** elements open inside a dropped one (itself included): nothing in them is read */
  private droppedDepth = 0;
  /** the content of the hidden, ad-named or footer element being dropped, read apart */
  private setAside?: { walker: TextWalker; finePrint: boolean; laterStep: boolean };
  /** what was set aside, for a page that shows little else */
  readonly asideTexts: string[] = [];
  /** what hidden steps of the main content hold (see Dropped.LaterStep) */
  readonly laterSteps: string[] = [];
  private asideChars = 0;
  /** the text of the page's footers */
  readonly finePrint: string[] = [];

  constructor(private readonly baseUrl: string | undefined) {}

  openElement(tag: string, attribs: Attributes): void {
    if (this.droppedDepth > 0) {
      this.droppedDepth++;
      this.setAside?.walker.openElement(tag, attribs);
      return;
    }
    const parent = this.open[this.open.length - 1];
    const insideArticle = parent?.insideArticle ?? false;
    const drop = dropped(tag, attribs, insideArticle);
    if (drop !== Dropped.No) {
      this.droppedDepth = 1;
      if (drop !== Dropped.Always) this.setAside = { walker: new TextWalker(this.baseUrl), finePrint: drop === Dropped.FinePrint, laterStep: drop === Dropped.LaterStep };
      return;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) this.parts.push('\n');
    if (tag === 'img' && attribs.alt) this.parts.push(` ${attribs.alt} `);
    const field = fieldText(tag, attribs);
    if (field) this.parts.push(` ${field} `);
    // a form's action is where what is typed into it goes: a phishing page copies the brand's
    // links around it, and only its form points to the thief's host
    const href = tag === 'a' ? resolveHref(attribs.href, this.baseUrl) : tag === 'form' ? resolveHref(attribs.action, this.baseUrl) : undefined;
    this.open.push({
      block,
      insideArticle: insideArticle || tag === 'article' || tag === 'main' || attribs.role === 'main',
      pre: (parent?.pre ?? false) || tag === 'pre',
      ...(href !== undefined ? { href, linkStart: this.parts.length, ...(tag === 'form' ? { form: true } : {}) } : {}),
    });
  }

  closeElement(): void {
    if (this.droppedDepth > 0) {
      this.droppedDepth--;
      if (this.droppedDepth > 0) this.setAside?.walker.closeElement();
      else if (this.setAside !== undefined) {
        const text = this.setAside.walker.result().text;
        if (this.asideChars < MAX_EMBEDDED_CHARS && text !== '') (this.setAside.finePrint ? this.finePrint : this.setAside.laterStep ? this.laterSteps : this.asideTexts).push(text);
        this.asideChars += text.length;
        this.setAside = undefined;
      }
      return;
    }
    const element = this.open.pop();
    if (!element) return;
    if (element.block) this.parts.push('\n');
    if (element.href !== undefined) {
      const text = this.parts.slice(element.linkStart).join('').replace(/\s+/g, ' ').trim();
      this.links.push({ href: element.href, text, ...(element.form ? { form: true } : {}) });
    }
  }

  text(data: string): void {
    if (this.droppedDepth > 0) {
      this.setAside?.walker.text(data);
      return;
    }
    this.parts.push(this.open[this.open.length - 1]?.pre ? data : data.replace(/\s+/g, ' '));
  }

  result(): { text: string; links: Link[] } {
    return { text: tidy(this.parts.join('')), links: this.links };
  }
}

/** All the text inside one element, whatever it holds (what cheerio's .text() gives). */
class TextCapture {
  private readonly parts: string[] = [];
  private depth = 1;

  /** @param lineBreaks put each element's text on a line of its own (for prose read line by line) */
  constructor(private readonly lineBreaks = false) {}

  /** false once the element has closed */
  get open(): boolean {
    return this.depth > 0;
  }

  openElement(): void {
    this.depth++;
    if (this.lineBreaks) this.parts.push('\n');
  }

  closeElement(): void {
    this.depth--;
    if (this.lineBreaks) this.parts.push('\n');
  }

  text(data: string): void {
    this.parts.push(data);
  }

  value(): string {
    return this.parts.join('');
  }
}

/**
 * Reads a page from its element events, in document order, in one pass: the first og:title,
 * twitter:title, <title>, <h1> and descriptions, and the text and links of the first <body>
 * (of the whole page when it has none). The events come from a parser's callbacks or from a
 * walk over a parsed tree: either way the page reads the same.
 */
export class PageReader {
  private ogTitle?: string;
  private twitterTitle?: string;
  private ogDescription?: string;
  private description?: string;
  private canonical?: string;
  private ogUrl?: string;
  private title?: TextCapture;
  private h1?: TextCapture;
  private readonly whole: TextWalker | undefined;
  private body?: TextWalker;
  /** the JSON data script or <noscript> being read, if any */
  private embedding?: { capture: TextCapture; json: boolean };
  /** what the page carries besides its markup's text: read only if that text is short */
  private readonly embedded: Array<{ text: string; json: boolean }> = [];
  private embeddedChars = 0;
  /** elements open in the body, the body itself included; 0 once it has closed */
  private bodyDepth = 0;

  /**
   * @param readWhole read the whole page too, for when it turns out to have no <body>; a caller
   * sure that a body will come can leave it out and read again in the rare case it did not.
   */
  constructor(
    private readonly baseUrl: string | undefined,
    readWhole = true,
  ) {
    this.whole = readWhole ? new TextWalker(baseUrl) : undefined;
  }

  get sawBody(): boolean {
    return this.body !== undefined;
  }

  openElement(tag: string, attribs: Attributes): void {
    if (tag === 'meta') this.readMeta(attribs);
    else if (tag === 'link' && /(?:^|\s)canonical(?:\s|$)/i.test(attribs.rel ?? '')) this.canonical ??= attribs.href;
    for (const capture of [this.title, this.h1, this.embedding?.capture]) if (capture?.open) capture.openElement();
    if (this.embedding === undefined) this.startEmbedded(tag, attribs);
    if (tag === 'title' && this.title === undefined) this.title = new TextCapture();
    else if (tag === 'h1' && this.h1 === undefined) this.h1 = new TextCapture();
    this.whole?.openElement(tag, attribs);
    if (this.body === undefined && tag === 'body') this.body = new TextWalker(this.baseUrl);
    else if (this.bodyDepth === 0) return;
    this.bodyDepth++;
    this.body!.openElement(tag, attribs);
  }

  closeElement(): void {
    for (const capture of [this.title, this.h1]) if (capture?.open) capture.closeElement();
    if (this.embedding !== undefined) {
      this.embedding.capture.closeElement();
      if (!this.embedding.capture.open) {
        this.keepEmbedded(this.embedding.capture.value(), this.embedding.json);
        this.embedding = undefined;
      }
    }
    this.whole?.closeElement();
    if (this.bodyDepth > 0) {
      this.body!.closeElement();
      this.bodyDepth--;
    }
  }

  text(data: string): void {
    for (const capture of [this.title, this.h1, this.embedding?.capture]) if (capture?.open) capture.text(data);
    this.whole?.text(data);
    if (this.bodyDepth > 0) this.body!.text(data);
  }

  result(): ExtractedPage {
    const title = clean(this.ogTitle) ?? clean(this.twitterTitle) ?? clean(this.title?.value()) ?? clean(this.h1?.value());
    const description = clean(this.ogDescription) ?? clean(this.description);
    const address = webAddress(this.canonical, this.baseUrl) ?? webAddress(this.ogUrl, this.baseUrl);
    const walker = this.body ?? this.whole;
    if (!walker) throw new Error('PageReader: the page had no <body> and was not read whole');
    const finePrint = finePrintOf(walker.finePrint);
    const shown = walker.result();
    // the steps a script reveals come after what the page shows first
    const withLaterSteps = walker.laterSteps.length === 0 ? shown : { ...shown, text: [shown.text, ...walker.laterSteps.flatMap(proseLines)].filter((part) => part.length > 0).join('\n') };
    const read = { ...withLaterSteps, ...(address !== undefined ? { address } : {}), ...(finePrint !== undefined ? { finePrint } : {}) };
    // what the page shows first decides whether it is short, not the steps its script reveals later
    if (shown.text.length >= SHORT_PAGE_CHARS || (this.embedded.length === 0 && walker.asideTexts.length === 0)) return { title, description, ...read };
    // a page built by script shows little text of its own: its post is in the data it carries
    const extra = [
      ...walker.asideTexts.flatMap(proseLines),
      ...this.embedded.flatMap(({ text, json }) => (json ? proseOfJson(text) : proseLines(text))),
    ];
    return { title, description, ...read, text: [read.text, ...extra].filter((part) => part.length > 0).join('\n') };
  }

  /** JSON data scripts, <noscript> and <iframe srcdoc>: text the markup does not show. */
  private startEmbedded(tag: string, attribs: Attributes): void {
    if (tag === 'iframe' && attribs.srcdoc) this.keepEmbedded(textOfHtmlAttribute(attribs.srcdoc), false);
    const type = (attribs.type ?? '').toLowerCase().trim();
    if (tag === 'script' && (type === 'application/json' || type === 'application/ld+json')) this.embedding = { capture: new TextCapture(), json: true };
    else if (tag === 'noscript') this.embedding = { capture: new TextCapture(true), json: false };
  }

  private keepEmbedded(text: string, json: boolean): void {
    // a bound for hostile pages: state scripts can run to megabytes
    if (this.embeddedChars >= MAX_EMBEDDED_SOURCE_CHARS || text.trim() === '') return;
    this.embeddedChars += text.length;
    this.embedded.push({ text: json ? text : text.slice(0, MAX_EMBEDDED_CHARS), json });
  }

  private readMeta(attribs: Attributes): void {
    const key = (attribs.property ?? attribs.name ?? '').toLowerCase();
    if (key === 'og:title') this.ogTitle ??= attribs.content;
    else if (key === 'twitter:title') this.twitterTitle ??= attribs.content;
    else if (key === 'og:description') this.ogDescription ??= attribs.content;
    else if (key === 'description') this.description ??= attribs.content;
    else if (key === 'og:url') this.ogUrl ??= attribs.content;
  }
}

/** An absolute http(s) address from a page's own reference to itself, or undefined. */
function webAddress(reference: string | undefined, baseUrl: string | undefined): string | undefined {
  const resolved = resolveHref(reference?.trim(), baseUrl);
  return resolved !== undefined && /^https?:\/\/[^/\s]+/i.test(resolved) ? resolved : undefined;
}

/**
 * The sentences of a page's footers. A footer is mostly menus and addresses, but its small print
 * can be the tell: "a private filing service, not affiliated with any government agency" on a
 * visa-fee page, a lure page's own domain in its copyright line. Its lines of prose are read;
 * its menus and short lines are not.
 */
function finePrintOf(footers: readonly string[]): string | undefined {
  const sentences = footers.flatMap(proseLines).filter((line) => line.split(' ').length >= MIN_FINE_PRINT_WORDS);
  return sentences.length > 0 ? sentences.join('\n') : undefined;
}

/** Fewer words than this on a footer's line make a menu item, an address or a copyright mark. */
const MIN_FINE_PRINT_WORDS = 5;

/** Below this much text of its own, a page is read from the data it carries too. */
const SHORT_PAGE_CHARS = 200;
/** At most this much embedded source (JSON, noscript) is kept from one page. */
const MAX_EMBEDDED_SOURCE_CHARS = 2_000_000;

function clean(s: string | undefined): string | undefined {
  const t = s?.replace(/\s+/g, ' ').trim();
  return t ? t : undefined;
}

/** Trims each line and drops empty ones: the text reads as the page shows it. */
function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t\f\r\u00a0]+/g, ' ').trim())
    .filter((line) => line.length > 0)
    .join('\n');
}
