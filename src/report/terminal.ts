/**
 * Makes scanned text safe to print on a terminal: control characters (ESC and the rest of
 * C0 and C1, DEL) and bidirectional overrides are shown as visible escapes, so a post can
 * neither rewrite the screen nor disguise a link.
 */
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function sanitizeForTerminal(text: string, keepNewlines = false): string {
  const escaped = text.replace(UNSAFE, (ch) => {
    const code = ch.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
  return keepNewlines ? escaped : escaped.replace(/\r?\n/g, '\\n').replace(/\t/g, ' ');
}
