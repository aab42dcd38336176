#!/usr/bin/env node
// Benchmarks, each section in its own process (so each peak RSS is its own):
//
//   rules     extraction over a corpus of real news (JSON Lines, one {"text"} per line),
//             streamed line by line on one core: MB/s, claims/s, peak RSS; cold start of the CLI
//   segment   the same with --segment (vntk's word segmenter in the pipeline); its cold start
//   batch     the command line over the corpus as JSON Lines documents: --jobs 1 against
//             --jobs 2 (throughput, identical output), and peak RSS on the corpus and on the
//             corpus twice over (memory must not grow with the number of documents)
//   formats   the command line over web pages and PDFs made from the corpus's first articles
//             (HTML: the article inside a news site's page; PDF: the article typeset in DejaVu Sans)
//   mixed     the corpus with an English paragraph (from samples/english) in every fourth article:
//             throughput of extraction when the English path (compromise) is in use
//   adversarial  inputs crafted against extractors (scripts/adversarial-inputs.mjs) at 1 MB and
//             2 MB through the command line: time, how it grows (linear: about 2x), peak RSS,
//             output size; and how long a SIGTERM takes to end a run mid-extraction
//   versus    the rules path side by side with another build (--baseline DIR: a checkout of an
//             earlier commit, built), in separate processes taking turns (A B B A …), each the
//             best of its passes over the first --docs articles: the ratio of the two, with the
//             read + JSON parse + digit scan limit measured in the same processes; then both
//             builds loaded in one process, taking turns every 100 articles (a machine's drift
//             over seconds falls on both alike): the ratio of each round's totals
//   vntk      word segmentation of the 1,000 real sentences of test/fixtures/vntk-sentences.txt,
//             solieu's reproduction against vntk's own wordTokenizer().tag() called sentence by
//             sentence (as published, and with its dictionary lookup made a set)
//
//   npm run bench [-- [CORPUS.jsonl] [--sections rules,segment,mixed,batch,formats,adversarial,vntk]]
//   npm run bench -- --sections versus --baseline ../solieu-before [--docs 3000] [--rounds 3]
//   default corpus ../shared/bench/news.jsonl (or SOLIEU_BENCH_CORPUS)
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, createReadStream, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, readSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { cpus, totalmem } from 'node:os';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const SECTIONS = ['rules', 'segment', 'mixed', 'batch', 'formats', 'adversarial', 'vntk', 'versus'];
const DEFAULT_SECTIONS = SECTIONS.filter((name) => name !== 'versus'); // versus needs --baseline
const args = process.argv.slice(2);
const forwarded = args.filter((arg, i) => arg !== '--sections' && args[i - 1] !== '--sections'); // to each section's process
const option = (name) => {
  const at = args.indexOf(name);
  return at === -1 ? undefined : args.splice(at, 2)[1];
};
const section = option('--section');
const sections = (option('--sections') ?? DEFAULT_SECTIONS.join(',')).split(',');
const baseline = option('--baseline');
const dist = option('--dist');
const docLimit = Number(option('--docs') ?? 3000);
const rounds = Number(option('--rounds') ?? 3);
const corpus = args[0] ?? process.env.SOLIEU_BENCH_CORPUS ?? fileURLToPath(new URL('../../shared/bench/news.jsonl', import.meta.url));
const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const mb = (bytes) => bytes / 1e6;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const peakRss = () => `${mb(process.resourceUsage().maxRSS * 1024).toFixed(0)} MB`;

/** Milliseconds from process start to exit of `solieu extract` on the sample article, median of 5. */
function coldStart(extra) {
  const runs = [1, 2, 3, 4, 5].map(() => {
    const t0 = performance.now();
    const run = spawnSync(process.execPath, [here('../bin/solieu.js'), 'extract', '--format', 'jsonl', ...extra, here('../samples/thanh-hoa-chuyen-doi-so.txt')], { stdio: 'ignore' });
    if (run.status !== 0) throw new Error(`solieu extract ${extra.join(' ')} exited ${run.status}`);
    return performance.now() - t0;
  });
  return median(runs).toFixed(0);
}

async function benchExtraction(segment) {
  if (!existsSync(corpus)) {
    console.error(`bench: no corpus at ${corpus} (give a JSON Lines file of {"text": ...} documents)`);
    process.exit(2);
  }
  const { extract } = await import('../dist/index.js');
  const name = segment ? 'segment' : 'rules';
  let bytes = 0, docs = 0, claims = 0, busy = 0;
  const wall0 = performance.now();
  const cpu0 = process.cpuUsage();
  for await (const line of createInterface({ input: createReadStream(corpus), crlfDelay: Infinity })) {
    if (!line.trim()) continue;
    const { text } = JSON.parse(line);
    const t0 = performance.now();
    claims += extract(text, { segment }).length;
    busy += performance.now() - t0;
    bytes += Buffer.byteLength(text);
    docs++;
  }
  const cpu = process.cpuUsage(cpu0);
  const wall = (performance.now() - wall0) / 1000;
  const s = busy / 1000;
  console.log(`${name.padEnd(8)} corpus ${corpus}: ${docs} documents, ${mb(bytes).toFixed(1)} MB of text`);
  console.log(`${name.padEnd(8)} extraction ${s.toFixed(2)} s on one core: ${(mb(bytes) / s).toFixed(2)} MB/s, ${Math.round(claims / s)} claims/s (${claims} claims)`);
  console.log(`${name.padEnd(8)} whole run ${wall.toFixed(2)} s wall, ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s CPU (reading and JSON parsing included), peak RSS ${peakRss()}`);
  console.log(`${name.padEnd(8)} cold start on the sample article: median ${coldStart(segment ? ['--segment'] : [])} ms (process start to exit)`);
}

/**
 * The floor no extractor goes below: read the corpus, parse each JSON line, find every digit.
 * Milliseconds of CPU for the first `limit` documents, best of three; and their texts.
 */
function readScanLimit(limit) {
  // The bytes of the first `limit` lines, found before the clock starts.
  const whole = readFileSync(corpus);
  let size = 0;
  for (let n = 0; n < limit && size < whole.length; n++) {
    const end = whole.indexOf(10, size);
    size = end === -1 ? whole.length : end + 1;
  }
  let best = Infinity, texts = [], found = 0;
  for (let pass = 0; pass < 3; pass++) {
    const c0 = process.cpuUsage();
    const fd = openSync(corpus, 'r');
    const bytes = Buffer.alloc(size);
    readSync(fd, bytes, 0, size, 0);
    closeSync(fd);
    texts = [];
    let digits = 0;
    for (const line of bytes.toString('utf8').split('\n')) {
      if (!line.trim()) continue;
      const { text } = JSON.parse(line);
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c >= 48 && c <= 57) digits++;
      }
      texts.push(text);
    }
    const c = process.cpuUsage(c0);
    best = Math.min(best, (c.user + c.system) / 1000);
    found = digits;
  }
  return { ms: best, texts, digits: found };
}

/** One process of `versus`: the rules path of the build in `dist`, best of three passes after a warm-up. */
async function versusPass() {
  const { extract } = await import(join(dist, 'index.js'));
  const limit = readScanLimit(docLimit);
  const texts = limit.texts;
  let claims = 0;
  for (const text of texts) claims += extract(text).length; // warm-up: compile, load dictionaries
  let best = Infinity;
  for (let pass = 0; pass < 3; pass++) {
    const c0 = process.cpuUsage();
    for (const text of texts) extract(text);
    const c = process.cpuUsage(c0);
    best = Math.min(best, (c.user + c.system) / 1000);
  }
  const bytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
  console.log(JSON.stringify({ ms: best, limitMs: limit.ms, digits: limit.digits, bytes, documents: texts.length, claims }));
}

/** The rules path of this build against `--baseline`, in processes taking turns: A B B A, `rounds` times. */
function benchVersus() {
  if (!baseline) {
    console.error('bench: versus needs --baseline DIR (a built checkout of the version to compare with)');
    process.exit(2);
  }
  const builds = { before: join(baseline, 'dist'), now: here('../dist') };
  for (const [name, path] of Object.entries(builds)) {
    if (!existsSync(join(path, 'index.js'))) {
      console.error(`bench: no ${join(path, 'index.js')} for ${name} (run npm run build there)`);
      process.exit(2);
    }
  }
  const runs = { before: [], now: [] };
  const once = (name) => {
    const run = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--section', 'pass', '--dist', builds[name], '--docs', String(docLimit), corpus], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    if (run.status !== 0) throw new Error(`bench: the ${name} pass exited ${run.status}`);
    runs[name].push(JSON.parse(run.stdout.trim().split('\n').at(-1)));
  };
  for (let round = 0; round < rounds; round++) {
    for (const name of round % 2 ? ['now', 'before', 'before', 'now'] : ['before', 'now', 'now', 'before']) once(name);
  }
  const best = (xs, key) => Math.min(...xs.map((x) => x[key]));
  const { bytes, documents } = runs.now[0];
  const limit = Math.min(best(runs.before, 'limitMs'), best(runs.now, 'limitMs'));
  const rate = (ms) => `${(mb(bytes) / (ms / 1000)).toFixed(2)} MB/s`;
  const pairs = runs.now.map((r, k) => runs.before[k].ms / r.ms);
  console.log(`versus   ${documents} documents, ${mb(bytes).toFixed(1)} MB; ${rounds * 2} processes each, taking turns; CPU time, best pass of each process`);
  console.log(`versus   read + JSON parse + digit scan (${runs.now[0].digits} digits): ${limit.toFixed(0)} ms (${rate(limit)})`);
  for (const name of ['before', 'now']) {
    const ms = best(runs[name], 'ms');
    const claims = runs[name][0].claims;
    console.log(`versus   ${name.padEnd(6)} best ${ms.toFixed(0)} ms, median ${median(runs[name].map((r) => r.ms)).toFixed(0)} ms (${rate(ms)}; ${(ms / limit).toFixed(1)}x the read+scan limit), ${claims} claims`);
  }
  console.log(`versus   now / before throughput: best against best ${(best(runs.before, 'ms') / best(runs.now, 'ms')).toFixed(2)}, median of the ${pairs.length} turns ${median(pairs).toFixed(2)} (range ${Math.min(...pairs).toFixed(2)}–${Math.max(...pairs).toFixed(2)})`);
  const turns = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--section', 'turns', '--baseline', baseline, '--docs', String(docLimit), '--rounds', String(rounds), corpus], { stdio: 'inherit' });
  if (turns.status !== 0) throw new Error(`bench: the one-process turns exited ${turns.status}`);
}

/** Articles run by one build before the other takes its turn: short enough that both see the same machine. */
const TURN_DOCS = 100;

/**
 * Both builds in one process, taking turns every {@link TURN_DOCS} articles (which goes first
 * alternates), `rounds` passes each after two warm-up passes: a drift of the machine's speed
 * over seconds, which separate processes each see differently, falls on both alike.
 */
async function versusTurns() {
  const before = (await import(join(baseline, 'dist', 'index.js'))).extract;
  const now = (await import(here('../dist/index.js'))).extract;
  const { texts } = readScanLimit(docLimit);
  for (let warm = 0; warm < 2; warm++) for (const extract of [before, now]) for (const text of texts) extract(text);
  const cpuOf = (extract, from) => {
    const c0 = process.cpuUsage();
    for (let i = from; i < Math.min(from + TURN_DOCS, texts.length); i++) extract(texts[i]);
    const c = process.cpuUsage(c0);
    return (c.user + c.system) / 1000;
  };
  const totals = { before: [], now: [] };
  for (let round = 0; round < rounds; round++) {
    let b = 0, n = 0;
    for (let from = 0, turn = 0; from < texts.length; from += TURN_DOCS, turn++) {
      if ((turn + round) % 2) (b += cpuOf(before, from)), (n += cpuOf(now, from));
      else (n += cpuOf(now, from)), (b += cpuOf(before, from));
    }
    totals.before.push(b);
    totals.now.push(n);
  }
  const ratios = totals.now.map((n, k) => totals.before[k] / n);
  const ms = (xs) => `best ${Math.min(...xs).toFixed(0)} ms, median ${median(xs).toFixed(0)} ms`;
  console.log(`versus   one process, both builds taking turns every ${TURN_DOCS} articles, ${rounds} rounds: before ${ms(totals.before)}; now ${ms(totals.now)}`);
  console.log(`versus   now / before throughput in one process: best against best ${(Math.min(...totals.before) / Math.min(...totals.now)).toFixed(2)}, median of the ${rounds} rounds ${median(ratios).toFixed(2)} (range ${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)})`);
}

/** `solieu extract` over a JSON Lines corpus with `--jobs N`: its summary and a hash of its output. */
function runCli(corpusPath, jobs, work) {
  const out = join(work, `out-${jobs}.jsonl`);
  const summaryFile = join(work, `summary-${jobs}.json`);
  const fd = openSync(out, 'w');
  const t0 = performance.now();
  const run = spawnSync(process.execPath, [here('../bin/solieu.js'), 'extract', '--input-format', 'jsonl', '-f', 'jsonl', '--jobs', String(jobs), '--summary-json', summaryFile, corpusPath], { stdio: ['ignore', fd, 'inherit'] });
  const wall = (performance.now() - t0) / 1000;
  closeSync(fd);
  if (run.status !== 0) throw new Error(`solieu extract --jobs ${jobs} exited ${run.status}`);
  const summary = JSON.parse(readFileSync(summaryFile, 'utf8'));
  const hash = createHash('sha256').update(readFileSync(out)).digest('hex').slice(0, 16);
  rmSync(out);
  return { ...summary, wall, hash };
}

/** Wall seconds for `solieu extract --jobs 1` run as separate processes at once, one per file. */
async function separateProcesses(files) {
  const t0 = performance.now();
  await Promise.all(files.map((file) => new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [here('../bin/solieu.js'), 'extract', '--input-format', 'jsonl', '-f', 'jsonl', '--jobs', '1', file], { stdio: 'ignore' });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`exit ${code}`))));
  })));
  return (performance.now() - t0) / 1000;
}

async function benchBatch() {
  if (!existsSync(corpus)) {
    console.error(`bench: no corpus at ${corpus}`);
    process.exit(2);
  }
  const work = mkdtempSync(join(tmpdir(), 'solieu-bench-'));
  try {
    const line = (name, r) => `batch    ${name.padEnd(22)} ${r.wall.toFixed(2).padStart(6)} s  ${(mb(r.bytes) / r.wall).toFixed(2).padStart(6)} MB/s  ${r.documents} documents, ${r.claims} claims, ${r.failed} failed, peak RSS ${r.peakRssMB} MB, output ${r.hash}`;
    const one = runCli(corpus, 1, work);
    console.log(line('--jobs 1', one));
    const two = runCli(corpus, 2, work);
    console.log(line('--jobs 2', two));
    console.log(`batch    --jobs 2 / --jobs 1: ${(one.wall / two.wall).toFixed(2)}x the throughput; output ${one.hash === two.hash ? 'identical' : 'DIFFERENT'}`);
    // What this machine gives two cores at best: two separate processes, each on half the corpus.
    const lines = readFileSync(corpus, 'utf8').split('\n').filter((l) => l.trim());
    const halves = [lines.slice(0, lines.length / 2), lines.slice(lines.length / 2)].map((half, k) => {
      const file = join(work, `half-${k}.jsonl`);
      writeFileSync(file, `${half.join('\n')}\n`);
      return file;
    });
    const apart = await separateProcesses(halves);
    console.log(`batch    ceiling: two separate --jobs 1 processes on the two halves at once take ${apart.toFixed(2)} s: ${(one.wall / apart).toFixed(2)}x one process on the whole`);
    const doubled = join(work, 'doubled.jsonl');
    const text = readFileSync(corpus);
    writeFileSync(doubled, Buffer.concat([text, text.at(-1) === 10 ? Buffer.alloc(0) : Buffer.from('\n'), text]));
    const twice = runCli(doubled, 2, work);
    console.log(line('--jobs 2, corpus twice', twice));
    console.log(`batch    peak RSS, corpus twice / once: ${(twice.peakRssMB / two.peakRssMB).toFixed(2)} (wall time includes start-up, reading and JSON parsing, writing JSON Lines)`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An article as a news site serves it: menus, adverts, related links and comments around it. */
function newsPage(id, text) {
  const [headline, ...paragraphs] = text.split('\n').filter((l) => l.trim());
  const menu = Array.from({ length: 40 }, (_, k) => `<li><a href="/muc-${k}">Chuyên mục ${k}</a></li>`).join('');
  const related = Array.from({ length: 12 }, (_, k) => `<li><a href="/tin-${k}">Tin liên quan số ${k}: giá tăng ${k}%</a></li>`).join('');
  return `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>${escapeHtml(headline ?? id)} | Báo</title>
<meta property="article:published_time" content="2023-08-01T08:00:00+07:00"><script>var dataLayer = [];${'x'.repeat(2000)}</script>
<style>body{font-family:sans-serif}${'.c{}'.repeat(300)}</style></head><body><header><ul class="menu">${menu}</ul></header>
<div class="ads">Quảng cáo</div><main><article><h1>${escapeHtml(headline ?? '')}</h1>${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}</article>
<aside><ul class="related">${related}</ul></aside><section class="comments">${'<div class="comment">Bình luận của bạn đọc.</div>'.repeat(10)}</section></main>
<footer>© 2023 Báo. Hotline 0912 345 678</footer></body></html>`;
}

/** The article typeset on A4 pages in DejaVu Sans (the font must be on this machine). */
async function articlePdf(text, font, PDFDocument) {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit((await import('@pdf-lib/fontkit')).default);
  const face = await pdf.embedFont(font, { subset: true });
  const size = 10;
  let page = pdf.addPage([595, 842]);
  let y = 792;
  for (const paragraph of text.split('\n').filter((l) => l.trim())) {
    let line = '';
    const flush = () => {
      if (y < 50) {
        page = pdf.addPage([595, 842]);
        y = 792;
      }
      page.drawText(line, { x: 50, y, size, font: face });
      y -= size * 1.35;
      line = '';
    };
    for (const word of paragraph.split(' ')) {
      const next = line ? `${line} ${word}` : word;
      if (line && face.widthOfTextAtSize(next, size) > 495) {
        flush();
        line = word;
      } else line = next;
    }
    if (line) flush();
    y -= size;
  }
  return pdf.save();
}

/** `solieu extract DIR` over made documents: documents/s, MB/s of files and of the text read. */
function runOnFolder(dir, files, jobs) {
  const summaryFile = join(dir, `summary-${jobs}.json`);
  const t0 = performance.now();
  const run = spawnSync(process.execPath, [here('../bin/solieu.js'), 'extract', dir, '-f', 'jsonl', '--jobs', String(jobs), '--summary-json', summaryFile], { stdio: ['ignore', 'ignore', 'inherit'] });
  const wall = (performance.now() - t0) / 1000;
  if (run.status !== 0) throw new Error(`solieu extract exited ${run.status}`);
  const summary = JSON.parse(readFileSync(summaryFile, 'utf8'));
  const fileBytes = files.reduce((n, f) => n + f.length, 0);
  return `${summary.documents} documents in ${wall.toFixed(2)} s: ${(summary.documents / wall).toFixed(0)} documents/s, ${(mb(fileBytes) / wall).toFixed(2)} MB/s of files, ${(mb(summary.bytes) / wall).toFixed(2)} MB/s of text, ${summary.claims} claims, peak RSS ${summary.peakRssMB} MB`;
}

async function benchFormats() {
  if (!existsSync(corpus)) {
    console.error(`bench: no corpus at ${corpus}`);
    process.exit(2);
  }
  const COUNT = 500;
  const articles = [];
  for await (const line of createInterface({ input: createReadStream(corpus), crlfDelay: Infinity })) {
    if (line.trim()) articles.push(JSON.parse(line));
    if (articles.length >= COUNT) break;
  }
  const work = mkdtempSync(join(tmpdir(), 'solieu-formats-'));
  try {
    const htmlDir = join(work, 'html');
    mkdirSync(htmlDir);
    const pages = articles.map((a, k) => {
      const page = Buffer.from(newsPage(String(a.id ?? k), a.text));
      writeFileSync(join(htmlDir, `${String(k).padStart(4, '0')}.html`), page);
      return page;
    });
    for (const jobs of [1, 2]) console.log(`formats  HTML --jobs ${jobs}: ${runOnFolder(htmlDir, pages, jobs)}`);
    const FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';
    if (!existsSync(FONT)) {
      console.log(`formats  PDF: skipped (no ${FONT} to typeset them with)`);
      return;
    }
    const { PDFDocument } = await import('pdf-lib');
    const font = readFileSync(FONT);
    const pdfDir = join(work, 'pdf');
    mkdirSync(pdfDir);
    const pdfs = [];
    for (const [k, a] of articles.slice(0, 200).entries()) {
      const bytes = await articlePdf(a.text, font, PDFDocument);
      writeFileSync(join(pdfDir, `${String(k).padStart(4, '0')}.pdf`), bytes);
      pdfs.push(bytes);
    }
    for (const jobs of [1, 2]) console.log(`formats  PDF --jobs ${jobs}: ${runOnFolder(pdfDir, pdfs, jobs)}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function benchMixed() {
  const { extract } = await import('../dist/index.js');
  const englishDir = here('../samples/english/');
  const { readdirSync } = await import('node:fs');
  const paragraphs = readdirSync(englishDir).filter((f) => f.endsWith('.txt')).flatMap((f) => readFileSync(join(englishDir, f), 'utf8').split('\n').filter((l) => l.length > 200));
  let bytes = 0, englishBytes = 0, claims = 0, english = 0, busy = 0, docs = 0;
  for await (const line of createInterface({ input: createReadStream(corpus), crlfDelay: Infinity })) {
    if (!line.trim()) continue;
    let { text } = JSON.parse(line);
    if (docs % 4 === 0) {
      const paragraph = paragraphs[docs / 4 % paragraphs.length];
      text = `${text}\n${paragraph}`;
      englishBytes += Buffer.byteLength(paragraph);
    }
    const t0 = performance.now();
    const records = extract(text);
    busy += performance.now() - t0;
    claims += records.length;
    english += records.filter((r) => r.lang === 'en').length;
    bytes += Buffer.byteLength(text);
    docs++;
  }
  const s = busy / 1000;
  console.log(`mixed    ${docs} documents, ${mb(bytes).toFixed(1)} MB (${mb(englishBytes).toFixed(1)} MB of it English, in ${Math.ceil(docs / 4)} documents)`);
  console.log(`mixed    extraction ${s.toFixed(2)} s on one core: ${(mb(bytes) / s).toFixed(2)} MB/s, ${claims} claims (${english} English); peak RSS ${peakRss()}`);
}

/** `solieu extract FILE -f jsonl` on one input: wall seconds, peak RSS (GNU time), output bytes, exit status. */
function cliRun(file, work) {
  const out = join(work, 'out.jsonl');
  const fd = openSync(out, 'w');
  const t0 = performance.now();
  const run = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, here('../bin/solieu.js'), 'extract', file, '-f', 'jsonl'], { stdio: ['ignore', fd, 'pipe'], encoding: 'utf8' });
  const seconds = (performance.now() - t0) / 1000;
  closeSync(fd);
  const size = statSync(out).size;
  rmSync(out);
  const lines = run.stderr.trim().split('\n');
  return { seconds, rssMb: Number(lines.at(-1)) / 1024, size, status: run.status, errors: lines.slice(0, -1) };
}

/** Milliseconds from SIGTERM to exit, sent `after` ms into an extraction of `file`. */
async function termLatency(file, after) {
  const child = spawn(process.execPath, [here('../bin/solieu.js'), 'extract', file, '-f', 'jsonl'], { stdio: 'ignore' });
  await new Promise((resolve) => setTimeout(resolve, after));
  const sent = performance.now();
  child.kill('SIGTERM');
  const code = await new Promise((resolve) => child.on('exit', resolve));
  return { ms: performance.now() - sent, code };
}

async function benchAdversarial() {
  const { ADVERSARIAL_INPUTS } = await import('./adversarial-inputs.mjs');
  const MB = 1024 * 1024;
  const work = mkdtempSync(join(tmpdir(), 'solieu-bench-'));
  try {
    console.log('adversarial  solieu extract FILE -f jsonl, each input at 1 MB and 2 MB: wall time, peak RSS, output size');
    console.log(`adversarial  ${'input'.padEnd(36)} ${'1 MB'.padStart(8)} ${'2 MB'.padStart(8)} ${'ratio'.padStart(6)} ${'RSS 1/2 MB'.padStart(14)} ${'output 1/2 MB'.padStart(16)}  exit`);
    for (const [name, make] of Object.entries(ADVERSARIAL_INPUTS)) {
      const runs = [1, 2].map((size) => {
        const file = join(work, `input-${size}.txt`);
        writeFileSync(file, make(size * MB));
        return cliRun(file, work);
      });
      const [one, two] = runs;
      const exits = runs.map((r) => r.status).join('/');
      console.log(`adversarial  ${name.padEnd(36)} ${`${one.seconds.toFixed(2)} s`.padStart(8)} ${`${two.seconds.toFixed(2)} s`.padStart(8)} ${(two.seconds / one.seconds).toFixed(2).padStart(6)} ${`${one.rssMb.toFixed(0)}/${two.rssMb.toFixed(0)} MB`.padStart(14)} ${`${(one.size / MB).toFixed(1)}/${(two.size / MB).toFixed(1)} MB`.padStart(16)}  ${exits}${runs.flatMap((r) => r.errors).length ? ` ${runs.flatMap((r) => r.errors)[0]}` : ''}`);
    }
    const pct = join(work, 'pct.txt');
    writeFileSync(pct, ADVERSARIAL_INPUTS['9% 9% 9% …'](2 * MB));
    const term = await termLatency(pct, 2000);
    console.log(`adversarial  SIGTERM 2 s into the 2 MB "9% 9% 9% …": exit ${term.code} after ${term.ms.toFixed(0)} ms`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function benchVntk() {
  const require = createRequire(import.meta.url);
  const { segmentWords } = await import('../dist/index.js');
  const sentences = readFileSync(here('../test/fixtures/vntk-sentences.txt'), 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#'));
  const bytes = sentences.reduce((n, s) => n + Buffer.byteLength(s), 0);
  const time = (f) => {
    const t0 = performance.now();
    for (const s of sentences) f(s);
    return performance.now() - t0;
  };
  const t0 = performance.now();
  segmentWords(''); // loads the models
  const load = performance.now() - t0;
  time(segmentWords); // warm up
  const ours = Math.min(...[1, 2, 3, 4, 5].map(() => time(segmentWords)));

  const vntk0 = performance.now();
  const wordTokenizer = require('vntk/lib/word_tokenizer');
  const vntkLoad = performance.now() - vntk0;
  const asPublished = time((s) => wordTokenizer.tag(s));
  const dictionary = require('@vntk/dictionary');
  const lines = new Set(dictionary.lower_words);
  dictionary.has = (word) => !!word && lines.has(word.toLowerCase());
  const withSet = time((s) => wordTokenizer.tag(s));

  const line = (name, ms) => `${(ms / 1000).toFixed(2).padStart(7)} s  ${(mb(bytes) / (ms / 1000)).toFixed(3).padStart(7)} MB/s  ${(ms / sentences.length).toFixed(2).padStart(7)} ms/sentence  ${name}`;
  console.log(`vntk     ${sentences.length} sentences, ${mb(bytes).toFixed(2)} MB, segmented one by one:`);
  console.log(`vntk     ${line('vntk wordTokenizer().tag(), as published', asPublished)}`);
  console.log(`vntk     ${line('vntk, its dictionary lookup made a set', withSet)}`);
  console.log(`vntk     ${line('solieu segmentWords (best of 5)', ours)}   ${(asPublished / ours).toFixed(0)}x vntk as published, ${(withSet / ours).toFixed(0)}x with a set`);
  console.log(`vntk     loading: solieu's models ${load.toFixed(0)} ms, require('vntk/lib/word_tokenizer') ${vntkLoad.toFixed(0)} ms; peak RSS ${peakRss()}`);
}

if (section === 'rules') await benchExtraction(false);
else if (section === 'segment') await benchExtraction(true);
else if (section === 'batch') await benchBatch();
else if (section === 'formats') await benchFormats();
else if (section === 'mixed') await benchMixed();
else if (section === 'adversarial') await benchAdversarial();
else if (section === 'vntk') await benchVntk();
else if (section === 'versus') benchVersus();
else if (section === 'pass') await versusPass();
else if (section === 'turns') await versusTurns();
else {
  const unknown = sections.filter((s) => !SECTIONS.includes(s));
  if (unknown.length) {
    console.error(`bench: unknown section ${unknown.join(', ')} (sections: ${SECTIONS.join(', ')})`);
    process.exit(2);
  }
  const cpu = cpus()[0];
  console.log(`machine  ${cpu?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);
  for (const name of sections) {
    const run = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--section', name, ...forwarded], { stdio: 'inherit' });
    if (run.status !== 0) process.exit(run.status ?? 1);
  }
}
