export type Lang = 'ko' | 'en' | 'mixed' | 'unknown';

/** Hangul against Latin letters: enough to choose rule packs and to report the language. */
export function detectLang(text: string): Lang {
  let hangul = 0;
  let latin = 0;
  for (let k = 0; k < text.length; k++) {
    const u = text.charCodeAt(k);
    if ((u >= 0xac00 && u <= 0xd7a3) || (u >= 0x3131 && u <= 0x318e)) hangul++;
    else if ((u >= 97 && u <= 122) || (u >= 65 && u <= 90)) latin++;
  }
  if (hangul + latin === 0) return 'unknown';
  // a Hangul syllable carries about as much text as three Latin letters
  const hangulShare = (hangul * 3) / (hangul * 3 + latin);
  if (hangulShare >= 0.7) return 'ko';
  if (hangulShare <= 0.1) return 'en';
  return 'mixed';
}
