#!/usr/bin/env node
// Synthetic benchmark corpus for `npm run bench` (issue 5).
//
// Writes a scrape-like tree of Korean and English posts (.txt, .md and full .html pages with
// page chrome) so that the detector's throughput can be measured on realistic input:
//   blog/2024-05/post-000123.html, community/board-12/post-000456.txt,
//   news/economy/p01/post-000789.html, sns/threads/feed-001/post-001234.txt, ...
// Most posts are ordinary content (daily life, reviews, recipes, travel, news, Q&A, genuine
// store sales and genuine referral invitations); about 3% are fake promotions ("lures").
//
// Everything is derived from one seeded PRNG (mulberry32): the same seed gives byte-identical
// files. No Math.random, no clock.
//
//   node scripts/bench-corpus.mjs DIR [POSTS] [TARGET_BYTES]
//
// prints {"files":…,"bytes":…,"lures":…} on stdout.
//
// Sizes: body sizes are drawn from a per-section distribution (many 200–800 byte posts, some
// 5–20 KB blog posts), then all scaled by one factor so that the whole corpus, page chrome
// included, lands on `targetBytes` (within ~1%). The target is a corpus total whatever `posts`
// is: with fewer posts every post gets longer (1,000 posts at 25 MB average 25 KB each). Below
// ~2.5 KB per post the HTML chrome is thinned (two scripts, fewer nav links, never under 20);
// below ~1.6 KB per post (e.g. more than ~15,000 posts for 25 MB) chrome plus minimal ~120-byte
// bodies no longer fit and the total overshoots the target.

import { mkdirSync, writeFileSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// ---------------------------------------------------------------------------------------------
// PRNG

function mulberry32(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function seedToInt(seed) {
  if (typeof seed === 'number' && Number.isFinite(seed)) return Math.trunc(seed) >>> 0;
  // strings (or anything else): FNV-1a
  let h = 0x811c9dc5;
  for (const ch of String(seed)) h = Math.imul(h ^ ch.codePointAt(0), 0x01000193) >>> 0;
  return h;
}

class Rng {
  constructor(seed) {
    this.f = mulberry32(seedToInt(seed) ^ 0x5eed1234);
    for (let i = 0; i < 8; i++) this.f(); // let small seeds diverge
  }
  next() {
    return this.f();
  }
  int(lo, hi) {
    return lo + Math.floor(this.f() * (hi - lo + 1));
  }
  pick(a) {
    return a[Math.floor(this.f() * a.length)];
  }
  chance(p) {
    return this.f() < p;
  }
  weighted(entries) {
    let total = 0;
    for (const e of entries) total += e[1];
    let x = this.f() * total;
    for (const e of entries) {
      x -= e[1];
      if (x < 0) return e[0];
    }
    return entries[entries.length - 1][0];
  }
  shuffle(a) {
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(this.f() * (i + 1));
      const t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
    return a;
  }
  token(n, alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') {
    let s = '';
    for (let i = 0; i < n; i++) s += alphabet[Math.floor(this.f() * alphabet.length)];
    return s;
  }
  hex(n) {
    return this.token(n, '0123456789abcdef');
  }
  digits(n) {
    return this.token(n, '0123456789');
  }
  sample(a, k) {
    const copy = a.slice();
    const out = [];
    for (let i = 0; i < k && copy.length; i++) out.push(copy.splice(Math.floor(this.f() * copy.length), 1)[0]);
    return out;
  }
}

// ---------------------------------------------------------------------------------------------
// Small helpers

const pad = (n, w) => String(n).padStart(w, '0');
const commas = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const bytesOf = (s) => Buffer.byteLength(s, 'utf8');
const escHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escAttr = (s) => escHtml(s).replace(/"/g, '&quot;');
const cap = (s) => (s ? s[0].toUpperCase() + s.slice(1) : s);

// Korean particles that depend on whether the previous syllable has a final consonant.
const JOSA = {
  은: ['은', '는'],
  이: ['이', '가'],
  을: ['을', '를'],
  과: ['과', '와'],
  으로: ['으로', '로'],
  이랑: ['이랑', '랑'],
  아: ['아', '야'],
  이나: ['이나', '나'],
  이에요: ['이에요', '예요'],
};

function josa(word, j) {
  const pair = JOSA[j];
  if (!pair) return word + j;
  const code = word.charCodeAt(word.length - 1);
  let batchim = false;
  if (code >= 0xac00 && code <= 0xd7a3) {
    const jong = (code - 0xac00) % 28;
    batchim = jong !== 0 && !(j === '으로' && jong === 8); // ㄹ takes 로
  } else if (code >= 48 && code <= 57) {
    batchim = '013678'.includes(word[word.length - 1]); // 영 일 삼 육 칠 팔
  } else if (/[a-z]/i.test(word[word.length - 1])) {
    batchim = /[mnlkp]$/i.test(word); // rough reading of Latin endings (…폰, …엠, …북)
  }
  return word + (batchim ? pair[0] : pair[1]);
}

function enMod(word, mod) {
  if (mod === 'a') return (/^[aeiou]/i.test(word) && !/^(uni|use|one|eu)/i.test(word) ? 'an ' : 'a ') + word;
  if (mod === 'C') return cap(word);
  return word;
}

// ---------------------------------------------------------------------------------------------
// Lexicons. Arrays are picked from; functions are called with (rng, ctx).

const COMMON = {
  n: (r) => String(r.int(2, 9)),
  nn: (r) => String(r.int(10, 99)),
  nnn: (r) => String(r.int(100, 999)),
  nnnn: (r) => commas(r.int(1000, 9999)),
  pct: (r) => String(r.pick([5, 10, 12, 15, 20, 25, 30, 35, 40, 50, 60, 70])),
  min: (r) => String(r.int(1, 10) * 5),
  rating: (r) => r.pick(['3', '3.5', '4', '4.5', '5']),
  code: (r, c) => (c._code ??= r.token(r.int(5, 8), 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789')),
  refcode: (r, c) => (c._ref ??= r.token(r.int(6, 9), 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789')),
  waybill: (r, c) => (c._waybill ??= `${r.digits(4)}-${r.digits(4)}-${r.digits(4)}`),
  year: (r) => String(r.int(2019, 2025)),
  lureN: (r) => String(r.pick([100, 200, 300, 500, 1000, 3000])),
  hour: (r) => String(r.int(9, 22)),
  month: (r) => String(r.int(1, 12)),
};

const KO_STORES = [
  ['쿠팡', 'coupang.com'], ['무신사', 'musinsa.com'], ['올리브영', 'oliveyoung.co.kr'], ['이마트', 'emart.ssg.com'],
  ['홈플러스', 'homeplus.co.kr'], ['롯데마트', 'lottemart.com'], ['11번가', '11st.co.kr'], ['G마켓', 'gmarket.co.kr'],
  ['SSG닷컴', 'ssg.com'], ['컬리', 'kurly.com'], ['오늘의집', 'ohou.se'], ['다이소', 'daisomall.co.kr'],
  ['29CM', '29cm.co.kr'], ['현대백화점', 'ehyundai.com'], ['신세계백화점', 'shinsegae.com'], ['롯데하이마트', 'e-himart.co.kr'],
  ['스타벅스', 'starbucks.co.kr'], ['투썸플레이스', 'twosome.co.kr'], ['이케아 코리아', 'ikea.com/kr'], ['ABC마트', 'abcmart.a-rt.com'],
  ['교보문고', 'kyobobook.co.kr'], ['예스24', 'yes24.com'], ['하나로마트', 'nhhanaromart.com'], ['롯데온', 'lotteon.com'],
].map(([name, domain]) => ({ name, domain }));

const KO_APPS = [
  ['토스', 'toss.im'], ['당근', 'daangn.com'], ['컬리', 'kurly.com'], ['쿠팡이츠', 'coupangeats.com'],
  ['배달의민족', 'baemin.com'], ['카카오뱅크', 'kakaobank.com'], ['케이뱅크', 'kbanknow.com'], ['야놀자', 'yanolja.com'],
  ['여기어때', 'goodchoice.kr'], ['오늘의집', 'ohou.se'], ['번개장터', 'bunjang.co.kr'], ['에이블리', 'a-bly.com'],
  ['밀리의 서재', 'millie.co.kr'], ['리디', 'ridibooks.com'], ['쏘카', 'socar.kr'], ['마이리얼트립', 'myrealtrip.com'],
].map(([name, domain]) => ({ name, domain }));

const EN_STORES = [
  ['Target', 'target.com'], ['Best Buy', 'bestbuy.com'], ['Walmart', 'walmart.com'], ['Costco', 'costco.com'],
  ['IKEA', 'ikea.com'], ['REI', 'rei.com'], ['The Home Depot', 'homedepot.com'], ['Sephora', 'sephora.com'],
  ['Ulta Beauty', 'ulta.com'], ['Nordstrom', 'nordstrom.com'], ["Macy's", 'macys.com'], ["Lowe's", 'lowes.com'],
  ["Kohl's", 'kohls.com'], ['Wayfair', 'wayfair.com'], ['Williams Sonoma', 'williams-sonoma.com'], ['Uniqlo', 'uniqlo.com'],
  ['Patagonia', 'patagonia.com'], ['Argos', 'argos.co.uk'], ['John Lewis', 'johnlewis.com'], ['Boots', 'boots.com'],
  ['Currys', 'currys.co.uk'], ['Marks & Spencer', 'marksandspencer.com'], ['Tesco', 'tesco.com'], ['Barnes & Noble', 'barnesandnoble.com'],
].map(([name, domain]) => ({ name, domain }));

const EN_APPS = [
  ['Instacart', 'instacart.com'], ['DoorDash', 'doordash.com'], ['Wise', 'wise.com'], ['Revolut', 'revolut.com'],
  ['Airbnb', 'airbnb.com'], ['Uber', 'uber.com'], ['Lyft', 'lyft.com'], ['Dropbox', 'dropbox.com'],
  ['HelloFresh', 'hellofresh.com'], ['Rakuten', 'rakuten.com'], ['Monzo', 'monzo.com'], ['Ibotta', 'ibotta.com'],
  ['Chime', 'chime.com'], ['Blue Apron', 'blueapron.com'], ['Thrive Market', 'thrivemarket.com'], ['Audible', 'audible.com'],
].map(([name, domain]) => ({ name, domain }));

const storeOf = (list) => (r, c) => (c._store ??= r.pick(list));
const appOf = (list) => (r, c) => (c._app ??= r.pick(list));

function koPrice(r) {
  const v = r.weighted([
    [() => r.int(3, 39) * 1000 - 100, 4],
    [() => r.int(10, 99) * 1000, 3],
    [() => r.int(2, 29) * 10000 - 1000, 2],
    [() => r.int(3, 19) * 100000, 1],
  ])();
  return commas(v) + '원';
}
function enPrice(r) {
  const v = r.weighted([
    [() => `${r.int(4, 49)}.${r.pick(['99', '49', '95', '00'])}`, 4],
    [() => `${r.int(50, 299)}.${r.pick(['99', '00', '95'])}`, 3],
    [() => `${commas(r.int(3, 19) * 100 - 1)}`, 1],
  ])();
  return '$' + v;
}
const KO_MONTH_DAY = (r) => `${r.int(1, 12)}월 ${r.int(1, 28)}일`;
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const EN_MONTH_DAY = (r) => `${r.pick(EN_MONTHS)} ${r.int(1, 28)}`;

const KO = {
  person: ['엄마', '아빠', '남편', '아내', '친구', '동생', '언니', '오빠', '누나', '형', '직장 동료', '팀장님', '룸메이트', '조카', '할머니', '시어머니', '대학 동기', '회사 후배', '옆집 이웃', '아이', '여자친구', '남자친구', '사촌 동생', '고등학교 친구'],
  place: ['성수동', '연남동', '을지로', '망원동', '익선동', '해운대', '전주 한옥마을', '강릉', '속초', '제주 애월', '경주 황리단길', '여수', '광안리', '대구 동성로', '광주 양림동', '판교', '잠실', '합정', '문래동', '서촌', '북촌', '춘천', '통영', '가평', '양평', '남해', '수원 행궁동', '송도', '대전 은행동', '안동 하회마을', '담양', '군산', '부여', '단양', '포항 구룡포', '거제', '정선', '태안', '보성', '울릉도'],
  venue: ['카페', '국밥집', '빵집', '이자카야', '브런치 가게', '분식집', '고깃집', '파스타집', '중식당', '칼국수집', '횟집', '와인바', '북카페', '디저트 가게', '백반집', '냉면집', '수제버거 가게', '베트남 쌀국수집'],
  food: ['김치찌개', '된장찌개', '제육볶음', '떡볶이', '잔치국수', '비빔밥', '닭갈비', '감자전', '순두부찌개', '갈비찜', '잡채', '오징어볶음', '카레', '계란말이', '김치볶음밥', '부대찌개', '콩나물국', '미역국', '소고기무국', '닭볶음탕', '고등어조림', '두부조림', '알리오올리오', '크림파스타', '샌드위치', '프렌치토스트', '물냉면', '짜장면', '돈가스', '수제비', '멸치볶음', '애호박전', '어묵탕', '쌈밥', '연근조림', '시금치나물'],
  ingredient: ['양파', '대파', '다진 마늘', '애호박', '감자', '두부', '돼지고기 앞다리살', '소고기 양지', '고춧가루', '국간장', '참기름', '들기름', '표고버섯', '청양고추', '당근', '달걀', '멸치 육수', '다시마', '설탕', '굴소스', '고추장', '된장', '깻잎', '콩나물', '신김치', '어묵', '찬밥', '버터', '우유', '올리고당', '부침가루', '전분', '미림', '후추', '통깨', '쪽파'],
  product: ['무선 이어폰', '로봇청소기', '에어프라이어', '전기포트', '공기청정기', '가습기', '노트북 거치대', '기계식 키보드', '무선 마우스', '27인치 모니터', '캠핑 의자', '러닝화', '백팩', '텀블러', '전동칫솔', '드라이기', '선크림', '토너패드', '폼클렌징', '헤어 에센스', '보조배터리', '스마트워치', '블루투스 스피커', '캡슐 커피머신', '식기세척기', '무선청소기', '전기요', '제습기', '유모차', '태블릿 케이스', '전기자전거', '냉풍기', '밀폐용기 세트', '암막 커튼'],
  time: ['지난 주말', '어제 저녁', '오늘 아침', '퇴근길에', '점심시간에', '연휴 첫날', '일요일 오후에', '새벽에', '출근 전에', '휴가 마지막 날', '금요일 밤에', '모처럼 쉬는 날', '지난달 말', '장마 끝나고'],
  weather: ['하늘이 맑아서', '날이 흐렸지만', '비가 추적추적 내려서', '바람이 많이 불어서', '미세먼지가 심해서', '햇살이 좋아서', '눈이 살짝 내려서', '생각보다 쌀쌀해서', '습도가 높아서'],
  season: ['봄', '여름', '가을', '겨울', '초여름', '늦가을', '연말', '새해'],
  hobby: ['뜨개질', '필라테스', '베이킹', '러닝', '캘리그라피', '보드게임', '홈카페', '식물 키우기', '등산', '수영', '클라이밍', '영어 회화', '드로잉', '캠핑', '자전거'],
  hobbyClass: ['도자기', '필라테스', '요가', '영어 회화', '수채화', '수영', '클라이밍', '베이킹', '사진', '기타', '피아노', '코딩'],
  skill: ['자전거 타기', '신발끈 묶기', '줄넘기', '젓가락질', '수영', '받아쓰기'],
  flower: ['벚꽃', '개나리', '진달래', '철쭉', '수국', '코스모스', '장미', '목련'],
  souvenir: ['마그넷', '엽서', '전통 과자', '수제 잼', '손수건', '도자기 컵', '지역 막걸리', '향초'],
  org: ['국토교통부', '기획재정부', '서울시', '통계청', '한국은행', '교육부', '보건복지부', '행정안전부', '중소벤처기업부', '환경부', '산업통상자원부', '부산시', '경기도', '한국소비자원', '공정거래위원회', '금융감독원', '식품의약품안전처', '고용노동부', '문화체육관광부', '인천시'],
  city: ['서울시', '부산시', '대구시', '인천시', '광주시', '대전시', '울산시', '세종시', '수원시', '창원시', '청주시', '전주시', '제주도', '춘천시'],
  policy: ['청년 월세 지원 확대', '소상공인 저금리 대출', '대중교통 통합 정기권 도입', '공공 자전거 요금 동결', '전세 보증금 반환 보증 강화', '어린이 보호구역 속도 관리', '노후 경유차 조기 폐차 지원', '지역화폐 충전 한도 조정', '공공 산후조리 지원', '무더위 쉼터 운영 연장', '1회용품 사용 규제', '전통시장 주차 지원', '경로당 냉난방비 지원', '심야 버스 노선 확대', '공동주택 층간소음 기준 강화', '배달 플랫폼 수수료 상생안'],
  topicNews: ['전세 사기 피해 신고', '1인 가구 비중', '외식 물가', '전기차 등록 대수', '해외 직구 거래액', '청년 고용률', '온라인 쇼핑 거래액', '출생아 수', '보이스피싱 피해액', '미세먼지 나쁨 일수'],
  weatherNews: ['비 소식이', '무더위가', '강한 바람이', '건조한 날씨가', '큰 일교차가', '짙은 안개가', '한파가'],
  univ: ['한국대', '서울과학대', '동해대', '중앙공대', '새빛대', '한길대'],
  field: ['경제학', '도시공학', '사회학', '환경공학', '소비자학', '행정학', '예방의학'],
  surname: ['김', '이', '박', '최', '정', '강', '조', '윤', '장', '임', '한', '오', '서', '신', '권'],
  device: ['노트북', '스마트폰', '태블릿', '공유기', '프린터', '스마트 TV', '무선 이어폰', '데스크톱', '블랙박스', '세탁기', '냉장고', '로봇청소기'],
  problem: ['전원이 켜졌다 꺼졌다 해요', '와이파이 연결이 자꾸 끊겨요', '충전이 80%에서 멈춰요', '화면에 세로줄이 생겼어요', '소리가 한쪽만 나와요', '업데이트 후에 앱이 계속 튕겨요', '이상한 소음이 나요', '배터리가 너무 빨리 닳아요', '블루투스가 검색이 안 돼요', '에러 코드 E4가 떠요'],
  problemShort: ['전원 문제', '와이파이 끊김', '충전 불량', '화면 줄', '소음', '앱 튕김', '배터리 광탈', '연결 오류'],
  qtopic: ['연말정산', '자동차 보험 갱신', '전입신고', '청약 통장', '실손보험 청구', '중고차 구매', '어린이집 입소', '이사 업체 선정', '전세 계약 연장', '반려견 예방접종', '운전면허 갱신', '건강검진 예약'],
  nick: ['하루살이', '소금빵러버', '여행하는곰', '퇴근요정', '집밥장인', '초보맘', '캠핑러', '달리는토끼', '커피한잔', '주말농부', '고양이집사', '책읽는밤', '서울촌놈', '알뜰살뜰', '다이어터', '육아대디', '겨울바다', '초록잎', '빵순이', '동네주민'],
  spoon: ['한 스푼', '두 스푼', '반 스푼', '한 컵', '약간'],
  point: (r) => commas(r.pick([1000, 2000, 3000, 5000, 10000])) + '원',
  price: koPrice,
  fee: (r) => commas(r.int(2, 30) * 1000) + '원',
  tripCost: (r) => r.int(12, 90) + '만 원',
  date: KO_MONTH_DAY,
  store: (r, c) => storeOf(KO_STORES)(r, c).name,
  storeDomain: (r, c) => storeOf(KO_STORES)(r, c).domain,
  app: (r, c) => appOf(KO_APPS)(r, c).name,
  appDomain: (r, c) => appOf(KO_APPS)(r, c).domain,
};

const EN = {
  person: ['my sister', 'my brother', 'my partner', 'my mom', 'my dad', 'a coworker', 'my roommate', 'my neighbor', 'my best friend', 'the kids', 'my grandmother', 'an old college friend', 'my husband', 'my wife', 'my manager', 'my nephew', 'my aunt', 'a friend from book club', 'my cousin', 'our dog sitter'],
  place: ['Portland', 'the Lake District', 'Kyoto', 'Lisbon', 'Asheville', 'Edinburgh', 'Vancouver Island', 'Santa Fe', 'the Amalfi Coast', 'Busan', 'Copenhagen', 'Cape Cod', 'Savannah', 'the Scottish Highlands', 'Montreal', 'Melbourne', 'Porto', 'Austin', 'Quebec City', 'Hokkaido', 'Sedona', 'Bruges', 'Tasmania', 'Ljubljana', 'Chattanooga', 'the Outer Banks', 'Oaxaca', 'Galway', 'Bath', 'Seville', 'Mackinac Island', 'Jeju Island', 'the Cotswolds', 'Banff', 'Taipei', 'Hobart'],
  venue: ['taco truck', 'ramen shop', 'corner bakery', 'diner', 'brewpub', 'noodle bar', 'farmers market', 'coffee roaster', 'deli', 'pizzeria', 'food hall', 'tea house', 'oyster bar', 'bagel shop', 'dumpling house', 'barbecue joint', 'wine bar', 'bookshop cafe'],
  food: ['banana bread', 'chicken tikka masala', 'shakshuka', 'sheet-pan fajitas', 'lentil soup', 'beef stew', 'mac and cheese', 'vegetable lasagna', 'turkey chili', 'fried rice', 'peanut noodles', 'sourdough pancakes', 'blueberry muffins', 'roast chicken', 'minestrone', 'tuna melt', 'spaghetti carbonara', 'black bean burgers', 'overnight oats', 'granola bars', 'potato leek soup', 'lemon bars', 'chicken pot pie', 'fish tacos', 'kimchi fried rice', 'stuffed peppers', 'apple crumble', 'tomato galette', 'butter chicken', 'pumpkin bread'],
  ingredient: ['olive oil', 'garlic', 'a yellow onion', 'canned tomatoes', 'smoked paprika', 'ground cumin', 'chicken thighs', 'baby spinach', 'heavy cream', 'grated parmesan', 'unsalted butter', 'brown sugar', 'rolled oats', 'baking soda', 'lemon juice', 'fresh basil', 'soy sauce', 'grated ginger', 'chickpeas', 'bell peppers', 'sweet potatoes', 'Greek yogurt', 'sharp cheddar', 'eggs', 'all-purpose flour', 'vanilla extract', 'chicken stock', 'red lentils', 'frozen peas', 'honey', 'Dijon mustard', 'fresh thyme', 'sesame oil', 'rice vinegar', 'scallions', 'kosher salt'],
  product: ['noise-cancelling headphones', 'robot vacuum', 'air fryer', 'standing desk', 'mechanical keyboard', 'e-reader', 'espresso machine', 'pair of hiking boots', 'rain jacket', 'cast-iron skillet', 'electric toothbrush', 'smart thermostat', 'portable charger', 'fitness tracker', 'Bluetooth speaker', 'stand mixer', 'office chair', 'dehumidifier', 'water filter pitcher', 'carry-on suitcase', 'baby monitor', 'pressure cooker', 'ultrawide monitor', 'cordless drill', 'camping stove', 'weighted blanket', 'road bike helmet', 'dash cam', 'label printer', 'sunrise alarm clock'],
  time: ['last weekend', 'yesterday evening', 'this morning', 'on my way home', 'over lunch', 'on the first day of the long weekend', 'on Sunday afternoon', 'before sunrise', 'before work', 'on the last day of vacation', 'on Friday night', 'on a rare day off', 'at the end of last month', 'right after the storm'],
  weather: ['under a clear sky', 'in grey drizzle', 'in steady rain', 'in a gusty wind', 'in thick fog', 'in bright sunshine', 'in light snow', 'in surprisingly cold air', 'in sticky humidity'],
  season: ['spring', 'summer', 'autumn', 'winter', 'early summer', 'late fall', 'the holidays', 'the new year'],
  hobby: ['knitting', 'pilates', 'sourdough baking', 'running', 'calligraphy', 'board games', 'home espresso', 'houseplants', 'hiking', 'swimming', 'bouldering', 'learning Spanish', 'sketching', 'camping', 'cycling', 'birdwatching'],
  hobbyClass: ['pottery', 'pilates', 'yoga', 'Spanish', 'watercolor', 'swimming', 'climbing', 'baking', 'photography', 'guitar', 'piano', 'coding'],
  skill: ['ride a bike', 'tie their shoes', 'swim a full length', 'read a chapter book', 'whistle', 'make toast'],
  flower: ['cherry blossoms', 'daffodils', 'tulips', 'lilacs', 'hydrangeas', 'sunflowers', 'magnolias', 'roses'],
  souvenir: ['fridge magnets', 'postcards', 'local chocolate', 'homemade jam', 'a tea towel', 'a ceramic mug', 'a bottle of local cider', 'a candle'],
  org: ['the city council', 'the state transportation department', 'the county health department', 'the Bureau of Labor Statistics', 'the Environmental Protection Agency', "the city's housing authority", 'the school board', 'the Office for National Statistics', 'the Bank of England', "the state attorney general's office", 'the Federal Trade Commission', 'the National Weather Service', 'the parks department', 'the regional transit authority', 'the Department of Education', 'the Food and Drug Administration', 'the consumer protection agency', 'the county clerk'],
  city: ['Denver', 'Leeds', 'Columbus', 'Bristol', 'Calgary', 'Sacramento', 'Glasgow', 'Pittsburgh', 'Adelaide', 'Raleigh', 'Nottingham', 'Milwaukee', 'Ottawa', 'Tucson'],
  policy: ['a new rental assistance program', 'expanded weekend bus service', 'a cap on overdraft fees', 'free school breakfasts', 'a ban on single-use plastic bags', 'lower speed limits near schools', 'a rebate for heat pump installations', 'longer library opening hours', 'a pilot for protected bike lanes', 'a property tax freeze for seniors', 'new rules on short-term rentals', 'a crackdown on junk fees', 'extended cooling center hours', 'a tree-planting initiative', 'late-night train service', 'stricter noise rules for apartments'],
  topicNews: ['rent complaints', 'single-person households', 'restaurant prices', 'electric vehicle registrations', 'online grocery spending', 'youth employment', 'package theft reports', 'birth rates', 'phone scam losses', 'poor air quality days'],
  weatherNews: ['more rain', 'the heat wave', 'strong winds', 'dry conditions', 'wide temperature swings', 'dense morning fog', 'a cold snap'],
  univ: ['Northfield University', 'the University of Westbrook', 'Lakeside College', 'Carver Institute of Technology', 'Eastmoor University', 'Halden State University'],
  field: ['economics', 'urban planning', 'sociology', 'environmental engineering', 'public health', 'consumer science', 'public policy'],
  surname: ['Alvarez', 'Bennett', 'Chen', 'Okafor', 'Fitzgerald', 'Haddad', 'Kowalski', 'Lindqvist', 'Moreno', 'Nakamura', 'Patel', 'Richter', 'Sullivan', 'Thompson', 'Whitaker', 'Yilmaz'],
  device: ['laptop', 'phone', 'tablet', 'router', 'printer', 'smart TV', 'earbuds', 'desktop PC', 'dash cam', 'washing machine', 'fridge', 'robot vacuum'],
  problem: ['keeps turning itself off', 'drops the Wi-Fi connection every few minutes', 'stops charging at 80 percent', 'has a vertical line across the screen', 'only plays sound on one side', 'crashes every time I open the camera', 'makes a grinding noise', 'drains the battery overnight', "won't show up in Bluetooth settings", 'shows error code E4'],
  problemShort: ['random shutdowns', 'Wi-Fi dropouts', 'charging stuck at 80%', 'screen line', 'grinding noise', 'app crashes', 'battery drain', 'pairing failure'],
  qtopic: ['filing taxes as a freelancer', 'renewing car insurance', 'registering a new address', 'refinancing a mortgage', 'submitting a health insurance claim', 'buying a used car', 'daycare waitlists', 'choosing a moving company', 'renewing a lease', 'puppy vaccinations', "renewing a driver's license", 'booking a physical'],
  nick: ['breadandbutter', 'trailmix_tom', 'quietreader', 'midnightsnack', 'gardengnome42', 'coffee_first', 'dadjokes_dan', 'wanderlust_ana', 'frugalfran', 'plantmom', 'bikecommuter', 'rainyday_rae', 'homecook88', 'ask_the_nerd', 'lazy_sunday', 'northernlights'],
  spoon: ['a tablespoon', 'two tablespoons', 'a teaspoon', 'half a cup', 'a pinch'],
  point: (r) => '$' + r.pick([5, 10, 15, 20, 25, 40, 50]),
  price: enPrice,
  fee: (r) => r.pick(['free', '$' + r.int(5, 35), '$' + r.int(8, 25) + '.50']),
  tripCost: (r) => '$' + commas(r.int(12, 90) * 10),
  month: (r) => r.pick(EN_MONTHS),
  date: EN_MONTH_DAY,
  store: (r, c) => storeOf(EN_STORES)(r, c).name,
  storeDomain: (r, c) => storeOf(EN_STORES)(r, c).domain,
  app: (r, c) => appOf(EN_APPS)(r, c).name,
  appDomain: (r, c) => appOf(EN_APPS)(r, c).domain,
};

const KO_INGREDIENT_LINES = ['양파 1개', '대파 1대', '다진 마늘 1큰술', '애호박 반 개', '감자 2개', '두부 1모', '돼지고기 앞다리살 300g', '소고기 양지 200g', '고춧가루 2큰술', '국간장 1큰술', '참기름 약간', '들기름 1큰술', '표고버섯 3개', '청양고추 1개', '당근 1/3개', '달걀 2개', '멸치 육수 500ml', '다시마 1장', '설탕 1작은술', '굴소스 1큰술', '고추장 1큰술', '된장 1.5큰술', '깻잎 10장', '콩나물 한 봉지', '신김치 1컵', '어묵 2장', '찬밥 1공기', '버터 10g', '우유 200ml', '올리고당 1큰술', '부침가루 1컵', '후추 약간', '통깨 약간', '쪽파 3대'];
const EN_INGREDIENT_LINES = ['1 yellow onion, diced', '3 cloves garlic, minced', '1 can (400 g) chopped tomatoes', '1 tsp smoked paprika', '1 tsp ground cumin', '500 g chicken thighs', '2 cups baby spinach', '1/2 cup heavy cream', '1/3 cup grated parmesan', '2 tbsp unsalted butter', '1/4 cup brown sugar', '1 cup rolled oats', '1/2 tsp baking soda', '1 tbsp lemon juice', 'a handful of fresh basil', '2 tbsp soy sauce', '1 tbsp grated ginger', '1 can chickpeas, drained', '2 bell peppers, sliced', '2 sweet potatoes, cubed', '1/2 cup Greek yogurt', '1 cup grated sharp cheddar', '2 eggs', '2 cups all-purpose flour', '1 tsp vanilla extract', '4 cups chicken stock', '1 cup red lentils', '1 cup frozen peas', '2 tbsp honey', '1 tbsp Dijon mustard', 'a few sprigs of fresh thyme', '1 tsp sesame oil', 'salt and pepper to taste'];

// ---------------------------------------------------------------------------------------------
// Sentence templates. {slot} draws a fresh word, {$slot} keeps one word per post,
// {slot/을} attaches a Korean particle, {slot/a} an English article, {slot/C} capitalises.

const KO_T = {
  general: [
    '{time} {person/과} 잠깐 이야기를 나눴는데 요즘 다들 비슷한 고민을 하고 있더라고요.',
    '사실 이 얘기를 쓸까 말까 며칠 고민했어요.',
    '{weather} 밖에 나가기가 조금 망설여졌어요.',
    '요즘 회사 일이 바빠서 글을 자주 못 올렸네요.',
    '혹시 비슷한 경험 있으신 분들은 댓글로 알려주세요.',
    '생각해 보면 몇 년 전 이맘때에도 비슷한 일이 있었던 것 같아요.',
    '{person/이} 옆에서 계속 웃어서 저도 덩달아 기분이 좋아졌어요.',
    '다음에는 조금 더 여유 있게 계획을 세워 보려고 합니다.',
    '사진이 많아서 스크롤이 길 수 있으니 참고해 주세요.',
    '개인적인 의견이니 가볍게 읽어 주시면 감사하겠습니다.',
    '{time} 커피 한 잔 마시면서 이 글을 정리하고 있어요.',
    '솔직히 기대를 많이 안 했는데 의외로 만족스러웠어요.',
    '요즘 물가가 워낙 올라서 뭐 하나 사기도 부담스럽네요.',
    '주말에는 되도록 휴대폰을 멀리 두려고 노력 중이에요.',
    '이번 달은 지출을 좀 줄여 보자고 {person/과} 약속했어요.',
    '글이 길어졌는데 끝까지 읽어 주셔서 고맙습니다.',
    '궁금한 점은 댓글 남겨 주시면 아는 선에서 답변 드릴게요.',
    '{place}에서 지하철로 {min}분 정도 걸리는 거리라 부담이 없었어요.',
    '처음에는 반신반의했는데 {n}주 정도 지나니 확실히 차이가 느껴졌어요.',
    '이런 소소한 기록이 나중에 다시 보면 꽤 재미있더라고요.',
    '날씨가 계절답지 않게 포근해서 걷기 좋은 하루였어요.',
    '{person/이} 추천해 줘서 알게 됐는데 이제는 제가 더 자주 찾게 됐어요.',
    '다들 건강 잘 챙기시고 좋은 하루 보내세요.',
    '메모장에 적어 둔 내용을 거의 그대로 옮겨 봤어요.',
    '오늘도 무사히 하루를 마무리한 것에 감사하게 되네요.',
    '생각나는 대로 적다 보니 두서가 없는 점 양해 부탁드려요.',
  ],
  daily: [
    '{time} {person/이랑} {place}에 다녀왔어요.',
    '오랜만에 동네 {venue}에 들렀는데 사장님이 알아봐 주셔서 반가웠어요.',
    '아침에 일어나서 {n}km 정도 산책을 했더니 하루가 개운했어요.',
    '집 앞 공원에 {flower/이} 피기 시작해서 한참 구경했어요.',
    '점심은 간단하게 {food/으로} 해결했어요.',
    '저녁에는 {person/이랑} {food/을} 만들어 먹었는데 간이 딱 맞았어요.',
    '요즘 {hobby}에 빠져서 퇴근하면 그것만 하고 있어요.',
    '베란다 화분에 물을 주다가 새싹이 올라온 걸 발견했어요.',
    '{n}시간 넘게 대청소를 했더니 온몸이 뻐근하네요.',
    '도서관에서 빌린 책을 반납하러 갔다가 {n}권을 또 빌려 왔어요.',
    '아이가 처음으로 혼자 {skill}에 성공해서 온 가족이 박수를 쳤어요.',
    '{time} 갑자기 비가 와서 우산 없이 편의점까지 뛰어갔어요.',
    '주말 내내 밀린 드라마를 몰아 보면서 푹 쉬었어요.',
    '냉장고 정리를 하다 보니 유통기한 지난 소스가 {n}개나 나왔어요.',
    '{person/이} 생일이라 작은 케이크를 사서 조촐하게 축하했어요.',
    '{hobbyClass} 수업을 {n}개월째 다니고 있는데 생활에 활력이 생겼어요.',
    '버스를 한 정거장 일찍 내려서 걸어왔더니 만 보를 훌쩍 넘겼어요.',
    '동네에 새로 생긴 {venue}에 줄이 길게 서 있어서 다음에 가 보기로 했어요.',
  ],
  review: [
    '{$product/을} 구매한 지 {n}주 정도 지나서 솔직한 후기 남겨요.',
    '{$store}에서 {price}에 샀는데 행사 기간이라 평소보다 조금 저렴했어요.',
    '배송은 주문 다음 날 바로 왔고 포장도 꼼꼼했어요.',
    '디자인은 사진이랑 거의 같고 색감이 조금 더 차분한 편이에요.',
    '처음 켰을 때 소음이 살짝 신경 쓰였는데 금방 익숙해졌어요.',
    '배터리는 완충 기준으로 {n}일 정도 쓰는 것 같아요.',
    '무게가 생각보다 가벼워서 들고 다니기 편해요.',
    '단점을 꼽자면 설명서가 너무 간단해서 처음 설정할 때 헤맸다는 점이에요.',
    '같은 가격대의 다른 제품과 비교해 보면 마감이 확실히 좋아요.',
    '{person/이} 써 보더니 바로 하나 더 주문하더라고요.',
    'A/S는 공식 서비스센터에서 {n}년 동안 무상으로 받을 수 있다고 해요.',
    '별점을 매기자면 5점 만점에 {rating}점 주고 싶어요.',
    '재구매 의사는 있지만 정가로 사기엔 조금 고민될 것 같아요.',
    '세척이 쉬워서 매일 쓰기에는 이만한 게 없네요.',
    '한 달 더 써 보고 추가 후기 다시 올릴게요.',
    '전에 쓰던 제품은 {n}년 만에 고장이 나서 이번에는 좀 더 꼼꼼히 비교했어요.',
    '앱 연동이 생각보다 간단해서 설정은 {min}분 만에 끝났어요.',
  ],
  recipe: [
    '오늘은 집에서 쉽게 만들 수 있는 {$food} 레시피를 정리해 봤어요.',
    '먼저 {ingredient/을} 먹기 좋은 크기로 썰어 주세요.',
    '냄비에 {ingredient/과} {ingredient/을} 넣고 중불에서 {min}분 정도 볶아 줍니다.',
    '물이 끓어오르면 {ingredient/을} 넣고 불을 약하게 줄여 주세요.',
    '간은 국간장 {spoon}으로 맞추고 부족하면 소금을 조금 더해 주세요.',
    '마지막에 {ingredient/을} 살짝 둘러 주면 향이 훨씬 좋아져요.',
    '{ingredient/이} 없으면 {ingredient/으로} 대신해도 괜찮아요.',
    '2인분 기준으로 재료비는 {price} 정도 들었어요.',
    '전날 밤에 재료를 손질해 두면 아침에 {min}분이면 완성돼요.',
    '아이들이 먹을 거라 매운 양념은 최대한 줄였어요.',
    '한 번에 넉넉히 만들어 냉동해 두면 바쁜 날 꺼내 먹기 좋아요.',
    '불 조절만 잘하면 실패할 일이 거의 없는 메뉴예요.',
    '간을 볼 때는 불을 끈 뒤 한 김 식혀서 보는 게 정확해요.',
    '{person/이} 이 레시피로 만든 {$food/을} 먹고 식당 맛 같다고 하더라고요.',
    '팬을 충분히 달군 다음에 재료를 넣어야 물이 생기지 않아요.',
    '남은 {$food/은} 밀폐용기에 담아 냉장고에서 {n}일 정도 보관할 수 있어요.',
  ],
  travel: [
    '이번 여행지는 {$place}였어요.',
    '{$place}까지는 기차로 {n}시간 남짓 걸렸어요.',
    '숙소는 역에서 걸어서 {min}분 거리에 있는 작은 게스트하우스로 잡았어요.',
    '체크인은 오후 3시부터인데 짐을 미리 맡길 수 있어서 편했어요.',
    '첫날은 {weather} 바닷가를 천천히 걸으며 보냈어요.',
    '현지 분들이 추천해 준 {venue}에서 먹은 {food/이} 이번 여행 최고의 한 끼였어요.',
    '입장료는 성인 기준 {fee}이고 주차는 무료였어요.',
    '사람이 많은 주말보다는 평일 오전에 가는 걸 추천해요.',
    '전망대에 올라가니 {$place} 시내가 한눈에 내려다보였어요.',
    '버스 배차 간격이 {nn}분이라 시간표를 미리 확인하는 게 좋아요.',
    '여행 경비는 교통비 포함해서 1인당 {tripCost} 정도 들었어요.',
    '돌아오는 길에 기념품으로 {souvenir/을} 몇 개 샀어요.',
    '다음에는 {season}에 다시 와서 다른 코스를 걸어 보고 싶어요.',
    '골목마다 작은 책방과 공방이 있어서 구경하는 재미가 쏠쏠했어요.',
    '렌터카 없이 대중교통만으로도 충분히 돌아볼 수 있었어요.',
    '일몰 시간에 맞춰 해변에 갔더니 하늘이 온통 주황빛이었어요.',
  ],
  news: [
    '{$org/은} {date} {$policy/을} 골자로 한 개선안을 발표했다.',
    '이번 조치로 약 {nn}만 명이 혜택을 받을 것으로 예상된다.',
    '지원 대상은 중위소득 {pct}% 이하 가구이며 주민센터나 온라인 누리집에서 신청할 수 있다.',
    '{$org} 관계자는 "현장 의견을 충분히 반영해 제도를 보완하겠다"고 밝혔다.',
    '지난해 같은 기간과 비교하면 {pct}% 늘어난 수치다.',
    '전문가들은 단기적인 효과보다 구조적인 개선이 필요하다고 지적했다.',
    '{$city}는 다음 달부터 {$policy/을} 시범 운영한다고 밝혔다.',
    '{univ} {field}과 {surname}모 교수는 "지속적인 점검이 뒤따라야 한다"고 말했다.',
    '관련 예산은 총 {nn}억 원 규모로 편성됐다.',
    '업계에서는 이번 결정이 하반기 시장 흐름에 영향을 줄 것으로 보고 있다.',
    '기상청은 이번 주말까지 전국에 {weatherNews} 이어질 것으로 내다봤다.',
    '신청 기간은 {date}부터 {date}까지이며 자세한 내용은 공식 누리집에서 확인할 수 있다.',
    '조사는 전국 성인 {nnnn}명을 대상으로 온라인 설문 방식으로 진행됐다.',
    '한편 소비자 물가는 {n}개월 연속 2%대 상승률을 유지했다.',
    '{$topicNews/은} 최근 {n}년 사이 꾸준히 늘어나는 추세를 보였다.',
    '시민단체들은 제도의 사각지대를 줄이기 위한 후속 대책을 요구하고 있다.',
    '이에 따라 관련 부처는 다음 달까지 세부 지침을 마련할 계획이다.',
    '일각에서는 재원 마련 방안이 구체적이지 않다는 비판도 나온다.',
    '현장에서는 제도 시행 초기 혼선을 우려하는 목소리가 적지 않다.',
    '{$city} 관계자는 "시민 불편을 최소화하는 데 주력하겠다"고 말했다.',
    '이번 발표는 지난 {month}월 공청회에서 제기된 의견을 반영한 것이다.',
    '정부는 연내 관련 법 개정안을 국회에 제출할 예정이다.',
    '해당 지표는 {n}분기 연속 개선 흐름을 이어 갔다.',
    '소비자단체는 가격 인상 폭이 과도하다며 재검토를 요구했다.',
    '지자체별로 지원 규모와 신청 방법이 달라 거주지 기준으로 확인해야 한다.',
    '{$org/은} 앞으로 {n}년에 걸쳐 단계적으로 대상을 넓혀 나갈 방침이다.',
  ],
  qna: [
    '{qtopic} 관련해서 질문 드립니다.',
    '{device/을} 쓰고 있는데 {n}일 전부터 갑자기 {problem}.',
    '공장 초기화까지 해 봤는데도 증상이 똑같아요.',
    '서비스센터에 가기 전에 혹시 스스로 해결할 방법이 있을까요?',
    '비슷한 증상 겪으신 분 계시면 어떻게 해결하셨는지 궁금합니다.',
    '답변 감사합니다, 말씀하신 대로 설정을 바꿔 보니 해결됐어요.',
    '저도 같은 문제였는데 펌웨어 업데이트하고 나서 괜찮아졌어요.',
    '제 경험상 {store} 공식몰에서 사는 게 A/S 받기 제일 편했어요.',
    '이사 예정인데 {place} 쪽 전세 시세가 어느 정도인지 아시는 분 계실까요?',
    '아이가 {n}살인데 {hobbyClass} 학원을 보내는 게 나을지 고민이에요.',
    '강아지가 {n}살인데 요즘 밥을 잘 안 먹어서 걱정입니다.',
    '중고로 {product/을} 사려고 하는데 꼭 확인해야 할 부분이 뭐가 있을까요?',
    '혹시 제가 잘못 알고 있는 거면 정정 부탁드려요.',
    '추가로 궁금한 점 있으면 이 글에 댓글로 다시 여쭤볼게요.',
    '검색해 봐도 오래된 글만 나와서 최신 정보가 필요합니다.',
    '관공서에 전화해 보니 평일 오전에 방문하면 당일 처리가 된다고 하네요.',
  ],
  sale: [
    '{$store}에서 {season} 정기 세일을 시작했어요.',
    '행사 기간은 {date}부터 {date}까지이고 일부 품목은 최대 {pct}% 할인이에요.',
    '공식 앱에서 쿠폰을 내려받으면 {price} 이상 구매 시 추가 할인이 적용돼요.',
    '자세한 행사 내용은 공식 홈페이지({$storeDomain})에서 확인할 수 있어요.',
    '회원 등급에 따라 적립률이 달라지니 로그인 후 확인해 보세요.',
    '카드사 청구할인은 행사 카드로 결제할 때만 적용된다고 해요.',
    '인기 상품은 일찍 품절될 수 있으니 장바구니에 미리 담아 두세요.',
    '교환과 반품은 일반 상품과 똑같이 수령 후 {n}일 이내에 가능해요.',
    '이번에는 {product/이} 특히 저렴하게 나와서 하나 주문했어요.',
    '오프라인 매장도 같은 가격으로 진행된다고 하니 가까운 지점에 들러 보셔도 좋아요.',
    '무료배송 기준은 {price} 이상 구매로 평소와 같아요.',
    '행사 상품과 일반 상품을 같이 담으면 쿠폰 적용이 안 될 수 있으니 주의하세요.',
    '작년 같은 행사보다 할인 품목이 조금 줄어든 느낌이에요.',
  ],
  referral: [
    '{$app} 친구 초대 이벤트가 진행 중이라 공유해요.',
    '앱의 \'친구 초대\' 메뉴에서 제 초대 코드 {$refcode/을} 입력하면 됩니다.',
    '신규 가입 후 첫 결제를 마치면 초대한 사람과 받은 사람 모두 {point}씩 적립돼요.',
    '적립금은 결제 확인 후 {n}일 이내에 지급되고 유효기간은 {nn}일이에요.',
    '이벤트는 1인당 최대 {n}회까지 참여할 수 있다고 약관에 적혀 있어요.',
    '자세한 조건은 앱의 이벤트 페이지와 유의사항을 꼭 확인해 주세요.',
    '기존 회원은 대상이 아니고 신규 가입자만 해당돼요.',
    '코드 없이 가입해도 기본 웰컴 쿠폰은 받을 수 있어요.',
    '저는 {$app/을} {n}년째 쓰고 있는데 생활비 관리하기에 제일 편해요.',
    '부담 없이 필요하신 분만 사용하세요.',
    '공식 안내는 {$appDomain} 이벤트 페이지에 올라와 있어요.',
    '이벤트는 예산 소진 시 조기 종료될 수 있다고 하네요.',
  ],
};

const EN_T = {
  general: [
    'I was chatting with {person} {time} and it turns out everyone is juggling the same things lately.',
    'I went back and forth for days about whether to even write this up.',
    'Honestly, stepping outside {weather} did not sound appealing at first.',
    'Work has been hectic, which is why it has been quiet around here.',
    'If you have been through something similar, let me know in the comments.',
    'Come to think of it, something very similar happened around this time a few years ago.',
    '{person/C} kept laughing the whole time, which put me in a good mood too.',
    'Next time I want to plan things with a little more breathing room.',
    'There are a lot of photos below, so the page may take a second to load.',
    'This is just my personal take, so read it with a grain of salt.',
    'I am writing this {time} with a cup of coffee next to me.',
    'I did not expect much, but it turned out better than I hoped.',
    'With prices where they are, even small purchases feel like a decision.',
    'I have been trying to keep my phone in another room on weekends.',
    '{person/C} and I agreed to cut back on spending this month.',
    'This got long, so thanks for reading all the way to the end.',
    'Drop a question below and I will answer what I can.',
    'It is only about {min} minutes from {place} by train, which makes it easy.',
    'I was skeptical at first, but after {n} weeks the difference was obvious.',
    'Little notes like this are fun to look back on later.',
    'It was unusually mild for the season, perfect for a long walk.',
    'I only found out about it because {person} mentioned it, and now I go more often than they do.',
    'Take care of yourselves and have a good week.',
    'These are more or less my notes, copied over as they were.',
    'Grateful that another ordinary day went by without drama.',
    'Apologies if this rambles a bit; I wrote it in one go.',
  ],
  daily: [
    '{person/C} and I wandered around {place} {time}.',
    'I stopped by the {venue} down the street for the first time in ages, and the owner still remembered me.',
    'I walked about {n} miles first thing and felt clear-headed for the rest of the day.',
    'The {flower} in the park by our building have started to bloom, so I stood there far too long.',
    'Lunch was a quick plate of {food}.',
    'For dinner {person} and I made {food}, and the seasoning was spot on for once.',
    'I have been completely hooked on {hobby} and do little else after work.',
    'While watering the balcony plants I noticed the first sprouts coming up.',
    'We deep-cleaned the apartment for {n} hours and now everything aches.',
    'I went to return my library books and somehow came back with {n} more.',
    'Our youngest finally managed to {skill} without help, and we all cheered.',
    'It started pouring {time}, so I sprinted to the corner store without an umbrella.',
    'I spent the whole weekend catching up on a show and doing absolutely nothing else.',
    'Cleaning out the fridge turned up {n} jars of sauce that expired months ago.',
    'We celebrated a birthday for {person} with a small cake and kept it simple.',
    'I have been going to a {hobbyClass} class for {n} months now, and it has changed my week.',
    'I got off the bus a stop early and walked, which put me well over ten thousand steps.',
    'A new {venue} opened nearby and the line went around the block, so that is a plan for next week.',
  ],
  review: [
    'I bought the {$product} about {n} weeks ago, so here is my honest take.',
    'I picked it up at {$store} for {price}, which was a bit below the usual price because of a sale.',
    'Shipping took one day and the packaging was solid.',
    'It looks almost exactly like the photos, maybe a touch more muted in person.',
    'The noise bothered me a little at first, but I stopped noticing it within a day.',
    'On a full charge it lasts roughly {n} days with my usage.',
    'It is lighter than I expected, which makes it easy to carry around.',
    'The main downside is the manual, which is so thin that setup took some guessing.',
    'Compared with others in the same price range, the build quality is clearly better.',
    '{person/C} tried it once and ordered one for themselves the same evening.',
    'The warranty covers {n} years through the official service center.',
    'If I had to score it, I would give it {rating} out of 5.',
    'I would buy it again, though maybe not at full price.',
    'It is easy to clean, which matters a lot for something I use every day.',
    'I will post a follow-up after another month of use.',
    'My previous one died after {n} years, so I compared options more carefully this time.',
    'Pairing it with the app was painless and took about {min} minutes.',
  ],
  recipe: [
    'Today I am writing down my go-to {$food} for busy weeknights.',
    'Start by chopping {ingredient} into bite-sized pieces.',
    'Warm {ingredient} in a heavy pot, add {ingredient}, and cook over medium heat for about {min} minutes.',
    'Once it comes to a boil, stir in {ingredient} and turn the heat down low.',
    'Season with {spoon} of salt and taste before adding more.',
    'A drizzle of {ingredient} at the very end makes it smell amazing.',
    'If you do not have {ingredient}, {ingredient} works fine as a substitute.',
    'For two servings the ingredients came to about {price}.',
    'If you prep everything the night before, it comes together in {min} minutes.',
    'I keep the spice mild because the kids eat this too.',
    'It freezes well, so I always make a double batch.',
    'As long as you watch the heat, this one is very hard to mess up.',
    'Let it cool for a minute before tasting, or you will over-season it.',
    '{person/C} said my {$food} tasted like it came from a restaurant.',
    'Make sure the pan is properly hot before anything goes in, or it will steam instead of brown.',
    'Leftover {$food} keeps in an airtight container for about {n} days.',
  ],
  travel: [
    'This trip took us to {$place}.',
    'Getting to {$place} took a little over {n} hours by train.',
    'We stayed at a small guesthouse about {min} minutes on foot from the station.',
    'Check-in was not until three, but they happily held our bags.',
    'We spent the first day walking along the water {weather}.',
    'The {food} at a {venue} the locals recommended was the best meal of the trip.',
    'Admission was {fee} per adult and parking was free.',
    'Go on a weekday morning if you can; weekends get crowded.',
    'From the lookout you can see the whole of {$place} spread out below.',
    'Buses only run every {nn} minutes, so check the timetable in advance.',
    'All in, including transport, it came to about {tripCost} per person.',
    'On the way home we picked up {souvenir} as gifts.',
    'I would love to come back in {season} and try a different route.',
    'Every side street seemed to have a tiny bookshop or workshop, which made wandering fun.',
    'We managed without a rental car and never felt stuck.',
    'We timed our walk for sunset and the whole sky turned orange.',
  ],
  news: [
    '{$org/C} on {date} announced a plan centered on {$policy}.',
    'Officials estimate that roughly {nn},000 residents will benefit from the change.',
    'Households earning below {pct} percent of the area median income are eligible and can apply online or in person.',
    'A spokesperson for {$org} said the program would be adjusted based on feedback from residents.',
    'That is an increase of {pct} percent compared with the same period last year.',
    'Experts cautioned that structural reforms matter more than short-term fixes.',
    'Starting next month, {$city} will pilot {$policy}.',
    'Professor {surname} of {field} at {univ} said that ongoing monitoring will be essential.',
    'The measure is backed by a budget of about {nn} million dollars.',
    'Analysts expect the decision to shape the market for the rest of the year.',
    'Forecasters said {weatherNews} will continue through the weekend.',
    'Applications open on {date} and close on {date}; details are posted on the official website.',
    'The survey polled {nnnn} adults nationwide online.',
    'Consumer prices have risen at an annual pace near 3 percent for {n} consecutive months.',
    'Figures on {$topicNews} have climbed steadily over the past {n} years.',
    'Advocacy groups are pressing for follow-up measures to close remaining gaps.',
    'The department plans to publish detailed guidance by next month.',
    'Critics say the funding plan remains vague.',
    'Local officials warned of some confusion during the first weeks of the rollout.',
    'A spokesperson for {$city} said the city would work to keep disruption for residents to a minimum.',
    'The announcement follows a public hearing in {month} where residents raised concerns.',
    'Lawmakers are expected to take up the related bill before the end of the year.',
    'The indicator has improved for {n} straight quarters.',
    'Consumer groups called the increase excessive and asked for a review.',
    'Eligibility and application steps vary by county, so residents should check locally.',
    '{$org/C} said it would widen the program in phases over the next {n} years.',
  ],
  qna: [
    'Quick question about {qtopic}.',
    'My {device} {problem}, and it started about {n} days ago.',
    'I already tried a factory reset and nothing changed.',
    'Is there anything I can try myself before taking it in for repair?',
    'If you had the same issue, how did you end up fixing it?',
    'Thanks for the replies; changing that setting fixed it.',
    'I had the exact same problem and a firmware update sorted it out.',
    'In my experience, buying directly from {store} made warranty claims the easiest.',
    'We are moving soon; does anyone know what rents look like around {place} these days?',
    'My kid is {n} and I cannot decide whether a {hobbyClass} class is worth it.',
    'Our dog is {n} years old and has been eating a lot less lately.',
    'I am looking at a used {product}; what should I check before buying?',
    'Please correct me if I have this wrong.',
    'I will follow up in this thread if I have more questions.',
    'Everything I find when searching is years old, so I am hoping for current info.',
    'I called the office and they said weekday mornings are the quickest time to go in.',
  ],
  sale: [
    '{$store} just kicked off its {season} sale.',
    'The sale runs from {date} to {date}, with some items up to {pct} percent off.',
    'If you clip the coupon in the official app, orders over {price} get an extra discount.',
    'Full details are on the official site at {$storeDomain}.',
    'Reward rates depend on your membership tier, so check after signing in.',
    'The card discount only applies if you pay with the partner card.',
    'Popular items tend to sell out early, so add them to your cart ahead of time.',
    'Returns work the same as usual: within {n} days of delivery.',
    'The {product} was marked down quite a bit, so I grabbed one.',
    'Stores are matching the online prices, so your local branch is worth a visit.',
    'Free shipping still kicks in at {price}, same as always.',
    'Mixing sale items with regular items in one order can block the coupon, so watch out.',
    'It looks like fewer items are included than in last year\'s sale.',
  ],
  referral: [
    'Sharing my {$app} invite in case anyone was about to sign up anyway.',
    'Enter my code {$refcode} under Invite Friends when you create your account.',
    'After your first order, we both get {point} in credit.',
    'Credit shows up within {n} days of the qualifying order and expires after {nn} days.',
    'The terms say each account can redeem up to {n} invites.',
    'Please read the terms on the promotion page in the app before you sign up.',
    'It only works for new accounts, not existing customers.',
    'You still get the standard welcome offer without a code.',
    'I have used {$app} for {n} years and it saves me a lot of time.',
    'No pressure at all, just use it if it helps.',
    'The official terms are on {$appDomain} under the referral program page.',
    'The program can end early once the promotional budget runs out.',
  ],
};

const KO_TITLES = {
  daily: ['{time} 일상 기록', '소소한 하루, {place} 산책', '{person/이랑} 보낸 주말', '요즘 빠져 있는 {hobby} 이야기', '평범해서 좋았던 하루', '퇴근 후 루틴 공유해요', '{season} 맞이 집 정리', '{place} 나들이 다녀왔어요'],
  review: ['{$product} {n}주 사용 후기', '{$store}에서 산 {$product} 솔직 리뷰', '내돈내산 {$product} 장단점 정리', '{$product} 살까 말까 고민하는 분들께', '{$product} 한 달 실사용기'],
  recipe: ['{$food} 황금 레시피', '초간단 {$food} 만들기', '자취생 {$food} 레시피 ({min}분 완성)', '실패 없는 {$food} 만드는 법', '냉장고 털이 {$food}'],
  travel: ['{$place} 1박 2일 여행 기록', '{$place} 당일치기 코스 추천', '{season}의 {$place}, 걷기 좋은 길', '{$place} 맛집과 숙소 정리', '뚜벅이 {$place} 여행 후기'],
  news: ['{$org}, {$policy} 추진', '{$city} {$policy} 다음 달부터 시행', '{$topicNews} {pct}% 증가… "구조적 대책 필요"', '{$org} "{$policy} 하반기 확대"', '[생활경제] {$topicNews} 역대 최대'],
  qna: ['{device} {problemShort} 해결 방법 있을까요?', '[질문] {qtopic} 관련 문의', '{place} 전세 시세 아시는 분', '중고 {product} 구매 시 체크할 것?', '{qtopic} 해 보신 분 조언 부탁드려요'],
  sale: ['[{$store}] {season} 정기 세일 안내', '{$store} 최대 {pct}% 할인 행사 정리', '{$store} 공식몰 쿠폰 정보 공유', '{$store} 세일 기간 총정리'],
  referral: ['{$app} 친구 초대 코드 공유 (신규 가입 적립금)', '{$app} 초대 이벤트 조건 정리', '{$app} 신규 가입 혜택 안내'],
};

const EN_TITLES = {
  daily: ['Notes from {time}', 'A slow day around {place}', 'Weekend with {person}', 'Why I am obsessed with {hobby} right now', 'An ordinary day, and that is fine', 'My after-work routine', 'Getting the house ready for {season}'],
  review: ['{$product/C}: {n} weeks later', 'Honest review of the {$product} from {$store}', 'The {$product}: pros and cons', 'Should you buy the {$product}?', 'One month with the {$product}'],
  recipe: ['The best {$food} I have made', 'Easy {$food} in {min} minutes', 'Weeknight {$food}', 'Foolproof {$food}', 'Clean-out-the-fridge {$food}'],
  travel: ['Two days in {$place}', 'A day trip to {$place}', '{$place} in {season}', 'Where to eat and stay in {$place}', '{$place} without a car'],
  news: ['{$org/C} moves ahead with {$policy}', '{$city} to start {$policy} next month', '{$topicNews/C} up {pct}% as experts call for reform', 'Officials promise {$policy}', 'Report: {$topicNews} hit a record high'],
  qna: ['{device/C} {problemShort}, any fix?', 'Question about {qtopic}', 'Rents around {place}?', 'Buying a used {product}: checklist?', 'Anyone done {qtopic} recently?'],
  sale: ['{$store} {season} sale: what is worth it', '{$store} up to {pct}% off, summary', '{$store} app coupon tips', '{$store} sale dates and details'],
  referral: ['{$app} referral code (new accounts)', '{$app} invite terms explained', 'New to {$app}? Welcome offer details'],
};

const HEADINGS = {
  ko: {
    daily: ['오늘의 기록', '점심 이야기', '저녁 풍경', '덧붙이는 말'],
    review: ['구매 이유', '장점', '아쉬운 점', '총평', '이런 분께 추천'],
    recipe: ['재료 준비', '만드는 법', '맛있게 먹는 팁', '보관 방법'],
    travel: ['가는 길', '숙소', '먹은 것들', '볼거리', '여행 경비', '총평'],
    news: ['주요 내용', '배경', '전문가 의견', '향후 일정'],
    qna: ['증상', '해 본 것', '추가 질문'],
    sale: ['행사 기간', '할인 혜택', '유의사항'],
    referral: ['참여 방법', '혜택', '유의사항'],
  },
  en: {
    daily: ['Morning', 'Afternoon', 'Evening', 'A few more thoughts'],
    review: ['Why I bought it', 'What I like', 'What could be better', 'Verdict', 'Who it is for'],
    recipe: ['Ingredients', 'Method', 'Tips', 'Storage'],
    travel: ['Getting there', 'Where we stayed', 'What we ate', 'What to see', 'Costs', 'Final thoughts'],
    news: ['Key points', 'Background', 'What experts say', 'Next steps'],
    qna: ['Symptoms', 'What I tried', 'Follow-up'],
    sale: ['Dates', 'Discounts', 'Fine print'],
    referral: ['How it works', 'The reward', 'Terms'],
  },
};

const HASHTAGS = {
  ko: {
    daily: ['일상', '일상기록', '주말', '소소한행복', '오늘의기록', '데일리', '산책'],
    review: ['내돈내산', '리뷰', '솔직후기', '살림템', '추천템', '구매후기'],
    recipe: ['집밥', '레시피', '요리', '자취요리', '간단요리', '오늘뭐먹지'],
    travel: ['국내여행', '여행', '여행기록', '주말여행', '뚜벅이여행', '맛집'],
    news: ['뉴스', '생활정보', '정책'],
    qna: ['질문', '도와주세요', '정보공유'],
    sale: ['세일', '할인정보', '쇼핑', '공식몰'],
    referral: ['친구초대', '초대코드', '신규가입'],
  },
  en: {
    daily: ['dailylife', 'weekend', 'smallwins', 'slowliving', 'journal', 'citywalks'],
    review: ['review', 'honestreview', 'gearreview', 'worthit', 'homefinds'],
    recipe: ['homecooking', 'recipe', 'weeknightdinner', 'mealprep', 'comfortfood'],
    travel: ['travel', 'traveldiary', 'weekendtrip', 'slowtravel', 'foodie'],
    news: ['news', 'local', 'policy'],
    qna: ['help', 'question', 'advice'],
    sale: ['sale', 'deals', 'shopping'],
    referral: ['referral', 'invite', 'newcustomer'],
  },
};

// ---------------------------------------------------------------------------------------------
// Lures: fake promotions. Each type is a sequence of steps; each step lists alternatives; a
// step marked optional is sometimes left out.

const KO_LURE_BRANDS = [
  ['지니뮤직', 'genie'], ['멜론', 'melon'], ['카카오톡', 'kakao'], ['카카오페이', 'kakaopay'], ['토스', 'toss'],
  ['네이버페이', 'npay'], ['쿠팡', 'coupang'], ['배달의민족', 'baemin'], ['넷플릭스', 'netflix'], ['티빙', 'tving'],
  ['웨이브', 'wavve'], ['유튜브 프리미엄', 'ytpremium'], ['SK텔레콤', 'skt'], ['KT', 'kt'], ['LG유플러스', 'lguplus'],
  ['스타벅스', 'starbucks'], ['올리브영', 'oliveyoung'], ['삼성전자', 'samsung'], ['플로', 'flo'], ['쿠팡플레이', 'cplay'],
].map(([name, slug]) => ({ name, slug }));
const KO_COURIERS = [['CJ대한통운', 'cj'], ['우체국택배', 'epost'], ['한진택배', 'hanjin'], ['롯데택배', 'lotte'], ['로젠택배', 'logen']].map(([name, slug]) => ({ name, slug }));
const EN_LURE_BRANDS = [
  ['Spotify', 'spotify'], ['Netflix', 'netflix'], ['Disney+', 'disneyplus'], ['Amazon', 'amazon'], ['PayPal', 'paypal'],
  ['Apple', 'apple'], ['Verizon', 'verizon'], ['AT&T', 'att'], ['T-Mobile', 'tmobile'], ['Xbox', 'xbox'],
  ['Steam', 'steam'], ['Starbucks', 'starbucks'], ['Costco', 'costco'], ['Walmart', 'walmart'], ['Chase', 'chase'],
  ['Hulu', 'hulu'], ['Uber Eats', 'ubereats'], ['YouTube Premium', 'ytpremium'], ['Cash App', 'cashapp'], ['Venmo', 'venmo'],
].map(([name, slug]) => ({ name, slug }));
const EN_COURIERS = [['USPS', 'usps'], ['Royal Mail', 'royalmail'], ['DHL', 'dhl'], ['FedEx', 'fedex'], ['UPS', 'ups'], ['Evri', 'evri'], ['Canada Post', 'canadapost'], ['Australia Post', 'auspost']].map(([name, slug]) => ({ name, slug }));

const SHORTENERS = ['bit.ly', 'tinyurl.com', 'cutt.ly', 'rb.gy', 't.ly', 'is.gd', 'han.gl', 'me2.kr', 'url.kr', 'vo.la'];
const LURE_TLDS = ['top', 'xyz', 'shop', 'click', 'icu', 'cc', 'info', 'live', 'site', 'online', 'buzz', 'vip', 'sbs', 'cfd'];
const LURE_WORDS = ['event', 'check', 'reward', 'gift', 'pay', 'verify', 'support', 'kr', 'service', 'bonus', 'claim', 'help', 'notice', 'promo', 'center', 'track'];

function lookalike(slug, r) {
  const word = r.pick(LURE_WORDS);
  const tld = r.pick(LURE_TLDS);
  const leet = slug.replace(/o/, '0').replace(/l(?!.*l)/, '1');
  const host = r.weighted([
    [`${slug}-${word}`, 4],
    [`${word}-${slug}`, 2],
    [`${slug}${r.int(1, 99)}`, 1],
    [`${leet}-${word}`, 1],
    [`${slug}-${word}-${r.pick(['kr', 'us', 'app', 'now', 'm'])}`, 1],
  ]);
  const path = r.pick(['', '/', `/${r.pick(['claim', 'verify', 'gift', 'event', 'track', 'pay', 'login', 'reward', 'apply'])}`, `/${r.pick(['claim', 'event', 'm'])}?id=${r.token(8)}`, `/${r.token(6)}`]);
  return `${r.pick(['http', 'https', 'https'])}://${host}.${tld}${path}`;
}
function shortUrl(r, lang) {
  const pool = lang === 'ko' ? SHORTENERS : SHORTENERS.slice(0, 6);
  const host = r.pick(pool);
  return `${r.pick(['', 'https://', 'http://'])}${host}/${r.token(r.int(5, 8))}`;
}
const lureUrl = (r, c) => (c._lureUrl ??= r.chance(0.3) ? shortUrl(r, c._lang) : lookalike((c._lbrand ?? c._courier ?? { slug: r.pick(LURE_WORDS) }).slug, r));

const KO_LURE_LEX = {
  lbrand: (r, c) => (c._lbrand ??= r.pick(KO_LURE_BRANDS)).name,
  courier: (r, c) => (c._courier ??= r.pick(KO_COURIERS)).name,
  lureUrl,
  days: (r, c) => (c._days ??= String(r.pick([100, 365, 500, 1000, 1000, 3000]))),
  channel: (r, c) => (c._channel ??= c._coin ? `${c._coin} ${r.pick(['VIP방', '리딩방', '에어드랍 공식방'])}` : `${(c._lbrand ??= r.pick(KO_LURE_BRANDS)).name}${r.pick([' 보상센터', ' 고객지원', ' 이벤트팀', ' 공식채널', '_보상', ' 혜택방'])}`),
  partnerApp: (r, c) => (c._papp ??= r.pick(['머니팡', '리워드온', '포인트킹', '캐시잼', '코니플러스', '혜택모아', '돈버는앱 머니워크', '적립왕'])),
  prize: (r, c) => (c._prize ??= r.pick(['아이폰 16 프로', '갤럭시 S25 울트라', '다이슨 에어랩', '에어팟 프로', '닌텐도 스위치 2', '백화점 상품권 50만 원권', '로봇청소기', '맥북 에어', '아이패드 에어', '골드바 10돈'])),
  gbrand: (r, c) => (c._gbrand ??= r.pick(['애플', '삼성', '다이슨', '쿠팡', '이마트', '현대백화점', '롯데', 'SK'])),
  govOrg: (r, c) => (c._govOrg ??= r.pick(['행정안전부', '보건복지부', '국민건강보험공단', '국세청', '정부24', '고용노동부'])),
  coin: (r, c) => (c._coin ??= r.pick(['한빛코인', 'NEO-X', '퀀텀토큰', 'AIK', '메타플러스', '그린체인'])),
  cafeBrand: (r, c) => (c._cafeBrand ??= r.pick(['스타벅스', '투썸플레이스', '이디야', '메가커피', '빽다방', '배스킨라빈스'])),
  smallFee: (r, c) => (c._smallFee ??= r.pick(['1,500원', '2,500원', '3,000원', '3,200원', '980원', '4,900원'])),
  bigWon: (r, c) => (c._bigWon ??= r.pick(['50만 원', '100만 원', '30만 원', '250만 원', '500만 원', '70만 원'])),
  deadline: (r, c) => (c._deadline ??= r.pick(['오늘 자정까지', '금일 18시까지', '내일 오전 10시까지', '이번 주 일요일까지', `${r.int(1, 12)}월 ${r.int(1, 28)}일까지`, '24시간 이내', '3일 이내'])),
  outageWhen: (r) => r.pick(['어제 저녁', '지난 주말', '오늘 새벽', '지난 ' + r.int(1, 28) + '일']),
};

const EN_LURE_LEX = {
  lbrand: (r, c) => (c._lbrand ??= r.pick(EN_LURE_BRANDS)).name,
  courier: (r, c) => (c._courier ??= r.pick(EN_COURIERS)).name,
  lureUrl,
  days: (r, c) => (c._days ??= String(r.pick([100, 365, 500, 1000, 1000, 3000]))),
  channel: (r, c) => (c._channel ??= c._coin ? `${c._coin} ${r.pick(['VIP Signals', 'Airdrop Official', 'Insiders'])}` : `${(c._lbrand ??= r.pick(EN_LURE_BRANDS)).name} ${r.pick(['Rewards', 'Support', 'Compensation Desk', 'Official', 'VIP', 'Help Center'])}`),
  partnerApp: (r, c) => (c._papp ??= r.pick(['CashPop', 'RewardHive', 'PointKing', 'CoinJam', 'PerkPal', 'BonusBee', 'EarnNest'])),
  prize: (r, c) => (c._prize ??= r.pick(['iPhone 16 Pro Max', 'Samsung Galaxy S25', 'PlayStation 5', 'MacBook Air', 'Dyson Airwrap', '$1,000 gift card', 'pair of AirPods Pro', 'Nintendo Switch 2', 'Stanley tumbler set'])),
  gbrand: (r, c) => (c._gbrand ??= r.pick(['Apple', 'Samsung', 'Costco', 'Walmart', 'Target', 'Amazon', 'Dyson'])),
  govOrg: (r, c) => (c._govOrg ??= r.pick(['IRS', 'HMRC', 'the Social Security Administration', 'the Treasury Department', 'Service Canada', 'the DVLA'])),
  coin: (r, c) => (c._coin ??= r.pick(['MOONX', 'QuantumToken', 'NeoChain', 'AIKoin', 'GreenBlock', 'PEPEX'])),
  cafeBrand: (r, c) => (c._cafeBrand ??= r.pick(['Starbucks', "Dunkin'", 'Tim Hortons', 'Costa', 'Panera', 'Krispy Kreme'])),
  smallFee: (r, c) => (c._smallFee ??= r.pick(['$1.99', '$2.49', '$0.99', '£1.45', '$3.00', '£2.99'])),
  bigWon: (r, c) => (c._bigWon ??= r.pick(['$750', '$1,200', '$2,500', '£500', '$4,800', '$900'])),
  deadline: (r, c) => (c._deadline ??= r.pick(['before midnight tonight', 'by 6 PM today', 'within 24 hours', 'by Sunday', `before ${EN_MONTH_DAY(r)}`, 'within 48 hours', 'today only'])),
  outageWhen: (r) => r.pick(['yesterday', 'over the weekend', 'early this morning', 'on Tuesday night']),
};

const O = (alts) => ({ optional: true, alts });
const KO_LURES = {
  outage: [
    ['[{lbrand}] 서비스 장애 보상 안내', '🚨 {lbrand} 오류 보상 이벤트 🚨', '{lbrand} 접속 오류 사과 보상 (전원 지급)'],
    ['{outageWhen} 발생한 {lbrand} 접속 장애로 불편을 드려 진심으로 사과드립니다.', '{lbrand} 먹통 사태 보상으로 이용자 전원에게 혜택을 드립니다.', '얘들아 {lbrand} 오류 보상 나왔대 ㅋㅋ 진짜 주는 거 같음'],
    ['사과의 의미로 {days}일 무료 이용권을 지급해 드립니다.', '보상으로 {days}일 이용권 + 현금성 포인트 {smallFee}까지!', '{lbrand} {days}일 무료 이용권 전원 지급!!'],
    ['카카오톡에서 \'{channel}\' 플러스친구 추가 후 오픈채팅방에 입장해 주세요.', '오픈채팅 \'{channel}\' 들어가서 닉네임 변경하면 됩니다.', '플러스친구 \'{channel}\' 추가하시면 순서대로 안내해 드려요.'],
    ['{partnerApp} 앱 설치 후 추천인 코드 {$code} 입력하면 이용권이 자동 지급됩니다.', '추천인에 {$code} 꼭 넣어야 지급돼요!!', '{partnerApp} 가입할 때 추천인 코드 {$code} 입력 필수'],
    O(['보상 신청은 {deadline} 가능합니다.', '{deadline} 신청 안 하면 소멸돼요', '선착순 {lureN}명 한정, 서두르세요!!']),
    O(['신청하기 👉 {lureUrl}', '자세한 안내: {lureUrl}', '링크 {lureUrl}']),
  ],
  giveaway: [
    ['🎁 {gbrand} 신제품 출시 기념 {prize} 무료 증정 이벤트', '[공식] {gbrand} 감사 이벤트 - {prize} 100% 증정', '재고 정리로 {prize} 무료 나눔합니다'],
    ['이 게시물을 공유하고 댓글 남긴 선착순 {lureN}명에게 {prize/을} 무료로 드립니다.', '좋아요 + 공유 + 댓글 \'참여\' 남기면 끝!', '박스 훼손으로 판매할 수 없는 {prize} {lureN}개를 그냥 드립니다.'],
    ['당첨자는 {deadline} 개별 연락 드리며 배송비 {smallFee}만 부담하시면 됩니다.', '수령은 배송비 {smallFee} 결제 후 바로 발송됩니다.'],
    ['아래 링크에서 배송지 정보를 입력해야 당첨이 확정됩니다: {lureUrl}', '배송 정보 입력 👉 {lureUrl}', '신청서 작성: {lureUrl}'],
    O(['공유 안 하시면 당첨이 취소됩니다 ㅠㅠ', '이미 {nnnn}명 참여!! 마감 임박', '{deadline} 마감, 놓치지 마세요']),
  ],
  parcel: [
    ['[{courier}] 고객님의 택배가 주소 불일치로 보관 중입니다.', '[Web발신] {courier} 택배 주소 불일치 확인 바랍니다', '[{courier}] 운송장 {waybill} 배송 보류 안내'],
    ['도로명 주소가 정확하지 않아 배송이 중단되었습니다.', '운송장번호 {waybill} 상품이 주소 오류로 배송 불가 상태입니다.'],
    ['주소지 확인 바랍니다 {lureUrl}', '아래 링크에서 주소 수정 후 재배송 신청해 주세요: {lureUrl}', '확인 {lureUrl}'],
    O(['미확인 시 {n}일 후 반송 처리되며 재배송 수수료 {smallFee}이 부과됩니다.', '재배송 수수료 {smallFee} 결제 후 익일 배송됩니다.']),
    O(['문의: 고객센터 대신 링크로만 접수 가능합니다.', '본 문자는 발신 전용입니다.']),
  ],
  account: [
    ['[{lbrand}] 회원님 계정이 비정상 로그인으로 일시 정지되었습니다.', '[{lbrand} 보안센터] 해외 IP 로그인 차단 안내', '{lbrand} 결제 실패로 멤버십이 해지될 예정입니다.'],
    ['{deadline} 본인 인증을 완료하지 않으면 계정이 영구 삭제됩니다.', '{deadline} 결제 정보를 다시 등록해 주세요.'],
    ['인증 바로가기: {lureUrl}', '본인 확인 👉 {lureUrl}', '정보 갱신 {lureUrl}'],
    O(['결제 수단 재등록 시 보상으로 {days}일 이용권을 추가 지급합니다.', '인증 완료 고객께는 포인트 {smallFee} 상당을 적립해 드립니다.']),
  ],
  govt: [
    ['[국민지원금] {govOrg} 긴급 생활안정 지원금 {bigWon} 지급 대상자로 선정되셨습니다.', '[{govOrg}] 미수령 환급금 {bigWon} 조회 결과 안내', '{govOrg} 재난지원금 {bigWon} 추가 지급 대상 안내'],
    ['신청 마감 {deadline}, 미신청 시 자동 소멸됩니다.', '{deadline} 신청하지 않으면 다음 대상자에게 넘어갑니다.'],
    ['간편 신청: {lureUrl}', '대상자 조회 및 신청 👉 {lureUrl}', '바로 신청 {lureUrl}'],
    O(['본인 확인을 위해 카드번호와 비밀번호 앞 2자리를 입력해 주세요.', '신분증 사진과 계좌번호를 준비해 주세요.']),
  ],
  invest: [
    ['💰 월 {pct}% 수익 보장! {coin} 무료 에어드랍 진행 중', '[VIP 리딩방] {coin} 상장 전 무료 지급 이벤트', '원금 보장 {coin} 에어드랍 마감 임박'],
    ['오픈채팅방 \'{channel}\' 입장 후 추천인 코드 {$code} 입력 시 {bigWon} 상당 코인 지급', '텔레그램 \'{channel}\' 입장하면 리딩 무료로 받을 수 있어요.'],
    ['원금 손실 없이 하루 {n}% 수익, 이미 {nnnn}명이 참여했습니다.', '지난달 참여자 평균 수익 {nnn}%!'],
    ['정원 {lureN}명 마감 임박, 링크: {lureUrl}', '참여 링크 {lureUrl}'],
    O(['{deadline} 마감합니다.', '지금 안 하면 평생 후회합니다 ★★']),
  ],
  coupon: [
    ['{cafeBrand} 창립 기념 {bigWon} 모바일 상품권 전원 증정!', '🎉 {cafeBrand} 기프티콘 무료 발급 이벤트', '{cafeBrand} 감사 쿠폰 100% 당첨'],
    ['설문 {n}문항만 답하면 바로 발급, 추천인 코드 {$code} 입력 시 2장 추가 지급', '친구 {n}명에게 공유하면 바로 지급됩니다.'],
    ['발급 페이지 {lureUrl} ({deadline} 마감)', '받으러 가기 👉 {lureUrl}'],
    O(['수량 한정이라 {deadline} 조기 마감될 수 있어요.', '카드 인증 후 즉시 사용 가능!']),
  ],
};

const EN_LURES = {
  outage: [
    ['{lbrand} apologises for the outage: claim your compensation', 'OFFICIAL: {lbrand} outage compensation for ALL users', '🚨 {lbrand} is giving everyone a free pass after the outage 🚨'],
    ['We are sorry for the service disruption {outageWhen}.', 'To make up for the downtime {outageWhen}, every account qualifies for a reward.', 'guys {lbrand} is actually paying out for the outage lol'],
    ['As compensation every subscriber gets a {days}-day free pass.', 'Claim {days} days of premium for free, no card needed.', 'Free {days}-day pass for everyone affected!!'],
    ['Join our official WhatsApp channel "{channel}" to receive it.', 'Message "{channel}" on Telegram and follow the steps.', 'Add "{channel}" on WhatsApp and change your display name to your email.'],
    ['Download the {partnerApp} app and enter referral code {$code} to activate the pass.', 'Referral code {$code} is REQUIRED or it will not credit.', 'Sign up on {partnerApp} with code {$code} and the pass is added automatically.'],
    O(['Offer ends {deadline}.', 'Only the first {lureN} claims will be processed!', 'Expires {deadline}, do not miss it.']),
    O(['Claim here 👉 {lureUrl}', 'Details: {lureUrl}', 'Link: {lureUrl}']),
  ],
  giveaway: [
    ['🎁 {gbrand} is giving away a free {prize} to celebrate its launch', 'OFFICIAL {gbrand} giveaway: {prize} for the first {lureN}', 'Clearing unsold stock: free {prize} to a good home'],
    ['Share this post and comment "done" and the first {lureN} people get a {prize} for free.', 'Like, share and comment and you are in!', 'We have {lureN} units with damaged boxes that we cannot sell, so we are giving them away.'],
    ['Winners will be contacted {deadline} and only need to cover {smallFee} shipping.', 'Just pay {smallFee} for shipping and it ships the same day.'],
    ['Confirm your delivery address here to lock in your prize: {lureUrl}', 'Enter shipping details 👉 {lureUrl}', 'Fill in the form: {lureUrl}'],
    O(['If you do not share, your entry will be cancelled!', 'Already {nnnn} entries, closing soon!!', 'Ends {deadline}, be quick.']),
  ],
  parcel: [
    ['{courier}: your parcel is on hold due to an incomplete address.', '{courier} notice: delivery attempt failed for tracking {waybill}', '[{courier}] Your package could not be delivered.'],
    ['The house number on the label is missing, so delivery has been suspended.', 'Package {waybill} is being held at our depot.'],
    ['Update your address here: {lureUrl}', 'Reschedule delivery: {lureUrl}', 'Confirm at {lureUrl}'],
    O(['A redelivery fee of {smallFee} applies; unclaimed parcels are returned after {n} days.', 'Pay the {smallFee} fee and we will deliver tomorrow.']),
    O(['Please do not reply to this message.', 'This is an automated notice.']),
  ],
  account: [
    ['[{lbrand}] Your account has been suspended after an unusual sign-in.', '{lbrand} Security: sign-in from a new country blocked', 'Your {lbrand} membership will be cancelled: payment failed'],
    ['Verify your identity {deadline} or your account will be permanently deleted.', 'Update your billing details {deadline} to avoid losing access.'],
    ['Verify now: {lureUrl}', 'Secure your account 👉 {lureUrl}', 'Update here {lureUrl}'],
    O(['Customers who re-verify get {days} days of service free as an apology.', 'Verified accounts receive a {smallFee} credit.']),
  ],
  govt: [
    ['{govOrg}: you are eligible for a one-time relief payment of {bigWon}.', 'Notice from {govOrg}: unclaimed refund of {bigWon} in your name', '{govOrg} cost-of-living payment of {bigWon} approved'],
    ['Apply {deadline} or the payment is forfeited.', 'Unclaimed payments are reassigned {deadline}.'],
    ['Apply online: {lureUrl}', 'Check eligibility 👉 {lureUrl}', 'Claim {lureUrl}'],
    O(['Have your card number and PIN ready to confirm your identity.', 'Upload a photo of your ID and your bank details to receive the funds.']),
  ],
  invest: [
    ['💰 Guaranteed {pct}% monthly returns! Free {coin} airdrop now live', '[VIP signals] {coin} pre-listing airdrop, free for members', 'Risk-free {coin} airdrop closing soon'],
    ['Join the Telegram group "{channel}" and enter referral code {$code} to receive {bigWon} in tokens.', 'Message "{channel}" on WhatsApp for free daily signals.'],
    ['No risk to your capital, {n}% profit every day, {nnnn} members already in.', 'Last month our members averaged {nnn}% returns!'],
    ['Only {lureN} spots left: {lureUrl}', 'Join here {lureUrl}'],
    O(['Closes {deadline}.', 'Do not miss this, you will regret it!!']),
  ],
  coupon: [
    ['{cafeBrand} anniversary: free {bigWon} gift card for everyone!', '🎉 Free {cafeBrand} gift card, today only', '{cafeBrand} thank-you coupon, every entry wins'],
    ['Answer {n} quick questions and enter referral code {$code} for two extra cards.', 'Share with {n} friends and it is issued instantly.'],
    ['Get yours here {lureUrl} ({deadline})', 'Claim 👉 {lureUrl}'],
    O(['Limited stock, may end early.', 'Verify with your card and use it right away!']),
  ],
};
// Padding for longer lure posts: testimonials, FAQ, urgency, how-to.
const LURE_PAD = {
  ko: [
    '저도 어제 신청했는데 진짜 들어왔어요!! 👍',
    '처음엔 의심했는데 친구가 받는 거 보고 바로 했어요.',
    '이거 진짜예요? → 네, 공식 이벤트 맞습니다 ^^',
    '신청 방법이 어려우신 분은 댓글 남겨 주시면 도와드릴게요.',
    '주변에 아직 모르는 분들 많으니까 꼭 공유해 주세요.',
    '벌써 {nnnn}명이 신청했다고 하네요, 서두르세요.',
    '혜택은 한정 수량이라 늦으면 못 받아요 ㅠㅠ',
    '링크가 안 열리면 복사해서 주소창에 붙여 넣으세요.',
    '신청하고 {n}분 안에 문자로 안내가 옵니다.',
    '이런 기회 자주 없어요, 가족들한테도 알려 주세요.',
    '후기: {nick}님 "진짜 받았어요 감사합니다"',
    '중복 참여는 안 되니 한 번만 신청하세요.',
    '앱 설치가 안 되면 다른 브라우저로 시도해 보세요.',
    '문의가 많아 답변이 늦을 수 있는 점 양해 부탁드립니다.',
    '본 이벤트는 예고 없이 종료될 수 있습니다.',
    '지급 내역은 마이페이지에서 바로 확인할 수 있어요.',
  ],
  en: [
    'I applied yesterday and it actually came through!! 👍',
    'I was skeptical until my friend got hers, then I did it right away.',
    'Is this real? Yes, it is an official promotion :)',
    'Comment below if you get stuck and I will walk you through it.',
    'Lots of people still do not know about this, so please share.',
    'Apparently {nnnn} people have already signed up, hurry.',
    'Quantities are limited, so do not wait.',
    'If the link does not open, copy it into your browser.',
    'You get a confirmation text within {n} minutes.',
    'Chances like this do not come often, tell your family too.',
    'Review from {nick}: "Got mine, thank you so much!"',
    'One entry per person, do not apply twice.',
    'If the app will not install, try a different browser.',
    'We are getting a lot of messages, so replies may be slow.',
    'This promotion may end without notice.',
    'You can see the credit in your account right after you finish.',
  ],
};
const LURE_TYPES = [['outage', 4], ['giveaway', 3], ['parcel', 3], ['account', 2], ['govt', 1.5], ['invest', 1.5], ['coupon', 2]];
const LURE_TAGS = {
  ko: ['무료', '이벤트', '보상', '당첨', '공유', '선착순', '무료이용권', '꿀팁', '혜택', '지원금'],
  en: ['free', 'giveaway', 'compensation', 'winner', 'share', 'limitedtime', 'freepass', 'claimnow', 'bonus'],
};

// ---------------------------------------------------------------------------------------------
// Template filling

const SLOT = /\{(\$?)(\w+)(?:\/([^}]+))?\}/g;

function makeFiller(r, lang, extra) {
  const lex = lang === 'ko' ? KO : EN;
  return function fill(tpl, ctx) {
    return tpl.replace(SLOT, (_, fixed, name, mod) => {
      let v;
      if (fixed && ctx[name] !== undefined) v = ctx[name];
      else {
        const src = (extra && extra[name]) ?? lex[name] ?? COMMON[name];
        if (src === undefined) throw new Error(`bench-corpus: unknown slot {${name}}`);
        v = typeof src === 'function' ? src(r, ctx) : r.pick(src);
        if (fixed) ctx[name] = v;
      }
      if (mod) v = lang === 'ko' ? josa(v, mod) : enMod(v, mod);
      return v;
    });
  };
}

// ---------------------------------------------------------------------------------------------
// Sites (HTML page chrome)

const KO_NAV = ['홈', '전체글', '일상', '맛집', '레시피', '여행', '국내여행', '해외여행', '리뷰', '전자기기', '뷰티', '패션', '육아', '반려동물', '인테리어', '살림', '재테크', '부동산', '자동차', '건강', '운동', '책', '영화', '드라마', '음악', '게임', 'IT', '모바일', '공지사항', '자유게시판', '질문답변', '정보공유', '중고장터', '이벤트', '핫딜', '사진', '캠핑', '등산', '골프', '카페', '베이킹', '다이어트', '정치', '경제', '사회', '국제', '문화', '스포츠', '연예', '오피니언', '포토', '영상', '날씨', '지역', '교육', '과학', '생활', '구독'];
const EN_NAV = ['Home', 'Latest', 'Life', 'Food', 'Recipes', 'Travel', 'Road Trips', 'Abroad', 'Reviews', 'Tech', 'Beauty', 'Style', 'Parenting', 'Pets', 'Home & Garden', 'Money', 'Housing', 'Cars', 'Health', 'Fitness', 'Books', 'Movies', 'TV', 'Music', 'Gaming', 'Gadgets', 'Announcements', 'Forums', 'Q&A', 'Tips', 'Marketplace', 'Deals', 'Photos', 'Camping', 'Hiking', 'Golf', 'Coffee', 'Baking', 'Politics', 'Business', 'Local', 'World', 'Culture', 'Sports', 'Opinion', 'Video', 'Weather', 'Education', 'Science', 'Newsletter', 'Podcasts', 'Events', 'About'];
const KO_SITES = [
  ['오늘의 기록', 'todaylog.kr', 'blog'], ['소소한 일상', 'sosohan.co.kr', 'blog'], ['맛길 노트', 'matgil.kr', 'blog'], ['여행수첩', 'tripnote.co.kr', 'blog'],
  ['살림노트', 'salimnote.com', 'blog'], ['자취요리연구소', 'jachiyori.kr', 'blog'], ['테크리뷰 365', 'techreview365.kr', 'blog'],
  ['모두의광장', 'modu-square.com', 'community'], ['IT 질문방', 'itqna.kr', 'community'], ['육아생활 카페', 'yukalife.com', 'community'], ['동네생활 게시판', 'dongne-board.kr', 'community'],
  ['한빛일보', 'hanbitnews.co.kr', 'news'], ['오늘경제', 'todayecon.co.kr', 'news'], ['새물결신문', 'saemulgyul.com', 'news'], ['지역N', 'jiyeokn.kr', 'news'],
  ['피드모아', 'feedmoa.kr', 'sns'], ['한줄톡', 'hanjultalk.com', 'sns'],
];
const EN_SITES = [
  ['Crumbs & Kettles', 'crumbsandkettles.com', 'blog'], ['The Weekend Wanderer', 'weekendwanderer.net', 'blog'], ['Gadget Notes', 'gadgetnotes.io', 'blog'], ['Homebody Diaries', 'homebodydiaries.blog', 'blog'],
  ['Trail & Table', 'trailandtable.com', 'blog'], ['The Frugal Cart', 'frugalcart.com', 'blog'], ['Pixel Pantry', 'pixelpantry.co', 'blog'],
  ['Ask the Garage', 'askthegarage.org', 'community'], ['Parent Hub Forum', 'parenthubforum.com', 'community'], ['Fixit Lounge', 'fixitlounge.net', 'community'], ['Neighborly Boards', 'neighborlyboards.com', 'community'],
  ['Riverside Gazette', 'riversidegazette.com', 'news'], ['Metro Ledger', 'metroledger.com', 'news'], ['Northside Post', 'northsidepost.com', 'news'], ['The Civic Wire', 'civicwire.org', 'news'],
  ['Snaplines', 'snaplines.social', 'sns'], ['Threadbare', 'threadbare.app', 'sns'],
];

function buildSites(r) {
  const make = (lang) => ([name, domain, kind]) => {
    const navPool = lang === 'ko' ? KO_NAV : EN_NAV;
    const nav = r.sample(navPool, r.int(20, 40)).map((label) => ({ label, href: r.chance(0.5) ? `/c/${r.int(1, 400)}` : `/${lang === 'ko' ? 'b' : 'c'}/${label.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || r.int(1, 99)}` }));
    return {
      name, domain, kind, lang, nav,
      ga: `G-${r.token(10, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}`,
      gtm: `GTM-${r.token(7, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}`,
      pub: `ca-pub-${r.digits(16)}`,
      adUnit: `/${r.digits(8)}/${domain.split('.')[0]}`,
      cdn: `static.${domain}`,
      color: `#${r.hex(6)}`,
      accent: `#${r.hex(6)}`,
      font: r.pick(['"Pretendard", system-ui, sans-serif', '"Noto Sans KR", sans-serif', 'Georgia, serif', '"Inter", -apple-system, sans-serif', '"Source Serif 4", serif']),
      cssHash: r.hex(10),
      kakaoKey: r.hex(32),
    };
  };
  return { ko: KO_SITES.map(make('ko')), en: EN_SITES.map(make('en')) };
}

// Inline scripts: a handful of analytics/ads/widget snippets with per-site and per-page ids.
const SCRIPTS = [
  (r, s, p) => `<script async src="https://www.googletagmanager.com/gtag/js?id=${s.ga}"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());
  gtag('config', '${s.ga}', { send_page_view: true, content_group: '${p.section}', page_id: '${p.id}', author_id: '${r.int(1000, 99999)}' });
</script>`,
  (r, s) => `<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':
new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],
j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src=
'https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);
})(window,document,'script','dataLayer','${s.gtm}');</script>`,
  (r, s, p) => `<script>
(function () {
  var endpoint = 'https://stats.${s.domain}/collect';
  var sid = (document.cookie.match(/(?:^|; )_sid=([^;]+)/) || [])[1];
  if (!sid) {
    sid = Math.random().toString(36).slice(2) + Date.now().toString(36);
    document.cookie = '_sid=' + sid + '; path=/; max-age=${r.pick([1800, 3600, 86400])}; SameSite=Lax';
  }
  var base = { v: ${r.int(2, 5)}, sid: sid, pid: '${p.id}', sec: '${p.section}', path: location.pathname };
  function send(extra) {
    var body = JSON.stringify(Object.assign({}, base, extra));
    try {
      if (navigator.sendBeacon) navigator.sendBeacon(endpoint, body);
      else fetch(endpoint, { method: 'POST', body: body, keepalive: true });
    } catch (e) { /* ignore */ }
  }
  send({ t: 'pageview', ref: document.referrer || '', w: window.innerWidth, h: window.innerHeight, lang: navigator.language });
  var depth = 0;
  window.addEventListener('scroll', function () {
    var d = Math.round((window.scrollY + window.innerHeight) / document.body.scrollHeight * 100);
    if (d >= depth + ${r.pick([10, 20, 25])}) { depth = d; send({ t: 'scroll', d: depth }); }
  }, { passive: true });
  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'hidden') send({ t: 'leave', ms: Math.round(performance.now()) });
  });
})();
</script>`,
  (r, s, p) => {
    const slots = [];
    const n = r.int(2, 4);
    for (let i = 0; i < n; i++) {
      const size = r.pick(['[300, 250]', '[[300, 250], [336, 280]]', '[728, 90]', '[[320, 100], [320, 50]]', '[160, 600]']);
      slots.push(`    googletag.defineSlot('${s.adUnit}/${r.pick(['sidebar', 'article', 'footer', 'top', 'inread'])}_${i + 1}', ${size}, 'div-gpt-ad-${r.digits(13)}-${i}').addService(googletag.pubads());`);
    }
    return `<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
<script>
  window.googletag = window.googletag || { cmd: [] };
  googletag.cmd.push(function () {
${slots.join('\n')}
    googletag.pubads().setTargeting('section', '${p.section}').setTargeting('post', '${p.id}');
    googletag.pubads().enableLazyLoad({ fetchMarginPercent: ${r.int(100, 500)}, renderMarginPercent: ${r.int(50, 200)}, mobileScaling: 2.0 });
    googletag.pubads().enableSingleRequest();
    googletag.enableServices();
  });
</script>`;
  },
  (r) => `<script>
document.addEventListener('DOMContentLoaded', function () {
  var imgs = [].slice.call(document.querySelectorAll('img[data-src]'));
  if (!('IntersectionObserver' in window)) { imgs.forEach(function (img) { img.src = img.dataset.src; }); return; }
  var io = new IntersectionObserver(function (entries) {
    entries.forEach(function (entry) {
      if (!entry.isIntersecting) return;
      var img = entry.target;
      img.src = img.dataset.src;
      if (img.dataset.srcset) img.srcset = img.dataset.srcset;
      img.classList.add('is-loaded');
      io.unobserve(img);
    });
  }, { rootMargin: '${r.int(100, 600)}px 0px', threshold: 0.${r.int(0, 2)} });
  imgs.forEach(function (img) { io.observe(img); });
});
</script>`,
  (r, s, p) => {
    const related = [];
    const n = r.int(3, 12);
    for (let i = 0; i < n; i++) related.push(r.int(10000, 999999));
    const tags = JSON.stringify(p.tags);
    return `<script>window.__INITIAL_STATE__ = {"post":{"id":${p.id},"section":"${p.section}","category":"${p.cat}","lang":"${p.lang}","tags":${tags},"commentCount":${r.int(0, 80)},"likeCount":${r.int(0, 500)}},"related":[${related.join(',')}],"viewer":null,"ab":{"layout":"${r.pick(['a', 'b', 'control'])}","rail":${r.chance(0.5)}},"build":"${r.hex(12)}"};</script>`;
  },
  (r, s) => `<script>
(function () {
  var KEY = 'cookie_consent_v${r.int(1, 4)}';
  if (localStorage.getItem(KEY)) return;
  var bar = document.createElement('div');
  bar.className = 'cookie-bar';
  bar.innerHTML = '<p>${s.lang === 'ko' ? '이 사이트는 서비스 개선을 위해 쿠키를 사용합니다.' : 'We use cookies to improve this site.'}</p><button type="button">${s.lang === 'ko' ? '확인' : 'OK'}</button>';
  bar.querySelector('button').addEventListener('click', function () {
    localStorage.setItem(KEY, String(Date.now()));
    bar.remove();
  });
  document.body.appendChild(bar);
})();
</script>`,
  (r, s, p) => `<script src="https://t1.kakaocdn.net/kakao_js_sdk/2.${r.int(5, 7)}.${r.int(0, 4)}/kakao.min.js" crossorigin="anonymous"></script>
<script>
  if (window.Kakao && !Kakao.isInitialized()) Kakao.init('${s.kakaoKey}');
  function shareThis(channel) {
    var url = location.href.split('#')[0] + '?utm_source=' + channel + '&utm_medium=share';
    if (channel === 'kakao' && window.Kakao) {
      Kakao.Share.sendDefault({ objectType: 'feed', content: { title: document.title, imageUrl: 'https://${s.cdn}/og/${p.id}.jpg', link: { mobileWebUrl: url, webUrl: url } } });
    } else if (navigator.share) {
      navigator.share({ title: document.title, url: url }).catch(function () {});
    } else {
      navigator.clipboard.writeText(url);
    }
  }
</script>`,
  (r, s, p) => `<script>
  var disqus_config = function () {
    this.page.url = 'https://${s.domain}/${p.urlPath}';
    this.page.identifier = 'post-${p.id}';
    this.language = '${p.lang}';
  };
  (function () {
    var d = document, s = d.createElement('script');
    s.src = 'https://${s.domain.split('.')[0]}-${r.int(1, 9)}.disqus.com/embed.js';
    s.setAttribute('data-timestamp', +new Date());
    (d.head || d.body).appendChild(s);
  })();
</script>`,
  (r) => `<script>
  (function () {
    var bar = document.getElementById('read-progress');
    if (!bar) return;
    var ticking = false;
    window.addEventListener('scroll', function () {
      if (ticking) return;
      ticking = true;
      requestAnimationFrame(function () {
        var h = document.documentElement;
        var pct = (h.scrollTop || document.body.scrollTop) / ((h.scrollHeight || document.body.scrollHeight) - h.clientHeight) * 100;
        bar.style.width = Math.min(100, pct).toFixed(${r.int(0, 2)}) + '%';
        ticking = false;
      });
    }, { passive: true });
  })();
</script>`,
];

function siteCss(r, s) {
  // minified critical CSS, as most sites inline it
  return `<style>:root{--brand:${s.color};--accent:${s.accent};--max:${r.pick([680, 720, 760, 800])}px}body{margin:0;font-family:${s.font};color:#${r.pick(['222', '1f2328', '333'])};line-height:${r.pick(['1.6', '1.7', '1.75'])}}.gnb ul{display:flex;flex-wrap:wrap;gap:4px 14px;list-style:none;padding:8px 20px}.gnb a{color:#555;text-decoration:none}.layout{display:grid;grid-template-columns:minmax(0,var(--max)) 300px;gap:40px;max-width:1180px;margin:0 auto}.post-title{font-size:${r.pick(['1.8rem', '2rem', '2.2rem'])}}.post-body a{color:var(--accent)}.sidebar .ad{min-height:250px;background:#f2f2f2}@media(max-width:860px){.layout{grid-template-columns:1fr}.sidebar{display:none}}</style>`;
}

// ---------------------------------------------------------------------------------------------
// Planning

const SECTIONS = [['blog', 0.35], ['community', 0.3], ['news', 0.15], ['sns', 0.2]];
const CATS = {
  blog: [['daily', 3], ['review', 2], ['recipe', 2], ['travel', 2], ['sale', 0.5], ['referral', 0.4]],
  community: [['qna', 4], ['review', 2], ['daily', 2], ['sale', 0.8], ['referral', 0.8]],
  news: [['news', 9], ['sale', 0.6]],
  sns: [['daily', 4], ['review', 1], ['sale', 1], ['referral', 1], ['travel', 1], ['recipe', 0.5]],
};
// [html, md] probabilities by section; the rest is .txt. Overall ≈ 25% html, 15% md, 60% txt.
const FORMAT_P = { blog: [0.3, 0.3], community: [0.15, 0.1], news: [0.55, 0.05], sns: [0.1, 0.05] };
const LURE_SECTIONS = [['sns', 0.4], ['community', 0.3], ['blog', 0.25], ['news', 0.05]];
const LEADS = { referral: 2, sale: 2 };
// A few news stories carry a genuine scam warning (a real-world share; detectors call these "warning").
const NEWS_WARNINGS = {
  ko: ['{$org/은} 공공기관을 사칭한 문자메시지의 링크를 누르지 말라고 당부했다.', '당국은 지원금을 빙자해 개인정보를 요구하는 문자에 응하지 말라고 거듭 강조했다.'],
  en: ['{$org/C} reminded residents never to click links in text messages that claim to come from a government agency.', 'Officials stressed that the agency will never ask for card details by text or phone.'],
};
// categories whose templates long posts borrow from
const RELATED = { daily: ['travel', 'recipe'], review: ['daily'], recipe: ['daily'], travel: ['daily'], news: [], qna: ['review'], sale: [], referral: [] };
const NEWS_TOPICS = ['economy', 'society', 'it', 'culture', 'world', 'local', 'life', 'science', 'sports', 'politics'];
const SNS_PLATFORMS = ['x', 'instagram', 'threads', 'facebook', 'band', 'kakaostory'];

// Raw (unscaled) body size in bytes, per section.
function rawSize(r, section, isLure) {
  const u = (lo, hi) => lo + r.next() * (hi - lo);
  if (isLure) return r.weighted([[() => u(200, 700), 70], [() => u(700, 1800), 25], [() => u(1800, 4000), 5]])();
  switch (section) {
    case 'sns':
      return r.weighted([[() => u(150, 600), 85], [() => u(600, 1400), 15]])();
    case 'community':
      return r.weighted([[() => u(200, 700), 75], [() => u(700, 1500), 22], [() => u(1500, 3000), 3]])();
    case 'news':
      return r.weighted([[() => u(400, 900), 45], [() => u(900, 1800), 48], [() => u(1800, 3500), 7]])();
    default: // blog
      return r.weighted([
        [() => u(250, 700), 50],
        [() => u(700, 1600), 35],
        [() => u(1600, 3200), 12],
        [() => 5000 * Math.pow(4, Math.pow(r.next(), 1.6)), 3], // the long tail: 5–20 KB, skewed low
      ])();
  }
}

function chunkSizes(r, total) {
  const sizes = [];
  let rest = total;
  while (rest > 0) {
    let s = r.int(50, 300);
    if (rest - s < 50) s = rest <= 300 ? rest : Math.ceil(rest / 2);
    sizes.push(s);
    rest -= s;
  }
  return sizes;
}

function folderName(section, k, r, state) {
  switch (section) {
    case 'blog': {
      const m = state.blogStart + k;
      return { dir: `blog/${2023 + Math.floor(m / 12)}-${pad((m % 12) + 1, 2)}`, year: 2023 + Math.floor(m / 12), month: (m % 12) + 1 };
    }
    case 'community':
      state.board += r.int(1, 7);
      return { dir: `community/board-${state.board}` };
    case 'news':
      return { dir: `news/${NEWS_TOPICS[k % NEWS_TOPICS.length]}/p${pad(Math.floor(k / NEWS_TOPICS.length) + 1, 2)}` };
    default:
      return { dir: `sns/${SNS_PLATFORMS[k % SNS_PLATFORMS.length]}/feed-${pad(Math.floor(k / SNS_PLATFORMS.length) + 1, 3)}` };
  }
}

// ---------------------------------------------------------------------------------------------
// Bodies

function linkFor(r, post, fill) {
  const { lang, cat, ctx } = post;
  const ko = lang === 'ko';
  if (post.lure) return { url: lureUrl(r, ctx), text: ko ? r.pick(['지금 신청하기', '보상 받기', '바로가기', '확인하기']) : r.pick(['Claim now', 'Get it here', 'Verify', 'Apply now']) };
  switch (cat) {
    case 'sale': {
      const d = fill('{storeDomain}', ctx);
      return { url: `https://${d.includes('/') ? d : 'www.' + d}/event/${r.pick(['season-sale', 'festa', 'special', 'week'])}-${r.digits(4)}`, text: ko ? fill('{store} 공식 이벤트 페이지', ctx) : fill('the official {store} sale page', ctx) };
    }
    case 'referral':
      return { url: `https://${fill('{appDomain}', ctx)}/${r.pick(['invite', 'referral', 'event/invite', 'promo/terms'])}`, text: ko ? '이벤트 약관 보기' : 'referral terms' };
    case 'review': {
      const d = fill('{storeDomain}', ctx);
      return r.chance(0.7)
        ? { url: `https://${d.includes('/') ? d : 'www.' + d}/products/${r.digits(r.int(6, 10))}`, text: ko ? '상품 페이지' : 'product page' }
        : { url: `https://www.youtube.com/watch?v=${r.token(11)}`, text: ko ? '언박싱 영상' : 'unboxing video' };
    }
    case 'travel':
      return r.chance(0.5)
        ? { url: `https://map.naver.com/p/entry/place/${r.digits(8)}`, text: ko ? '지도에서 보기' : 'map' }
        : { url: `https://www.google.com/maps/place/?q=place_id:${r.token(27)}`, text: ko ? '구글 지도' : 'Google Maps' };
    case 'news':
      return { url: `https://${post.site.domain}/article/${r.int(100000, 999999)}`, text: ko ? '관련 기사' : 'related story' };
    case 'qna':
      return { url: `https://${post.site.domain}/t/${r.int(1000, 99999)}`, text: ko ? '예전 글 링크' : 'older thread' };
    default:
      return { url: `https://${post.site.domain}/${r.pick(['entry', 'post', 'p'])}/${r.int(100, 9999)}`, text: ko ? r.pick(['지난 글', '이전 기록', '관련 글']) : r.pick(['previous post', 'an earlier note', 'related post']) };
  }
}

function renderParagraph(format, sentences, lang) {
  const sep = ' ';
  if (format === 'html') {
    return '<p>' + sentences.map((s) => (typeof s === 'string' ? escHtml(s) : `<a href="${escAttr(s.url)}">${escHtml(s.text)}</a>`)).join(sep) + '</p>\n';
  }
  if (format === 'md') {
    return sentences.map((s) => (typeof s === 'string' ? s : `[${s.text}](${s.url})`)).join(sep) + '\n\n';
  }
  return sentences.map((s) => (typeof s === 'string' ? s : `${s.text}: ${s.url}`)).join(sep) + '\n\n';
}
function renderHeading(format, text) {
  if (format === 'html') return `<h2>${escHtml(text)}</h2>\n`;
  if (format === 'md') return `## ${text}\n\n`;
  return `[${text}]\n\n`;
}
function renderList(format, items) {
  if (format === 'html') return '<ul>\n' + items.map((i) => `<li>${escHtml(i)}</li>`).join('\n') + '\n</ul>\n';
  return items.map((i) => `- ${i}`).join('\n') + '\n\n';
}
function renderImage(r, format, post) {
  const src = `https://${post.site.cdn}/uploads/${post.year}/${pad(post.month, 2)}/${r.hex(12)}.jpg`;
  const alt = post.lang === 'ko' ? r.pick(['사진', '현장 사진', '직접 찍은 사진', '참고 이미지']) : r.pick(['photo', 'my photo', 'the view', 'close-up']);
  if (format === 'html') return `<figure><img data-src="${src}" alt="${alt}" width="${r.pick([640, 800, 1080])}" height="${r.pick([480, 600, 720])}" loading="lazy"><figcaption>${alt}</figcaption></figure>\n`;
  if (format === 'md') return `![${alt}](${src})\n\n`;
  return '';
}

// Discourse markers that open some sentences, so that the same template reads differently.
const CONNECTORS = {
  ko: ['그리고 ', '참고로 ', '아무튼 ', '근데 ', '개인적으로는 ', '솔직히 말하면 ', '다행히 ', '의외로 ', '그래서 ', '아, 그리고 ', '덧붙이자면 ', '사실 ', '그나저나 ', '어쨌든 ', '무엇보다 ', '생각보다 '],
  koNews: ['한편 ', '또한 ', '이와 함께 ', '다만 ', '특히 ', '아울러 ', '이에 앞서 '],
  en: ['Also, ', 'Honestly, ', 'By the way, ', 'To be fair, ', 'Anyway, ', 'Funny enough, ', 'Luckily, ', 'Oddly, ', 'So ', 'Plus, ', 'For what it is worth, ', 'In the end, ', 'On top of that, ', 'Side note: '],
  enNews: ['Meanwhile, ', 'In addition, ', 'However, ', 'Separately, ', 'Notably, ', 'Earlier, '],
};
function connect(r, lang, news, tpl, s) {
  if (lang === 'ko') {
    const c = r.pick(news ? CONNECTORS.koNews : CONNECTORS.ko);
    return tpl.startsWith(c.split(/[ ,]/)[0]) ? s : c + s;
  }
  if (/^\w+, /.test(tpl)) return s; // already opens with one
  const markers = news ? CONNECTORS.enNews : CONNECTORS.en;
  if (/^I[ ']/.test(tpl)) return r.pick(markers) + s;
  // lower-case the first word only when the template starts with a plain word, not a slot
  if (/^[A-Z][a-z]/.test(tpl)) return r.pick(markers) + s[0].toLowerCase() + s.slice(1);
  return s;
}

// Draws templates from a shuffled deck, so that a post does not repeat itself until the deck runs out.
function makeDeck(r, arr) {
  let d = [];
  let i = 0;
  return () => {
    if (i >= d.length) {
      d = r.shuffle(arr.slice());
      i = 0;
    }
    return d[i++];
  };
}

function ordinaryBody(r, post, target, fill) {
  const { lang, cat, format, section } = post;
  const T = lang === 'ko' ? KO_T : EN_T;
  const deck = (arr) => makeDeck(r, arr);
  const lead = LEADS[cat] ?? 1; // the first templates of a category open the post, in order
  const leads = T[cat].slice(0, lead);
  const own = deck(T[cat].slice(lead));
  const general = cat === 'news' ? own : deck(T.general);
  const rel = RELATED[cat].length && target > 2500 ? deck(RELATED[cat].flatMap((c) => T[c])) : null;
  const out = [];
  let bytes = 0;
  let links = 0;
  let warn = cat === 'news' && r.chance(0.06);
  const maxLinks = format === 'html' ? r.int(1, 4) : r.int(0, 2);
  const push = (s) => {
    out.push(s);
    bytes += bytesOf(s);
  };
  const sentence = () => {
    const x = r.next();
    let tpl;
    if (leads.length) tpl = leads.shift();
    else if (warn && bytes > 0) {
      tpl = r.pick(NEWS_WARNINGS[lang]);
      warn = false;
    } else tpl = rel && x < 0.15 ? rel() : x < 0.72 ? own() : general();
    let s = fill(tpl, post.ctx);
    if (r.chance(0.2)) s = connect(r, lang, cat === 'news', tpl, s);
    if (lang === 'en') s = cap(s);
    return s;
  };
  if (cat === 'recipe' && target > 600) {
    const items = [];
    const n = r.int(4, 9);
    for (const item of r.sample(lang === 'ko' ? KO_INGREDIENT_LINES : EN_INGREDIENT_LINES, n)) items.push(item);
    if (target > 1500) push(renderHeading(format, HEADINGS[lang].recipe[0]));
    push(renderList(format, items));
  }
  let sinceHeading = 0;
  let first = true;
  let done = false;
  while (!done && bytes < target) {
    if (!first && target > 2500 && sinceHeading >= 3 && section !== 'sns' && r.chance(0.45)) {
      push(renderHeading(format, r.pick(HEADINGS[lang][cat])));
      sinceHeading = 0;
    }
    if (!first && format !== 'txt' && target > 1500 && (section === 'blog' || cat === 'travel') && r.chance(0.15)) push(renderImage(r, format, post));
    const k = section === 'sns' ? r.int(1, 3) : r.int(2, 6);
    const sentences = [];
    let pbytes = 0;
    for (let i = 0; i < k; i++) {
      const s = sentence();
      const b = bytesOf(s) + 1;
      if (sentences.length && bytes + pbytes + b / 2 > target) {
        done = true;
        break;
      }
      sentences.push(s);
      pbytes += b;
      if (bytes + pbytes >= target) break;
    }
    if (links < maxLinks && r.chance(format === 'txt' ? 0.12 : 0.3)) {
      sentences.push(linkFor(r, post, fill));
      links++;
    }
    if (section === 'sns' && r.chance(0.25)) sentences.push(lang === 'ko' ? r.pick(['ㅎㅎ', 'ㅋㅋ', '😊', '🙂', '👍', '☕', '🌸']) : r.pick(['lol', '🙂', '👍', '✨', '☕', ':)']));
    push(renderParagraph(format, sentences, lang));
    sinceHeading++;
    first = false;
  }
  return out.join('');
}

function lureBody(r, post, target, fill) {
  const { lang, format } = post;
  const steps = (lang === 'ko' ? KO_LURES : EN_LURES)[post.lureType];
  const lines = [];
  for (const step of steps) {
    if (step.optional) {
      if (r.chance(0.65)) lines.push(r.pick(step.alts));
    } else lines.push(r.pick(step));
  }
  const filled = lines.map((l) => fill(l, post.ctx));
  const out = [];
  let bytes = 0;
  const push = (s) => {
    out.push(s);
    bytes += bytesOf(s);
  };
  // spammy: one or two lines per paragraph, sometimes decorated
  for (let i = 0; i < filled.length; ) {
    const take = r.chance(0.6) ? 1 : 2;
    const chunk = filled.slice(i, i + take);
    i += take;
    if (i === take && r.chance(0.3)) chunk[0] = (lang === 'ko' ? r.pick(['★', '✅', '📢', '🔥']) : r.pick(['★', '✅', '📢', '🔥'])) + ' ' + chunk[0];
    push(renderParagraph(format, chunk, lang));
  }
  if (format !== 'txt' || r.chance(0.3)) push(renderParagraph(format, [linkFor(r, post, fill)], lang));
  // padding: testimonials and urgency, with some unrelated filler on long spam-blog posts, and
  // the call to action again every few paragraphs
  if (bytes < target - 60) {
    const pad = makeDeck(r, LURE_PAD[lang]);
    const T = lang === 'ko' ? KO_T : EN_T;
    const seo = makeDeck(r, [...T.general, ...T.daily, ...T.review]);
    let n = 0;
    while (bytes < target - 60) {
      const k = r.int(1, 3);
      const sentences = [];
      for (let i = 0; i < k; i++) {
        const s = fill(target > 2000 && r.chance(0.35) ? seo() : pad(), post.ctx);
        sentences.push(lang === 'en' ? cap(s) : s);
      }
      if (++n % 4 === 0) sentences.push(linkFor(r, post, fill));
      push(renderParagraph(format, sentences, lang));
    }
    const last = steps[steps.length - 1];
    push(renderParagraph(format, [fill(r.pick(last.alts ?? last), post.ctx)], lang));
  }
  const tags = r.sample(LURE_TAGS[lang], r.int(3, 6)).map((t) => '#' + t).join(' ');
  push(format === 'html' ? `<p class="tags">${escHtml(tags)}</p>\n` : tags + '\n');
  return out.join('');
}

// ---------------------------------------------------------------------------------------------
// Frames: everything around the body (page chrome, front matter, headers)

function dateOf(post) {
  return `${post.year}-${pad(post.month, 2)}-${pad(post.day, 2)}`;
}

function htmlFrame(r, post, richness, fill) {
  const s = post.site;
  const ko = post.lang === 'ko';
  const date = dateOf(post);
  const time = `${pad(post.hour, 2)}:${pad(post.minute, 2)}`;
  const url = `https://${s.domain}/${post.urlPath}`;
  const desc = ko ? `${post.title} - ${s.name}에서 읽어 보세요.` : `${post.title} - read it on ${s.name}.`;
  const head = [];
  head.push(`<!DOCTYPE html>\n<html lang="${post.lang}">\n<head>\n<meta charset="utf-8">\n`);
  head.push(`<meta name="viewport" content="width=device-width, initial-scale=1">\n`);
  head.push(`<title>${escHtml(post.title)} | ${escHtml(s.name)}</title>\n`);
  head.push(`<meta name="description" content="${escAttr(desc)}">\n`);
  head.push(`<meta property="og:type" content="article">\n<meta property="og:site_name" content="${escAttr(s.name)}">\n`);
  head.push(`<meta property="og:title" content="${escAttr(post.title)}">\n<meta property="og:url" content="${url}">\n`);
  head.push(`<link rel="canonical" href="${url}">\n`);
  head.push(`<link rel="stylesheet" href="https://${s.cdn}/css/app.${s.cssHash}.css">\n`);
  head.push(siteCss(r, s) + '\n');
  // several script blocks: more when the byte budget allows (richness 0..1)
  const nHead = 2 + Math.round(richness * r.int(0, 1));
  const nTail = richness > 0.5 ? r.int(0, 1) : 0;
  const order = r.sample(SCRIPTS.map((_, i) => i), Math.min(SCRIPTS.length, nHead + nTail));
  const sp = { id: post.id, section: post.section, cat: post.cat, lang: post.lang, tags: post.tags, urlPath: post.urlPath };
  for (const i of order.slice(0, nHead)) head.push(SCRIPTS[i](r, s, sp) + '\n');
  head.push(`</head>\n<body class="${post.section}-page single lang-${post.lang}">\n<div id="read-progress"></div>\n`);
  head.push(`<header class="site-header"><a class="logo" href="/">${escHtml(s.name)}</a>`);
  head.push(`<form class="search" action="/search" method="get"><input type="search" name="q" placeholder="${ko ? '검색어를 입력하세요' : 'Search'}"></form>`);
  head.push(`<a class="login" href="/login">${ko ? '로그인' : 'Sign in'}</a></header>\n`);
  const navCount = Math.max(20, Math.round(s.nav.length * (0.6 + 0.4 * richness)));
  head.push(`<nav class="gnb" aria-label="${ko ? '주 메뉴' : 'Main'}">\n<ul>\n`);
  head.push(s.nav.slice(0, navCount).map((n) => `<li><a href="${n.href}">${escHtml(n.label)}</a></li>`).join('\n'));
  head.push(`\n</ul>\n</nav>\n<div class="layout">\n<main id="content">\n`);
  head.push(`<article class="post" id="post-${post.id}">\n`);
  head.push(`<h1 class="post-title">${escHtml(post.title)}</h1>\n`);
  head.push(`<div class="post-meta"><span class="author">${escHtml(post.author)}</span> · <time datetime="${date}T${time}">${date.replace(/-/g, '.')} ${time}</time> · ${ko ? '조회' : 'views'} ${commas(r.int(12, 48000))}</div>\n`);
  head.push(`<div class="post-body">\n`);

  const tail = [];
  tail.push(`</div>\n<div class="post-tags">${post.tags.map((t) => `<a href="/tag/${encodeURIComponent(t)}">#${escHtml(t)}</a>`).join(' ')}</div>\n</article>\n`);
  tail.push(`<div id="disqus_thread"></div>\n</main>\n`);
  tail.push(`<aside class="sidebar">\n`);
  tail.push(`<div class="ad ad-sidebar" data-slot="sidebar-1"><ins class="adsbygoogle" style="display:block" data-ad-client="${s.pub}" data-ad-slot="${r.digits(10)}" data-ad-format="auto"></ins></div>\n`);
  const popular = [];
  const nPop = richness > 0.6 ? r.int(3, 4) : 3;
  const T = ko ? KO_TITLES : EN_TITLES;
  for (let i = 0; i < nPop; i++) {
    const c = r.pick(['daily', 'review', 'recipe', 'travel', 'qna', 'news']);
    popular.push(`<li><a href="/${r.pick(['entry', 'post', 'article'])}/${r.int(1000, 999999)}">${escHtml(fill(r.pick(T[c]), {}))}</a></li>`);
  }
  tail.push(`<section class="widget popular"><h3>${ko ? '인기 글' : 'Popular'}</h3>\n<ol>\n${popular.join('\n')}\n</ol></section>\n`);
  const adStore = r.pick(ko ? KO_STORES : EN_STORES);
  tail.push(`<div class="ad ad-text" data-slot="sidebar-2"><span class="ad-label">AD</span> <a href="https://${adStore.domain}/?utm_source=${s.domain.split('.')[0]}&amp;utm_medium=display" rel="sponsored nofollow">${escHtml(adStore.name)} ${ko ? '공식 온라인몰' : 'official store'}</a></div>\n`);
  tail.push(`</aside>\n</div>\n`);
  const footerLinks = ko
    ? ['회사소개', '이용약관', '개인정보처리방침', '고객센터', '광고문의', '사이트맵']
    : ['About', 'Terms', 'Privacy', 'Contact', 'Advertise', 'Sitemap'];
  tail.push(`<footer class="site-footer">\n<ul>${footerLinks.map((l, i) => `<li><a href="/${['about', 'terms', 'privacy', 'help', 'ads', 'sitemap'][i]}">${escHtml(l)}</a></li>`).join('')}</ul>\n`);
  tail.push(`<p class="copyright">© ${post.year} ${escHtml(s.name)}. All rights reserved.</p>\n</footer>\n`);
  for (const i of order.slice(nHead)) tail.push(SCRIPTS[i](r, s, sp) + '\n');
  tail.push(`</body>\n</html>\n`);
  return { head: head.join(''), tail: tail.join('') };
}

function textFrame(r, post) {
  const ko = post.lang === 'ko';
  const date = dateOf(post);
  const tags = post.tags.map((t) => '#' + t).join(' ');
  switch (post.section) {
    case 'community':
      return {
        head: ko
          ? `제목: ${post.title}\n작성자: ${post.author}\n작성일: ${date.replace(/-/g, '.')} ${pad(post.hour, 2)}:${pad(post.minute, 2)}\n조회 ${r.int(5, 9000)} | 추천 ${r.int(0, 90)}\n\n`
          : `Title: ${post.title}\nPosted by ${post.author} on ${date}\n${r.int(5, 9000)} views, ${r.int(0, 90)} upvotes\n\n`,
        tail: ko ? `댓글 ${r.int(0, 45)}개\n` : `${r.int(0, 45)} replies\n`,
      };
    case 'news': {
      const outlet = r.pick((ko ? KO_SITES : EN_SITES).filter((x) => x[2] === 'news'))[0];
      const reporter = ko ? `${r.pick(KO.surname)}${r.pick(['지훈', '서연', '민준', '하은', '도윤', '지우', '현우', '수빈'])}` : `${r.pick(['Dana', 'Marcus', 'Priya', 'Owen', 'Lucia', 'Sam', 'Grace', 'Theo'])} ${r.pick(EN.surname)}`;
      return {
        head: ko ? `${post.title}\n${outlet} ${reporter} 기자 | 입력 ${date} ${pad(post.hour, 2)}:${pad(post.minute, 2)}\n\n` : `${post.title}\nBy ${reporter}, ${outlet} | ${date}\n\n`,
        tail: ko ? `${reporter} 기자\n저작권자 © ${outlet} 무단전재 및 재배포 금지\n` : `(c) ${post.year} ${outlet}. All rights reserved.\n`,
      };
    }
    case 'sns':
      return { head: r.chance(0.3) ? `@${post.author}\n` : '', tail: post.lure ? '' : tags + '\n' };
    default:
      return { head: `${post.title}\n\n`, tail: r.chance(0.6) ? tags + '\n' : '' };
  }
}

function mdFrame(r, post) {
  const ko = post.lang === 'ko';
  const date = dateOf(post);
  if (post.section === 'blog' || r.chance(0.3)) {
    return {
      head: `---\ntitle: "${post.title.replace(/"/g, '\\"')}"\ndate: ${date}T${pad(post.hour, 2)}:${pad(post.minute, 2)}:00${ko ? '+09:00' : 'Z'}\nauthor: ${post.author}\ncategory: ${post.cat === 'qna' ? 'qna' : post.lure ? 'event' : post.cat}\ntags: [${post.tags.join(', ')}]\ndraft: false\n---\n\n# ${post.title}\n\n`,
      tail: '',
    };
  }
  return {
    head: `# ${post.title}\n\n*${date} · ${post.author}*\n\n`,
    tail: post.section === 'sns' && !post.lure ? '\n' + post.tags.map((t) => '#' + t).join(' ') + '\n' : '',
  };
}

// ---------------------------------------------------------------------------------------------
// Main entry

/**
 * Writes a synthetic scrape of `posts` posts into `dir` (created if missing), deterministically from `seed`.
 * Returns { files: number, bytes: number, lures: number }.
 */
export function writeBenchCorpus(dir, { posts = 10000, seed = 1, targetBytes = 25_000_000 } = {}) {
  posts = Math.max(0, Math.floor(Number(posts)));
  targetBytes = Math.max(0, Number(targetBytes));
  const r = new Rng(seed);
  const sites = buildSites(r);

  // 1. plan: section, language, category, format, lure or not
  const lureCount = Math.round(posts * 0.03);
  const lureSet = new Set(r.shuffle(Array.from({ length: posts }, (_, i) => i)).slice(0, lureCount));
  const plan = new Array(posts);
  for (let i = 0; i < posts; i++) {
    const lure = lureSet.has(i);
    const section = r.weighted(lure ? LURE_SECTIONS : SECTIONS);
    const lang = r.chance(0.5) ? 'ko' : 'en';
    const cat = lure ? 'lure' : r.weighted(CATS[section]);
    const [ph, pm] = FORMAT_P[section];
    const x = r.next();
    const format = x < ph ? 'html' : x < ph + pm ? 'md' : 'txt';
    plan[i] = { id: i, section, lang, cat, format, lure, lureType: lure ? r.weighted(LURE_TYPES) : null, raw: rawSize(r, section, lure), ctx: { _lang: lang } };
  }

  // 2. folders: per section, chunks of 50–300 posts, in id order
  const state = { blogStart: 12 + r.int(0, 6), board: r.int(2, 20) };
  for (const [section] of SECTIONS) {
    const ids = plan.filter((p) => p.section === section).map((p) => p.id);
    let at = 0;
    chunkSizes(r, ids.length).forEach((size, k) => {
      const f = folderName(section, k, r, state);
      for (const id of ids.slice(at, at + size)) {
        const p = plan[id];
        p.dir = f.dir;
        p.year = f.year ?? r.int(2024, 2025);
        p.month = f.month ?? r.int(1, 12);
      }
      at += size;
    });
  }

  // 3. frames (titles, chrome, headers), and their bytes
  const avgBudget = posts ? targetBytes / posts : 0;
  const richness = Math.max(0, Math.min(1, (avgBudget - 900) / 1600)); // full chrome from 2.5 KB/post
  let frameBytes = 0;
  for (const p of plan) {
    const fill = makeFiller(r, p.lang, p.lure ? (p.lang === 'ko' ? KO_LURE_LEX : EN_LURE_LEX) : null);
    p.day = r.int(1, 28);
    p.hour = r.int(0, 23);
    p.minute = r.int(0, 59);
    p.author = r.pick((p.lang === 'ko' ? KO : EN).nick) + (r.chance(0.4) ? String(r.int(1, 999)) : '');
    if (p.lure) {
      const steps = (p.lang === 'ko' ? KO_LURES : EN_LURES)[p.lureType];
      p.title = fill(r.pick(steps[0]), p.ctx);
      p.tags = r.sample(LURE_TAGS[p.lang], r.int(2, 4));
    } else {
      p.title = fill(r.pick((p.lang === 'ko' ? KO_TITLES : EN_TITLES)[p.cat]), p.ctx);
      if (p.lang === 'en') p.title = cap(p.title);
      p.tags = r.sample(HASHTAGS[p.lang][p.cat], r.int(2, 5));
    }
    const ext = p.format === 'html' ? 'html' : p.format === 'md' ? 'md' : 'txt';
    p.file = `${p.dir}/post-${pad(p.id, 6)}.${ext}`;
    p.urlPath = `${p.section === 'news' ? 'article' : p.section === 'community' ? 'board' : 'entry'}/${p.id + 100000}`;
    const pool = sites[p.lang];
    const matching = pool.filter((s) => s.kind === p.section);
    p.site = r.pick(matching.length ? matching : pool);
    p.frame = p.format === 'html' ? htmlFrame(r, p, richness, fill) : p.format === 'md' ? mdFrame(r, p) : textFrame(r, p);
    frameBytes += bytesOf(p.frame.head) + bytesOf(p.frame.tail);
  }

  // 4. scale body sizes so the corpus lands on targetBytes
  const MIN_BODY = 120;
  let rawSum = 0;
  for (const p of plan) rawSum += p.raw;
  const budget = Math.max(targetBytes - frameBytes, posts * MIN_BODY);
  const scale = rawSum ? budget / rawSum : 1;

  // 5. bodies, written as we go
  mkdirSync(dir, { recursive: true });
  const made = new Set();
  let bytes = 0;
  for (const p of plan) {
    const fill = makeFiller(r, p.lang, p.lure ? (p.lang === 'ko' ? KO_LURE_LEX : EN_LURE_LEX) : null);
    const target = Math.max(MIN_BODY, Math.round(p.raw * scale));
    const body = p.lure ? lureBody(r, p, target, fill) : ordinaryBody(r, p, target, fill);
    const content = p.frame.head + body + p.frame.tail;
    const folder = join(dir, p.dir);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    const buf = Buffer.from(content, 'utf8');
    writeFileSync(join(dir, p.file), buf);
    bytes += buf.length;
    p.frame = null; // let the chrome go
  }
  return { files: posts, bytes, lures: lureCount };
}

// ---------------------------------------------------------------------------------------------
// CLI

function isMain() {
  if (!process.argv[1]) return false;
  try {
    return realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isMain()) {
  const [dir, postsArg, targetArg] = process.argv.slice(2);
  if (!dir) {
    process.stderr.write('usage: node scripts/bench-corpus.mjs DIR [POSTS] [TARGET_BYTES]\n');
    process.exit(2);
  }
  const opts = {};
  if (postsArg !== undefined) opts.posts = Number(postsArg);
  if (targetArg !== undefined) opts.targetBytes = Number(targetArg);
  if ((opts.posts !== undefined && !(opts.posts >= 0)) || (opts.targetBytes !== undefined && !(opts.targetBytes >= 0))) {
    process.stderr.write('bench-corpus: POSTS and TARGET_BYTES must be non-negative numbers\n');
    process.exit(2);
  }
  process.stdout.write(JSON.stringify(writeBenchCorpus(dir, opts)) + '\n');
}
