import { describe, expect, it } from 'vitest';
import { detectLang } from './lang.js';

describe('detectLang', () => {
  it.each([
    ['지니뮤직 1000일 무료 이용권 지급', 'ko'],
    ['ㅋㅋㅋ 대박', 'ko'],
    ['ㅋㅋㅋ', 'ko'],
    ['지니뮤직 free pass 이벤트 참여하세요', 'ko'], // a few Latin words in a Korean post
  ])('%j is Korean', (text, lang) => {
    expect(detectLang(text)).toBe(lang);
  });

  it.each([
    ['Claim your free lifetime pass now!', 'en'],
    ['FREE PASS', 'en'],
    ['Get 3 years of premium free', 'en'],
  ])('%j is English', (text, lang) => {
    expect(detectLang(text)).toBe(lang);
  });

  it.each([
    ['Genie 뮤직', 'mixed'],
    ['Netflix premium 무료 giveaway event', 'mixed'],
  ])('%j is mixed', (text, lang) => {
    expect(detectLang(text)).toBe(lang);
  });

  it.each([[''], ['12345 !!!'], ['🎉🎉🎉'], ['Москва'], ['   \n ']])('%j has no Hangul or Latin letters: unknown', (text) => {
    expect(detectLang(text)).toBe('unknown');
  });

  it('weighs a Hangul syllable as about three Latin letters', () => {
    // 1 syllable (3) against 1 letter: share 0.75 → ko; against 2 letters: 0.6 → mixed
    expect(detectLang('가a')).toBe('ko');
    expect(detectLang('가ab')).toBe('mixed');
    // 1 syllable against 27 letters: share 0.1 → en
    expect(detectLang(`가${'a'.repeat(27)}`)).toBe('en');
    expect(detectLang(`가${'a'.repeat(26)}`)).toBe('mixed');
  });
});
