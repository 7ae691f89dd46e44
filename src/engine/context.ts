import { normalizeText, type NormalizedText } from '../text/normalize.js';
import { findQuantities, type Quantity } from '../text/quantities.js';
import { toOriginalSpan, ViewBuilder, type TextView } from '../text/view.js';
import type { BrandSpec, Evidence, TextViewName } from './types.js';
import { findMailDomains, findUrls, type FoundUrl } from './urls.js';
import type { ViewSpan } from './patterns.js';

export interface Link {
  href: string;
  text: string;
  /** the action of a form: where what is typed into the page is sent */
  form?: boolean;
  /** the page's own address (where it was fetched from, or its canonical link), on its title */
  own?: boolean;
  /** where the link's text stands in the post's text, when it could be found there */
  start?: number;
  end?: number;
}

/** A link target that is a path on the page's own site, and its line of the links view. */
export interface SitePath {
  path: string;
  span: ViewSpan;
}

const SCHEME = /^[a-z][a-z0-9+.-]*:/;

/** Whether the line of the links view at `start` begins as a path on the page's own site. */
function isSitePath(text: string, start: number): boolean {
  const first = text[start];
  if (first === '?') return true;
  if (first === '/') return text[start + 1] !== '/';
  return text.startsWith('./', start) || text.startsWith('../', start);
}

/** What a rule may look at in one post; derived data is computed once, when first asked for. */
export class ScanContext {
  readonly normalized: NormalizedText;
  private cachedQuantities: Quantity[] | undefined;
  private cachedLinks: TextView | undefined;
  /** for each line of the links view, the link it shows */
  private linkLineStarts: number[] = [];

  private cachedUrls: FoundUrl[] | undefined;
  private cachedMailDomains: FoundUrl[] | undefined;
  private cachedPaths: SitePath[] | undefined;

  constructor(
    readonly original: string,
    readonly links: readonly Link[] = [],
    readonly brands: readonly BrandSpec[] = [],
  ) {
    this.normalized = normalizeText(original);
  }

  /** Web addresses in the folded text and in the link targets. */
  get urls(): FoundUrl[] {
    return (this.cachedUrls ??= [...findUrls(this.normalized.folded.text, 'folded'), ...this.linkUrls()]);
  }

  /** The domains of the mail addresses in the folded text. */
  get mailDomains(): FoundUrl[] {
    return (this.cachedMailDomains ??= findMailDomains(this.normalized.folded.text));
  }

  /** Addresses in the link targets, but none inside a path on the page's own site (/quics/login.do). */
  private linkUrls(): FoundUrl[] {
    if (this.links.length === 0) return [];
    const text = this.view('links').text;
    return findUrls(text, 'links').filter((url) => !isSitePath(text, this.linkLineStarts[this.lineOf(url.span.start)]!));
  }

  /**
   * Link targets that are paths on the page's own site (`./down/viewer.apk`, `/dl/app.apk`): a page
   * read from a file has no address to resolve them against, yet where they lead (an app file) is
   * still plain. A target that starts as a path (/, ./, ../, ?) is one whatever its query holds; a
   * target with a scheme (`mailto:`, `tel:`), a `//host`, or an address of its own is not.
   */
  get sitePaths(): SitePath[] {
    return (this.cachedPaths ??= this.findSitePaths());
  }

  private findSitePaths(): SitePath[] {
    if (this.links.length === 0) return [];
    const text = this.view('links').text;
    const addressed = new Set(this.urls.filter((url) => url.view === 'links').map((url) => this.lineOf(url.span.start)));
    const paths: SitePath[] = [];
    this.linkLineStarts.forEach((start, line) => {
      const end = text.indexOf('\n', start);
      const target = text.slice(start, end);
      const path = isSitePath(text, start) || !(addressed.has(line) || target === '' || target.startsWith('//') || SCHEME.test(target));
      if (path) paths.push({ path: target, span: { start, end } });
    });
    return paths;
  }

  view(name: TextViewName): TextView {
    if (name === 'links') return (this.cachedLinks ??= this.buildLinksView());
    return name === 'light' ? this.normalized.light : this.normalized.folded;
  }

  /**
   * The links' targets, lower-cased, one per line; each character maps to the span of the
   * link's text in the post, so evidence quotes what the reader saw and names the target.
   */
  private buildLinksView(): TextView {
    const out = new ViewBuilder(64);
    for (const link of this.links) {
      this.linkLineStarts.push(out.size);
      const start = link.start ?? 0;
      const end = link.end ?? start;
      // browsers drop tabs and line breaks inside an address (./down/\nviewer.apk is one target)
      out.pushString(`${link.href.replace(/[\t\n\r]/g, '').trim().toLowerCase()}\n`, start, end);
    }
    return out.build();
  }

  /** Quantities of the folded text (offsets are folded-view offsets). */
  get quantities(): Quantity[] {
    return (this.cachedQuantities ??= findQuantities(this.normalized.folded.text));
  }

  /** Quotes a span of a view from the original text. */
  evidence(viewName: TextViewName, span: ViewSpan): Evidence {
    const { start, end } = toOriginalSpan(this.view(viewName), span.start, span.end);
    const quoted = { text: this.original.slice(start, end), start, end };
    return viewName === 'links' ? { ...quoted, link: this.linkAt(span).href } : quoted;
  }

  /** The link whose line of the links view holds a span of it. */
  linkAt(span: ViewSpan): Link {
    return this.links[this.lineOf(span.start)]!;
  }

  private lineOf(offset: number): number {
    void this.view('links');
    // the last line that starts at or before the offset (a page may hold thousands of links)
    let low = 0;
    let high = this.linkLineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.linkLineStarts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return low;
  }
}
