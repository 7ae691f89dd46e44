// npm run bench: performance figures measured in one run on this machine, as ratios.
// - start-up: a one-post stdin scan against `node -e 0` (median of interleaved runs)
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin', 'fakepromo.js');
const RUNS = Number(process.env.BENCH_RUNS ?? 21);
const POST = '지니뮤직 오류 보상! 플러스친구 추가하면 1000일 무료 이용권 지급, 코니 앱 설치 후 추천인 genie 입력';

function timeOnce(args, input) {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, args, { input, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (run.error) throw run.error;
  return ms;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function startup() {
  const node = [];
  const scan = [];
  timeOnce([bin, '-f', 'json'], POST); // warm the file cache
  for (let i = 0; i < RUNS; i++) {
    node.push(timeOnce(['-e', '0'], ''));
    scan.push(timeOnce([bin, '-f', 'json'], POST));
  }
  const base = median(node);
  const ours = median(scan);
  return { base, ours, ratio: ours / base };
}

const s = startup();
console.log(`start-up (median of ${RUNS} interleaved runs)`);
console.log(`  node -e 0                     ${s.base.toFixed(1)} ms`);
console.log(`  echo post | fakepromo -f json ${s.ours.toFixed(1)} ms`);
console.log(`  ratio                         ${s.ratio.toFixed(2)}x   (target <= 1.5x)`);
