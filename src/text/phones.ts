/**
 * Telephone numbers in a text, read the way callback lures and genuine alerts write them: Korean
 * representative numbers (1588-1234), Korean, British and Irish national numbers (02-6925-0000,
 * 010 1234 5678, 0300 200 3300), North American and Australian numbers (1-800-275-2273,
 * (415) 555-0199, 1300 123 456), and numbers with any country code (+82 10-1234-5678,
 * +63 917 555 0148). Each comes with a canonical form, the national number in digits (00 and the
 * code for other countries'), so that two spellings of one number compare equal.
 */

export interface PhoneNumber {
  /** where the number stands in the text */
  start: number;
  end: number;
  /** the national number in digits (a masked digit, 02-3448-90**, is an x); 00 and the country code for other countries' numbers */
  digits: string;
  /** some digits are masked: no brand's listed number is written so */
  masked: boolean;
}

// the last group, maybe masked: 09xx, 52XX, 90**, or with a letter O for a zero to slip past filters (97O6; the
// text is folded to lower case); British numbers end in three digits
const TAIL = String.raw`\d{2}[\dx*o]{1,2}`;
const SEP = String.raw`[-.\s]`;

/** Countries whose numbers are read as national ones: Korea, the UK, Ireland, Australia, New Zealand. */
const COUNTRY_CODES = ['82', '44', '353', '61', '64'];

const NUMBER = new RegExp(
  [
    // one of COUNTRY_CODES, then the national number without its 0
    String.raw`\+(?:${COUNTRY_CODES.join('|')})${SEP}?(?:\(0\)${SEP}?)?\d{1,4}(?:${SEP}?\d{2,4}){1,3}`,
    // any other country code (+63 917 555 0148): a number from abroad, kept with its code
    String.raw`\+[2-9]\d{1,2}${SEP}?\(?\d{1,4}\)?(?:${SEP}?\d{2,4}){1,3}`,
    // North America: 1-800-275-2273, +1 (415) 555-0199, 800.555.0199; groups must be separated
    String.raw`(?:\+?1${SEP}?)?(?:\([2-9]\d{2}\)\s?|[2-9]\d{2}${SEP})\d{3}${SEP}${TAIL}`,
    // Australian 1300/1800 numbers: 1300 123 456
    String.raw`1[38]00${SEP}?\d{3}${SEP}?\d{3}`,
    // Korean representative numbers: 1588-1234, 1670 8215 (not 15881234: eight digits alone are as
    // often an order number; not 19xx, which reads years: © 1999-2024)
    String.raw`1[568]\d{2}${SEP}${TAIL}`,
    // national numbers that open with 0: 02-6925-0000, 010-1234-5678, 070 4823 1190, 0300 200 3300, (02) 123-4567
    String.raw`\(?0\d{1,4}\)?(?:${SEP}?\s?\d{2,4}){1,2}${SEP}?${TAIL}`,
  ]
    .map((part) => `(?:${part})`)
    .join('|'),
  'g',
);

/**
 * What must not stand right before a number: a digit, a digit group it would continue
 * (3-1234-5678), or a time's colon (09:00 1588-9999 is no number 00 1588-9999).
 */
const BEFORE = /\d$|\d[-.,:]$|[a-z]$/;
/** A firm's or a tax registration number, whose digit groups read like a phone number (ABN 90 052 833 208). */
const REGISTRATION_BEFORE = /(?:abn|acn|gst|vat|ein|tin|사업자\s*(?:등록\s*)?번호|법인\s*(?:등록\s*)?번호)[\s:#.]*[\d\s-]*$/;
/** What must not follow: more digits, or another digit group (an account number 1588-1234-56). */
const AFTER = /^(?:\d|[-.]\d|,\d{3}|[a-z])/;

/** The national number in digits, or null where the digits cannot be a whole number. */
function canonical(written: string): string | null {
  let digits = written.replace(/[^\dx*o]/g, '').replace(/[*o]/g, 'x');
  if (written.startsWith('+')) {
    const code = COUNTRY_CODES.find((c) => digits.startsWith(c));
    if (code) {
      digits = digits.slice(code.length);
      // +44 (0)20 … keeps a 0 that the country code replaces
      digits = digits.startsWith('0') ? digits : `0${digits}`;
    } else if (digits.startsWith('1')) digits = digits.slice(1);
    else return digits.length >= 9 && digits.length <= 14 ? `00${digits}` : null;
    // +82 1588-1688: a representative number is dialled from abroad without a 0
    if (/^01[568]\d{6}$/.test(digits)) digits = digits.slice(1);
  } else if (digits.length === 11 && digits.startsWith('1') && !digits.startsWith('10')) {
    digits = digits.slice(1); // 1-800-275-2273 is dialled so inside North America
  }
  // Korean 050x numbers have twelve digits; no number opens 01 but a mobile's 010, 011, 016-019
  if (digits.startsWith('0') ? digits.length < 9 || digits.length > (digits.startsWith('050') ? 12 : 11) : digits.length !== 8 && digits.length !== 10) return null;
  if (/^01[^016-9]/.test(digits)) return null;
  // unbroken digits opening with 0 are a customer or order number, unless a mobile's (01012345678)
  if (!/[^\dx*o]/.test(written) && !/^01[016-9]/.test(digits)) return null;
  return digits;
}

/** The numbers of a text, in order. */
export function findPhoneNumbers(text: string): PhoneNumber[] {
  const found: PhoneNumber[] = [];
  // every number has a run of three digits: most texts have none and are skipped at once
  if (!/\d{3}/.test(text)) return found;
  NUMBER.lastIndex = 0;
  for (let match = NUMBER.exec(text); match !== null; match = NUMBER.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    const digits = BEFORE.test(text.slice(Math.max(0, start - 2), start)) || AFTER.test(text.slice(end, end + 4)) ? null : canonical(match[0]);
    if (digits === null || REGISTRATION_BEFORE.test(text.slice(Math.max(0, start - 24), start))) {
      // what was read is no number, but one may start inside it ("09:00 1588-9999", "USD 89.00 02-…")
      NUMBER.lastIndex = start + 1;
      continue;
    }
    found.push({ start, end, digits, masked: digits.includes('x') });
  }
  return found;
}

/** The canonical form of a number as a registry writes it, or null if it is not one number. */
export function canonicalPhone(written: string): string | null {
  const found = findPhoneNumbers(written.toLowerCase());
  return found.length === 1 && found[0]!.start === 0 && found[0]!.end === written.length ? found[0]!.digits : null;
}

/**
 * Whether a number is a service number a firm rents for its customers — a Korean 15xx/16xx/18xx
 * line, a toll-free or non-geographic number (800, 0800, 080, 0300, 0345, 1300) — rather than a
 * line, a mobile or an internet phone that anyone gets. British 03 numbers are read by their
 * ranges (030x, 034x, 037x): Korea's 031, 032 and 033 are area codes.
 */
export function isServiceNumber(digits: string): boolean {
  return SERVICE.test(digits);
}

const SERVICE = /^(?:1[568]\d{6}|8(?:00|33|44|55|66|77|88)\d{7}|080\d{7,8}|03(?:0[0-6]|4\d|7\d)\d{7}|08[47]\d{7,8}|1[38]00\d{6})$/;
