import { spawn, spawnSync } from 'node:child_process';
import { constants, linkSync, lstatSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileSink, refuseOutputOverInput, type FileOps } from '../src/cli/output.js';
import { SolieuError } from '../src/errors.js';
import { runCli } from './helpers/cli.js';

// `-o FILE`: never a half-written file, never a write through someone else's link, never a
// device or FIFO replaced, never an input overwritten.

const ARTICLE = 'Có 94 xã, phường đăng ký thực hiện. Tỷ lệ đạt trên 98%.\nDoanh thu đạt 2.500 tỷ đồng vào năm 2022.\n';
const TEXT = 'số liệu: 94 xã, 98%\n'.repeat(50);
const bin = fileURLToPath(new URL('../bin/solieu.js', import.meta.url));
const enospc = () => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
const fresh = (name: string) => mkdtempSync(join(tmpdir(), `solieu-output-${name}-`));

/** What `fn` throws (it must throw). */
function thrown(fn: () => unknown): SolieuError {
  try {
    fn();
  } catch (error) {
    return error as SolieuError;
  }
  throw new Error('expected a failure');
}

/** Writes TEXT through a sink in a few chunks and commits: what a command does. */
function writeThrough(path: string, ops?: Partial<FileOps>): void {
  const sink = fileSink(path, ops);
  for (const part of TEXT.match(/[^]{1,300}/g)!) sink.write(part);
  sink.commit();
}

describe('fileSink: short writes', () => {
  it('a write that takes a few bytes at a time (splitting Vietnamese letters) still writes everything', () => {
    const dir = fresh('short');
    const target = join(dir, 'out.csv');
    writeThrough(target, { writeSync: (fd, data) => writeSync(fd, (data as Uint8Array).subarray(0, 3)) });
    expect(readFileSync(target, 'utf8')).toBe(TEXT);
    expect(readdirSync(dir)).toEqual(['out.csv']);
  });

  const failures: [string, Partial<FileOps>][] = [
    ['a write that takes part, then nothing (returns 0)', { writeSync: (() => { let n = 0; return (fd: number, data: Uint8Array | string) => (++n > 3 ? 0 : writeSync(fd, (data as Uint8Array).subarray(0, 100))); })() }],
    ['a write that takes part, then throws ENOSPC', { writeSync: (() => { let n = 0; return (fd: number, data: Uint8Array | string) => { if (++n > 3) throw enospc(); return writeSync(fd, (data as Uint8Array).subarray(0, 100)); }; })() }],
    ['a flush that fails', { fsyncSync: () => { throw Object.assign(new Error('EIO: i/o error, fsync'), { code: 'EIO' }); } }],
    ['a close that fails', { closeSync: () => { throw Object.assign(new Error('EIO: i/o error, close'), { code: 'EIO' }); } }],
    ['a rename that fails', { renameSync: () => { throw Object.assign(new Error('EXDEV: cross-device link not permitted, rename'), { code: 'EXDEV' }); } }],
  ];
  for (const [name, ops] of failures) {
    it(`${name}: OUTPUT_FAILED, the temporary file removed, the old file untouched`, () => {
      const dir = fresh('fail');
      const target = join(dir, 'out.csv');
      writeFileSync(target, 'old results\n');
      const failure = thrown(() => writeThrough(target, ops));
      expect(failure).toBeInstanceOf(SolieuError);
      expect(failure.code).toBe('OUTPUT_FAILED');
      expect(failure.message).toMatch(new RegExp(`^${target}: cannot write \\(.+\\)$`));
      expect(readFileSync(target, 'utf8')).toBe('old results\n');
      expect(readdirSync(dir)).toEqual(['out.csv']);
    });
  }

  it('the message of a write that took nothing says so', () => {
    const dir = fresh('zero');
    const failure = thrown(() => writeThrough(join(dir, 'out.csv'), { writeSync: () => 0 }));
    const firstChunk = Buffer.byteLength(TEXT.slice(0, 300));
    expect(failure.message).toBe(`${join(dir, 'out.csv')}: cannot write (no space left: 0 of ${firstChunk} bytes written, then none)`);
  });

  it('abort after commit leaves the committed file', () => {
    const dir = fresh('abort');
    const target = join(dir, 'out.csv');
    const sink = fileSink(target);
    sink.write('a\n');
    sink.commit();
    sink.abort();
    expect(readFileSync(target, 'utf8')).toBe('a\n');
  });
});

describe('fileSink: the temporary file', () => {
  it('is created exclusively, never through a link, under a random name', () => {
    const dir = fresh('flags');
    const opened: [string, number][] = [];
    writeThrough(join(dir, 'out.csv'), { openSync: ((path: string, flags: number, mode?: number) => (opened.push([path, flags]), openSync(path, flags, mode))) as FileOps['openSync'] });
    const [[temp, flags]] = opened as [[string, number]];
    expect(temp).toMatch(/\/\.out\.csv\.[0-9a-f]{16}\.tmp$/);
    for (const flag of [constants.O_CREAT, constants.O_EXCL, constants.O_NOFOLLOW]) expect(flags & flag).toBe(flag);
  });

  it('a link planted at its name is not followed: the name is skipped, the link target untouched', () => {
    const dir = fresh('planted');
    const victim = join(dir, 'victim.txt');
    writeFileSync(victim, 'precious\n');
    // The "attacker" knows the next random name: a symlink waits there.
    symlinkSync(victim, join(dir, `.out.csv.${'aa'.repeat(8)}.tmp`));
    const names = ['aa', 'bb'].map((b) => Buffer.from(b.repeat(8), 'hex'));
    writeThrough(join(dir, 'out.csv'), { randomBytes: () => names.shift()! });
    expect(readFileSync(victim, 'utf8')).toBe('precious\n');
    expect(readFileSync(join(dir, 'out.csv'), 'utf8')).toBe(TEXT);
    expect(lstatSync(join(dir, `.out.csv.${'aa'.repeat(8)}.tmp`)).isSymbolicLink()).toBe(true);
  });

  it('every name taken: OUTPUT_FAILED, nothing written anywhere', () => {
    const dir = fresh('taken');
    const victim = join(dir, 'victim.txt');
    writeFileSync(victim, 'precious\n');
    symlinkSync(victim, join(dir, `.out.csv.${'aa'.repeat(8)}.tmp`));
    const failure = thrown(() => writeThrough(join(dir, 'out.csv'), { randomBytes: () => Buffer.from('aa'.repeat(8), 'hex') }));
    expect(failure.code).toBe('OUTPUT_FAILED');
    expect(failure.message).toMatch(/cannot write \(EEXIST/);
    expect(readFileSync(victim, 'utf8')).toBe('precious\n');
    expect(readdirSync(dir).sort()).toEqual([`.out.csv.${'aa'.repeat(8)}.tmp`, 'victim.txt']);
  });
});

describe('fileSink: permissions', () => {
  for (const mode of [0o600, 0o640, 0o444]) {
    it(`a ${mode.toString(8)} file stays ${mode.toString(8)}, and its replacement is never more open while written`, () => {
      const dir = fresh('mode');
      const target = join(dir, 'out.csv');
      writeFileSync(target, 'old\n', { mode });
      const modes: (number | undefined)[] = [];
      writeThrough(target, { openSync: ((path: string, flags: number, m?: number) => (modes.push(m), openSync(path, flags, m))) as FileOps['openSync'] });
      expect(statSync(target).mode & 0o777).toBe(mode);
      expect(modes).toEqual([mode]);
      expect(readFileSync(target, 'utf8')).toBe(TEXT);
    });
  }
  it('a new file gets the default mode (as any new file)', () => {
    const dir = fresh('newmode');
    writeFileSync(join(dir, 'reference'), '');
    writeThrough(join(dir, 'out.csv'));
    expect(statSync(join(dir, 'out.csv')).mode & 0o777).toBe(statSync(join(dir, 'reference')).mode & 0o777);
  });
  it('a file system that refuses chmod does not fail the run', () => {
    const dir = fresh('nochmod');
    writeFileSync(join(dir, 'out.csv'), 'old\n', { mode: 0o600 });
    writeThrough(join(dir, 'out.csv'), { fchmodSync: () => { throw Object.assign(new Error('EPERM'), { code: 'EPERM' }); } });
    expect(readFileSync(join(dir, 'out.csv'), 'utf8')).toBe(TEXT);
  });
});

describe('fileSink: targets that are not regular files', () => {
  it('/dev/null is written, and is still a character device', () => {
    writeThrough('/dev/null');
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('/dev/full: OUTPUT_FAILED (ENOSPC), still a character device', () => {
    const failure = thrown(() => writeThrough('/dev/full'));
    expect(failure).toMatchObject({ code: 'OUTPUT_FAILED', message: '/dev/full: cannot write (ENOSPC: no space left on device, write)' });
    expect(statSync('/dev/full').isCharacterDevice()).toBe(true);
  });

  it('a link to /dev/null stays a link to it', () => {
    const dir = fresh('devlink');
    symlinkSync('/dev/null', join(dir, 'out.csv'));
    writeThrough(join(dir, 'out.csv'));
    expect(lstatSync(join(dir, 'out.csv')).isSymbolicLink()).toBe(true);
    expect(readdirSync(dir)).toEqual(['out.csv']);
  });

  it('a FIFO is written to its reader, and is still a FIFO', async () => {
    const dir = fresh('fifo');
    const fifo = join(dir, 'pipe');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const reader = spawn('sh', ['-c', `cat "${fifo}" > "${join(dir, 'received')}"`]);
    const done = new Promise((resolve) => reader.on('exit', resolve));
    writeThrough(fifo);
    expect(await done).toBe(0);
    expect(readFileSync(join(dir, 'received'), 'utf8')).toBe(TEXT);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it('a directory: OUTPUT_FAILED at once, before anything is written', () => {
    const dir = fresh('isdir');
    expect(thrown(() => fileSink(dir))).toMatchObject({ code: 'OUTPUT_FAILED', message: `${dir}: cannot write (is a directory)` });
  });

  it('a link to a regular file: the file it points to is replaced (temporary file beside it), the link stays', () => {
    const dir = fresh('filelink');
    mkdirSync(join(dir, 'data'));
    writeFileSync(join(dir, 'data/real.csv'), 'old\n', { mode: 0o600 });
    symlinkSync('data/real.csv', join(dir, 'out.csv'));
    const opened: string[] = [];
    writeThrough(join(dir, 'out.csv'), { openSync: ((p: string, f: number, m?: number) => (opened.push(p), openSync(p, f, m))) as FileOps['openSync'] });
    expect(opened[0]).toMatch(new RegExp(`^${join(dir, 'data')}/\\.real\\.csv\\.[0-9a-f]{16}\\.tmp$`));
    expect(lstatSync(join(dir, 'out.csv')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'data/real.csv'), 'utf8')).toBe(TEXT);
    expect(statSync(join(dir, 'data/real.csv')).mode & 0o777).toBe(0o600);
    expect(readdirSync(join(dir, 'data'))).toEqual(['real.csv']);
  });

  it('a link pointing nowhere is replaced by the file, not followed', () => {
    const dir = fresh('dangling');
    symlinkSync(join(dir, 'elsewhere/target.csv'), join(dir, 'out.csv'));
    mkdirSync(join(dir, 'elsewhere'));
    rmSync(join(dir, 'elsewhere'), { recursive: true });
    writeThrough(join(dir, 'out.csv'));
    expect(lstatSync(join(dir, 'out.csv')).isFile()).toBe(true);
    expect(readFileSync(join(dir, 'out.csv'), 'utf8')).toBe(TEXT);
  });

  it('-o /dev/stdout with stdout appended to a file (`>>`): appended through the descriptor, not replaced', () => {
    const dir = fresh('stdout');
    writeFileSync(join(dir, 'a.txt'), ARTICLE);
    writeFileSync(join(dir, 'log'), 'kept\n');
    const run = spawnSync('sh', ['-c', `"${process.execPath}" "${bin}" extract a.txt -f jsonl -o /dev/stdout >> log`], { cwd: dir, encoding: 'utf8' });
    expect(run.status).toBe(0);
    const lines = readFileSync(join(dir, 'log'), 'utf8').trimEnd().split('\n');
    expect(lines[0]).toBe('kept');
    expect(lines.slice(1).map((l) => JSON.parse(l).value)).toEqual([94, 98, 2500000000000]);
  });
});

describe('-o naming an input', () => {
  let dir: string;
  beforeAll(() => {
    dir = fresh('input');
    mkdirSync(join(dir, 'reports'));
    writeFileSync(join(dir, 'in.txt'), ARTICLE);
    writeFileSync(join(dir, 'reports/b.txt'), ARTICLE);
    writeFileSync(join(dir, 'reports/claims.csv'), 'old\n');
    writeFileSync(join(dir, 'list'), `${join(dir, 'in.txt')}\n`);
    symlinkSync(join(dir, 'in.txt'), join(dir, 'link.txt'));
    linkSync(join(dir, 'in.txt'), join(dir, 'hard.txt'));
  });
  const refused = (args: () => string[], input: () => string) => async () => {
    const run = await runCli(args());
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^solieu: option `--output` must not be one of the inputs, which it would replace, got ".+"/);
    expect(readFileSync(input(), 'utf8')).toBe(ARTICLE);
  };
  it('extract in.txt -o in.txt: exit 2, the input unchanged', refused(() => ['extract', join(dir, 'in.txt'), '-o', join(dir, 'in.txt')], () => join(dir, 'in.txt')));
  it('another spelling of the path (./, ..)', refused(() => ['extract', join(dir, 'in.txt'), '-o', join(dir, 'reports/../in.txt')], () => join(dir, 'in.txt')));
  it('a symbolic or hard link to the input', async () => {
    await refused(() => ['extract', join(dir, 'in.txt'), '-o', join(dir, 'link.txt')], () => join(dir, 'in.txt'))();
    await refused(() => ['extract', join(dir, 'in.txt'), '-o', join(dir, 'hard.txt')], () => join(dir, 'in.txt'))();
  });
  it('a file of an input directory, or of a pattern', async () => {
    await refused(() => ['extract', join(dir, 'reports'), '-o', join(dir, 'reports/b.txt')], () => join(dir, 'reports/b.txt'))();
    await refused(() => ['extract', join(dir, 'reports/*.txt'), '-o', join(dir, 'reports/b.txt')], () => join(dir, 'reports/b.txt'))();
  });
  it('a file listed in --files-from FILE', refused(() => ['extract', '--files-from', join(dir, 'list'), '-o', join(dir, 'in.txt')], () => join(dir, 'in.txt')));
  for (const command of ['check', 'report', 'stats']) {
    it(`${command} in.txt -o in.txt`, refused(() => [command, join(dir, 'in.txt'), '-o', join(dir, 'in.txt')], () => join(dir, 'in.txt')));
  }
  it('compare a b -o a', refused(() => ['compare', join(dir, 'in.txt'), join(dir, 'reports/b.txt'), '-o', join(dir, 'in.txt')], () => join(dir, 'in.txt')));
  it('--summary-json naming an input, or the -o file', async () => {
    const summary = await runCli(['extract', join(dir, 'in.txt'), '--summary-json', join(dir, 'in.txt'), '-o', join(dir, 'out.csv')]);
    expect(summary.code).toBe(2);
    expect(summary.stderr).toMatch(/^solieu: option `--summary-json` must not be one of the inputs/);
    const same = await runCli(['extract', join(dir, 'in.txt'), '--summary-json', join(dir, 'out.csv'), '-o', join(dir, 'out.csv')]);
    expect(same).toMatchObject({ code: 2, stderr: `solieu: option \`--summary-json\` must name another file than \`--output\`, got "${join(dir, 'out.csv')}"\n` });
    expect(readdirSync(dir)).not.toContain('out.csv');
  });

  // Must not refuse: outputs that replace no input.
  it('a new file, a file of the input folder that is no document (claims.csv), /dev/null', async () => {
    for (const output of [join(dir, 'new.csv'), join(dir, 'reports/claims.csv'), '/dev/null']) {
      const run = await runCli(['extract', join(dir, 'reports'), '-o', output]);
      expect(run, output).toMatchObject({ code: 0, stderr: '' });
    }
    expect(readFileSync(join(dir, 'reports/claims.csv'), 'utf8')).toMatch(/^file,id,/);
  });
  it('the helper alone: no output, standard input, a new file', async () => {
    await refuseOutputOverInput(undefined, [join(dir, 'in.txt')]);
    await refuseOutputOverInput(join(dir, 'in.txt'), ['-']);
    await refuseOutputOverInput(join(dir, 'nothing-yet.csv'), [join(dir, 'nothing-yet.csv')]);
  });
});

describe('--summary-json FILE', () => {
  it('a folder that does not exist: a clean OUTPUT_FAILED, exit 1, and the -o file still complete', async () => {
    const dir = fresh('summary');
    writeFileSync(join(dir, 'a.txt'), ARTICLE);
    const expected = await runCli(['extract', join(dir, 'a.txt')]);
    const run = await runCli(['extract', join(dir, 'a.txt'), '--summary-json', '/nonexistent/s.json', '-o', join(dir, 'out.csv')]);
    expect(run).toMatchObject({ code: 1, stdout: '', stderr: 'solieu: option `--summary-json`: /nonexistent/s.json: cannot write (no such file or directory)\n' });
    expect(readFileSync(join(dir, 'out.csv'), 'utf8')).toBe(expected.stdout);
    const stats = await runCli(['stats', join(dir, 'a.txt'), '--summary-json', '/nonexistent/s.json', '-o', join(dir, 'stats.csv')]);
    expect(stats.code).toBe(1);
    expect(readFileSync(join(dir, 'stats.csv'), 'utf8')).toMatch(/^kind,unit_norm,claims/);
  });
  it('written like any output: complete, no temporary file left', async () => {
    const dir = fresh('summary-ok');
    writeFileSync(join(dir, 'a.txt'), ARTICLE);
    const run = await runCli(['extract', join(dir, 'a.txt'), '--summary-json', join(dir, 's.json'), '-o', join(dir, 'out.csv')]);
    expect(run.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 's.json'), 'utf8'))).toMatchObject({ documents: 1, failed: 0, claims: 3 });
    expect(readdirSync(dir).sort()).toEqual(['a.txt', 'out.csv', 's.json']);
  });
});

// A real full disk: a 1 MB tmpfs, when this machine lets the tests mount one (root, not in a
// restricted container); otherwise the injected failures above stand in for it.
describe('a real full disk', () => {
  const mountPoint = fresh('tmpfs');
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', mountPoint]).status === 0;
  afterAll(() => {
    if (mounted) spawnSync('umount', [mountPoint]);
  });
  it.skipIf(!mounted)('-o on a 1 MB disk, output of 2 MB: exit 1, one message, the old file untouched, no temporary file', async () => {
    const dir = fresh('corpus');
    const corpus = join(dir, 'corpus.jsonl');
    const article = readFileSync(new URL('../samples/thanh-hoa-chuyen-doi-so.txt', import.meta.url), 'utf8');
    writeFileSync(corpus, Array.from({ length: 200 }, (_, i) => JSON.stringify({ id: i, text: article })).join('\n'));
    const target = join(mountPoint, 'out.csv');
    writeFileSync(target, 'old results\n');
    const run = await runCli(['extract', corpus, '-o', target, '--jobs', '1']);
    expect(run).toMatchObject({ code: 1, stderr: `solieu: ${target}: cannot write (ENOSPC: no space left on device, write)\n` });
    expect(readFileSync(target, 'utf8')).toBe('old results\n');
    expect(readdirSync(mountPoint)).toEqual(['out.csv']);
    // The same run where there is room writes more than the disk holds.
    expect(Buffer.byteLength((await runCli(['extract', corpus, '--jobs', '1'])).stdout)).toBeGreaterThan(2 * 1024 * 1024);
  }, 60_000);
});
