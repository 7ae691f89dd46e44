/**
 * Prose held in a page's embedded data rather than in its markup: the JSON that script-built
 * pages ship their content in (`__NEXT_DATA__`, JSON-LD `articleBody`, app state), and HTML
 * carried in attributes (`<iframe srcdoc>`). Read only when a page shows little text of its own.
 */

/** Total characters taken from one page's embedded data. */
const MAX_EMBEDDED_CHARS = 20_000;
/** A string shorter than this is a label or an id, not a post. */
const MIN_PROSE_LENGTH = 20;
/** How deep a JSON document is walked: state trees nest, but posts sit in the first few levels. */
const MAX_JSON_DEPTH = 40;

const LOOKS_LIKE_CODE = /^(?:https?:\/\/|\/|[\w-]+\.(?:js|css|png|jpe?g|svg|webp)\b|data:|[A-Za-z0-9+/=_-]{40,}$)/;

/** Whether a string reads as text a person wrote: long enough, with a space or Hangul, not a URL or code. */
function isProse(value: string): boolean {
  const text = value.trim();
  return text.length >= MIN_PROSE_LENGTH && /[\s가-힣]/.test(text) && !LOOKS_LIKE_CODE.test(text);
}

function withoutTags(html: string): string {
  return html.replace(/<[^>]*>/g, ' ').replace(/[ \t]+/g, ' ').trim();
}

/** The prose strings of a JSON document, in document order, without repeats. */
export function proseOfJson(source: string): string[] {
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch {
    return [];
  }
  const found = new Set<string>();
  let chars = 0;
  const walk = (value: unknown, depth: number): void => {
    if (chars >= MAX_EMBEDDED_CHARS || depth > MAX_JSON_DEPTH) return;
    if (typeof value === 'string') {
      if (!isProse(value)) return;
      const text = withoutTags(value);
      if (found.has(text)) return;
      found.add(text);
      chars += text.length;
    } else if (Array.isArray(value)) {
      for (const item of value) walk(item, depth + 1);
    } else if (value !== null && typeof value === 'object') {
      for (const item of Object.values(value)) walk(item, depth + 1);
    }
  };
  walk(data, 0);
  return [...found];
}

/** The text of HTML held in an attribute (srcdoc). */
export function textOfHtmlAttribute(html: string): string {
  return withoutTags(html).slice(0, MAX_EMBEDDED_CHARS);
}

/** The "please enable JavaScript" notices that most <noscript> elements hold. */
const SCRIPT_NOTICE = /javascript|자바\s*스크립트/i;

/** The lines of a text that read as prose, without script notices. */
export function proseLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => isProse(line) && !SCRIPT_NOTICE.test(line));
}

export { MAX_EMBEDDED_CHARS };
