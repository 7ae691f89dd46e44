import { getEncoding } from 'encoding-sniffer/sniffer';

/** Labels seen in the wild that WHATWG's TextDecoder knows by another name. */
const ALIASES: Record<string, string> = {
  cp949: 'euc-kr',
  ms949: 'euc-kr',
  uhc: 'euc-kr',
  'x-windows-949': 'euc-kr',
  'ks_c_5601': 'euc-kr',
};

export function charsetOf(contentType: string | undefined): string | undefined {
  const match = contentType && /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType);
  if (!match) return undefined;
  const label = match[1]!.toLowerCase();
  return ALIASES[label] ?? label;
}

export interface Decoded {
  text: string;
  encoding: string;
}

/**
 * Decodes bytes as the web does (BOM, then the HTTP charset, then a <meta> in the first
 * kilobyte, by cheerio's own sniffer). Without any declaration, bytes that are not valid
 * UTF-8 are read as EUC-KR/CP949 when that gives fewer replacement characters: Korean pages
 * and exports are the common undeclared non-UTF-8 text.
 */
export function decodeBytes(bytes: Uint8Array, contentType?: string): Decoded {
  const declared = charsetOf(contentType);
  const encoding = getEncoding(bytes, { transportLayerEncodingLabel: declared, defaultEncoding: 'utf-8' }).toLowerCase();
  if (encoding !== 'utf-8') return { text: decodeWith(encoding, bytes), encoding };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), encoding };
  } catch {
    const utf8 = new TextDecoder('utf-8').decode(bytes);
    const korean = new TextDecoder('euc-kr').decode(bytes);
    return replacements(korean) < replacements(utf8) ? { text: korean, encoding: 'euc-kr' } : { text: utf8, encoding };
  }
}

function decodeWith(encoding: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder(ALIASES[encoding] ?? encoding).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes); // a label TextDecoder does not know
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
