import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/cli.js';

describe('fakepromo as a library', () => {
  it('is imported by its package name and scans without printing anything', () => {
    const script = `
      import { loadRules, scanText, SELF_TEST_POST } from 'fakepromo';
      const rules = await loadRules();
      const lure = scanText('천일 무료 이용권 지급! 플러스친구 추가 후 추천인 코드 입력', rules);
      const selfTest = scanText(SELF_TEST_POST, rules);
      process.stderr.write(JSON.stringify({ lure: lure.verdict, selfTest: selfTest.verdict, hits: lure.hits.length }));`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    const result = JSON.parse(run.stderr) as { lure: string; selfTest: string; hits: number };
    expect(result).toMatchObject({ lure: 'scam', selfTest: 'scam' });
    expect(result.hits).toBeGreaterThan(2);
  });
});
