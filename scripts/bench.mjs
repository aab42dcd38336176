#!/usr/bin/env node
// Throughput benchmark: solieu's extraction over a corpus of real news (JSON Lines, one
// {"id", "text"} per line), streamed line by line on one core. Prints MB/s (UTF-8 bytes of
// article text per second of extraction), claims/s, peak RSS, and the machine it ran on.
//
//   npm run bench [-- CORPUS.jsonl]      default: ../shared/bench/news.jsonl
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { extract } from '../dist/index.js';

const corpus = process.argv[2] ?? process.env.SOLIEU_BENCH_CORPUS ?? fileURLToPath(new URL('../../shared/bench/news.jsonl', import.meta.url));
if (!existsSync(corpus)) {
  console.error(`bench: no corpus at ${corpus} (give a JSON Lines file of {"text": ...} documents)`);
  process.exit(2);
}

const mb = (bytes) => bytes / 1e6;
let bytes = 0, docs = 0, claims = 0, busy = 0;
const cpu0 = process.cpuUsage();
const wall0 = performance.now();
const lines = createInterface({ input: createReadStream(corpus), crlfDelay: Infinity });
for await (const line of lines) {
  if (!line.trim()) continue;
  const { text } = JSON.parse(line);
  const t0 = performance.now();
  claims += extract(text).length;
  busy += performance.now() - t0;
  bytes += Buffer.byteLength(text);
  docs++;
}
const wall = (performance.now() - wall0) / 1000;
const cpu = process.cpuUsage(cpu0);
const peakRss = process.resourceUsage().maxRSS * 1024;

const sample = fileURLToPath(new URL('../samples/thanh-hoa-chuyen-doi-so.txt', import.meta.url));
const bin = fileURLToPath(new URL('../bin/solieu.js', import.meta.url));
const coldRuns = [1, 2, 3, 4, 5].map(() => {
  const t0 = performance.now();
  spawnSync(process.execPath, [bin, 'extract', '--format', 'jsonl', sample], { stdio: 'ignore' });
  return performance.now() - t0;
});

const cpu0info = cpus()[0];
console.log(`machine      ${cpu0info?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);
console.log(`corpus       ${corpus}: ${docs} documents, ${mb(bytes).toFixed(1)} MB of text`);
console.log(`extraction   ${(busy / 1000).toFixed(2)} s on one core: ${(mb(bytes) / (busy / 1000)).toFixed(2)} MB/s, ${Math.round(claims / (busy / 1000))} claims/s (${claims} claims)`);
console.log(`whole run    ${wall.toFixed(2)} s wall, ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s CPU (reading and JSON parsing included)`);
console.log(`peak RSS     ${mb(peakRss).toFixed(0)} MB`);
console.log(`cold start   solieu extract on the sample article: median ${coldRuns.sort((a, b) => a - b)[2].toFixed(0)} ms (process start to exit)`);
