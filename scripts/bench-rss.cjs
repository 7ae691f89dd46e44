// Preloaded into a benchmarked run (NODE_OPTIONS=--require): writes the process's peak resident
// set size (KB, worker threads included) to BENCH_RSS_FILE when it exits. Prints nothing.
const { writeFileSync } = require('node:fs');
const { isMainThread } = require('node:worker_threads');
if (isMainThread && process.env.BENCH_RSS_FILE) {
  process.on('exit', () => writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS)));
}
