import { normalizeText, type NormalizedText } from '../text/normalize.js';
import { findQuantities, type Quantity } from '../text/quantities.js';
import { toOriginalSpan, type TextView } from '../text/view.js';
import type { Evidence, TextViewName } from './types.js';
import type { ViewSpan } from './patterns.js';

export interface Link {
  href: string;
  text: string;
}

/** What a rule may look at in one post; derived data is computed once, when first asked for. */
export class ScanContext {
  readonly normalized: NormalizedText;
  private cachedQuantities: Quantity[] | undefined;

  constructor(
    readonly original: string,
    readonly links: readonly Link[] = [],
  ) {
    this.normalized = normalizeText(original);
  }

  view(name: TextViewName): TextView {
    return name === 'light' ? this.normalized.light : this.normalized.folded;
  }

  /** Quantities of the folded text (offsets are folded-view offsets). */
  get quantities(): Quantity[] {
    return (this.cachedQuantities ??= findQuantities(this.normalized.folded.text));
  }

  /** Quotes a span of a view from the original text. */
  evidence(viewName: TextViewName, span: ViewSpan): Evidence {
    const { start, end } = toOriginalSpan(this.view(viewName), span.start, span.end);
    return { text: this.original.slice(start, end), start, end };
  }
}
