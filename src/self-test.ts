/**
 * The self-test post, like spam filters' GTUBE string: it always scores `scam`, so a
 * pipeline can check that fakepromo and its rules are alive. The marker line alone is enough;
 * the rest is a lure that the ordinary rules catch too.
 */
export const SELF_TEST_MARKER = 'FAKEPROMO-SELFTEST-LURE-0c7e1d5a-NOT-A-REAL-OFFER';

export const SELF_TEST_POST = `${SELF_TEST_MARKER}
Apology event for today's outage: add our KakaoTalk Plus Friend pf.kakao.com/_selftest
and get a 1000-day free pass. Install the app and enter referral code SELFTEST to claim it.`;
