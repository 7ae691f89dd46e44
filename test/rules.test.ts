import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadRules } from '../src/engine/load.js';
import { checkRuleExamples } from '../src/engine/examples.js';
import type { RuleSet } from '../src/engine/compile.js';
import { scanText } from '../src/engine/scan.js';
import { SELF_TEST_POST } from '../src/self-test.js';
import { SIGNAL_CATEGORIES } from '../src/engine/types.js';
import { ROOT } from './support/cli.js';

let rules: RuleSet;
beforeAll(async () => {
  rules = await loadRules();
});

describe('shipped rule packs', () => {
  it('every rule has at least two match and two nomatch examples, and they all hold', () => {
    for (const { spec } of rules.rules) {
      expect(spec.examples.match.length, spec.id).toBeGreaterThanOrEqual(2);
      expect(spec.examples.nomatch.length, spec.id).toBeGreaterThanOrEqual(2);
    }
    const { checked, failures } = checkRuleExamples(rules);
    expect(checked).toBeGreaterThan(4 * 40);
    expect(failures).toEqual([]);
  });

  it('cover the signal categories in both Korean and English', () => {
    const required = ['implausible-reward', 'referral-demand', 'unofficial-channel', 'incident-bait', 'share-to-win', 'fake-proof', 'urgency', 'warning-context'];
    for (const lang of ['ko', 'en'] as const) {
      const categories = new Set(rules.rules.filter((r) => r.spec.lang === lang || r.spec.lang === 'any').map((r) => r.spec.category));
      for (const category of required) expect(categories.has(category as (typeof SIGNAL_CATEGORIES)[number]), `${lang} ${category}`).toBe(true);
    }
  });

  it('score the self-test post as a scam', () => {
    expect(scanText(SELF_TEST_POST, rules).verdict).toBe('scam');
    expect(scanText(`${SELF_TEST_POST}\n기자 무단전재 가짜 허위 사칭 주의하세요`, rules).verdict).toBe('scam');
  });
});

describe('the founding case', () => {
  const article = readFileSync(join(ROOT, '../shared/corpus/seed-article-ko.txt'), 'utf8');

  it('the news article that reports the hoax is a warning, though it quotes the lure', () => {
    const outcome = scanText(article, rules);
    expect(outcome.verdict).toBe('warning');
    // it does quote the lure: the lure signals fire too, and are outweighed
    const categories = new Set(outcome.hits.map((h) => h.category));
    for (const c of ['implausible-reward', 'referral-demand', 'unofficial-channel', 'warning-context']) expect(categories.has(c as never), c).toBe(true);
  });

  it('a lure in the style of the fake event is a scam, however it is spelled', () => {
    const variants = [
      '지니뮤직 오류 보상 이벤트! 카카오톡 플러스친구 추가하면 1000일 무료 이용권 지급. 코니 앱 설치 후 추천인 genie 입력하세요',
      '지니뮤직 오류 보상 이벤트! 카톡 플친 추가하면 천 일 무.료 이용권 지급~ 코니 앱 깔고 추 천 인 genie 넣어야 들어와요',
      'ㅈㅣㄴㅣ뮤직 장애 보상 🎁 １０００일 무🎁료 이용권! 플러스친구 추가 후 앱 설치, 추천인 코드 genie 입력 필수',
      '지니\u200b뮤직 먹통 보상으로 3년 이용권 무료로 드려요 오픈채팅 입장 후 앱 설치하고 추천인에 genie 적어주세요',
    ];
    for (const text of variants) expect(scanText(text, rules).verdict, text).toBe('scam');
  });

  it('the same lure forwarded with a debunking reply becomes a warning', () => {
    const reply = `원글: 지니뮤직 오류 보상! 플러스친구 추가하면 1000일 무료 이용권 지급, 코니 앱 설치 후 추천인 genie 입력
댓글: 이거 가짜예요. 지니는 플러스친구를 운영하지 않아요. 추천인 넣으면 글쓴이만 포인트 받는 구조니까 절대 입력하지 마세요`;
    expect(scanText(reply, rules).verdict).toBe('warning');
  });

  it('a scam that claims not to be one stays a scam', () => {
    const text = '사칭 주의! 가짜 아니에요 진짜 지니뮤직 보상 이벤트입니다. 플러스친구 추가하면 1000일 무료 이용권, 앱 설치 후 추천인 genie 입력 필수';
    expect(scanText(text, rules).verdict).toBe('scam');
  });
});

describe('evasion does not hide a lure', () => {
  const lures: Array<[string, string]> = [
    ['Cyrillic letters inside Latin words', 'Аmаzоn is giving every customer a frее $500 gift card! Claim yours at amaz0n-rewards.com/claim and enter invite code GIFT500 in the app'],
    ['number words', 'To apologise for the outage, Netflix gives three years of Premium free to everyone who joins t.me/netflixgift and enters referral code NF3'],
    ['letters spaced apart', 'F R E E  1 0 0 0 - d a y  Spotify pass for everyone! join our telegram t.me/spotifree and enter referral code SP1000'],
    ['ideographic and fullwidth spaces', '지니뮤직\u3000오류\u3000보상\u3000１０００일\u3000무료\u3000이용권!\u3000플러스친구\u3000추가\u3000후\u3000앱\u3000설치,\u3000추천인\u3000입력'],
    ['emoji between letters', '무🎁료 🎁 천 일 이용권 전원 지급! 카톡 오픈채팅 입장 👉 open.kakao.com/o/gFree 후 추🎁천🎁인 코드 입력'],
    ['split jamo and mixed Korean and English', 'ㅈㅣㄴㅣ뮤직 free 1000일 premium 이용권 지급! 플러스친구 add 후 app 설치, 추천인 code 입력 필수'],
    ['zero-width characters', '멜\u200b론 먹\u200b통 보\u200b상 3\u200b년 무\u200b료 이용권! 오픈채팅 입장 후 추\u200b천\u200b인 입력'],
  ];
  it.each(lures)('%s', (_name, text) => {
    expect(['scam', 'suspicious']).toContain(scanText(text, rules).verdict);
  });
});

describe('the engine never touches the outside world', () => {
  it('no source file imports natural whole (it loads databases, reads .env and prints to stdout)', () => {
    const files = readdirSync(join(ROOT, 'src'), { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.ts'));
    for (const file of files) {
      const source = readFileSync(join(file.parentPath, file.name), 'utf8');
      expect(source, file.name).not.toMatch(/from\s+['"]natural['"]|require\(\s*['"]natural['"]\s*\)|import\(\s*['"]natural['"]\s*\)/);
    }
  });

  it('engine, text and extract code never print, exit or open the network', () => {
    for (const dir of ['engine', 'text', 'extract']) {
      const files = readdirSync(join(ROOT, 'src', dir), { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.test.ts'));
      for (const file of files) {
        const source = readFileSync(join(file.parentPath, file.name), 'utf8');
        expect(source, file.name).not.toMatch(/console\.|process\.exit|process\.std(out|err)|node:https?['"]|fetch\(/);
      }
    }
  });
});
