/** Labels seen in the wild that WHATWG's TextDecoder knows by another name. */
const ALIASES: Record<string, string> = {
  cp949: 'euc-kr',
  ms949: 'euc-kr',
  uhc: 'euc-kr',
  'x-windows-949': 'euc-kr',
  ks_c_5601: 'euc-kr',
};

export function charsetOf(contentType: string | undefined): string | undefined {
  const match = contentType && /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType);
  if (!match) return undefined;
  return normalLabel(match[1]!);
}

function normalLabel(label: string): string {
  const lower = label.toLowerCase();
  return ALIASES[lower] ?? lower;
}

export interface Decoded {
  text: string;
  encoding: string;
}

/** Decoders by label, made once: a scan decodes thousands of files with the same few. */
const decoders = new Map<string, InstanceType<typeof TextDecoder>>();

function decoderFor(label: string): InstanceType<typeof TextDecoder> | undefined {
  const name = normalLabel(label);
  let decoder = decoders.get(name);
  if (decoder === undefined) {
    try {
      decoder = new TextDecoder(name);
    } catch {
      return undefined; // a label TextDecoder does not know (not remembered: headers can name anything)
    }
    decoders.set(name, decoder);
  }
  return decoder;
}

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });
const LATIN1 = new TextDecoder('latin1');
let sniffer: typeof import('encoding-sniffer/sniffer') | undefined;

function bomEncoding(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

const HTML_BYTES = /<(?:!doctype|html|head|meta|body|title)[\s>/]/i;

/**
 * Decodes bytes as the web does: a BOM, then the HTTP charset, then for HTML a <meta> in the
 * first kilobyte (by cheerio's own sniffer, loaded only for pages). Without any declaration,
 * bytes that are not valid UTF-8 are read as EUC-KR/CP949 when that gives fewer replacement
 * characters: Korean pages and exports are the common undeclared non-UTF-8 text.
 */
export async function decodeBytes(bytes: Uint8Array, contentType?: string): Promise<Decoded> {
  const bom = bomEncoding(bytes);
  if (bom) return { text: new TextDecoder(bom).decode(bytes), encoding: bom };
  const declared = charsetOf(contentType);
  const declaredDecoder = declared ? decoderFor(declared) : undefined;
  if (declared && declaredDecoder) return { text: declaredDecoder.decode(bytes), encoding: declared };
  const head = LATIN1.decode(bytes.subarray(0, 1024));
  if (/html/i.test(contentType ?? '') || HTML_BYTES.test(head)) {
    sniffer ??= await import('encoding-sniffer/sniffer');
    const sniffed = normalLabel(sniffer.getEncoding(bytes, { defaultEncoding: 'utf-8' }));
    const decoder = sniffed !== 'utf-8' ? decoderFor(sniffed) : undefined;
    if (decoder) return { text: decoder.decode(bytes), encoding: sniffed };
  }
  return decodeUndeclared(bytes);
}

function decodeUndeclared(bytes: Uint8Array): Decoded {
  try {
    return { text: STRICT_UTF8.decode(bytes), encoding: 'utf-8' };
  } catch {
    const utf8 = decoderFor('utf-8')!.decode(bytes);
    const korean = decoderFor('euc-kr')!.decode(bytes);
    return replacements(korean) < replacements(utf8) ? { text: korean, encoding: 'euc-kr' } : { text: utf8, encoding: 'utf-8' };
  }
}

function replacements(text: string): number {
  let count = 0;
  for (let k = text.indexOf('\ufffd'); k !== -1; k = text.indexOf('\ufffd', k + 1)) count++;
  return count;
}

/** Bytes that are not text: NUL bytes outside UTF-16. */
export function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 8192);
  if (head.length >= 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff))) return false;
  return head.includes(0);
}
