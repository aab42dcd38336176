import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The built command, as a user runs it (npm test builds first).
const bin = fileURLToPath(new URL('../bin/solieu.js', import.meta.url));
const sample = fileURLToPath(new URL('../samples/thanh-hoa-chuyen-doi-so.txt', import.meta.url));
const solieu = (args: string[], input?: string) => spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8' });

describe('bin/solieu.js end to end', () => {
  it('extracts the bundled sample as CSV through a pipe', () => {
    const run = solieu(['extract', sample]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const rows = run.stdout.trimEnd().split('\n');
    expect(rows[0]).toMatch(/^file,id,line,start,end,text,kind,value/);
    expect(rows.length).toBeGreaterThan(35);
    expect(run.stdout).toContain('4.233');
  });
  it('reads standard input and writes JSON Lines', () => {
    const run = solieu(['-f', 'jsonl'], 'Kim ngạch đạt 14,6 tỷ USD, tăng 12%.');
    expect(run.status).toBe(0);
    expect(run.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).kind)).toEqual(['money', 'percent']);
  });
  it('exit 1 and one clear line for a missing file, without a stack trace', () => {
    const run = solieu(['extract', 'no-such-file.txt', sample]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('solieu: no-such-file.txt: no such file or directory\n');
    expect(run.stdout).toContain('4.233');
  });
  it('exit 2 for a usage error', () => {
    const run = solieu(['extract', '--format', 'xml', sample]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/invalid/);
  });
  it('scores the bundled gold', () => {
    const run = solieu(['eval', '--gold', fileURLToPath(new URL('../samples', import.meta.url))]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/strict F1 0\.9\d\d/);
  });
});
