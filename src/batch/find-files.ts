import { readdir, stat } from 'node:fs/promises';
import { extname, isAbsolute, join } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { DOCUMENT_EXTENSIONS } from '../formats/detect-type.js';
import type { BatchDocument } from './document.js';
import { describeFsError } from './read-bytes.js';


const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const isDocumentFile = (path: string) => DOCUMENT_EXTENSIONS.has(extname(path).toLowerCase());

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files: string[] = [];
  for (const e of entries.sort((a, b) => byName(a.name, b.name))) {
    if (e.name.startsWith('.')) continue;
    const path = join(dir, e.name);
    if (e.isDirectory()) files.push(...(await walk(path)));
    else if (e.isFile() && isDocumentFile(e.name)) files.push(path);
  }
  return files;
}

const failed = (code: 'INPUT_NOT_FOUND' | 'INPUT_UNREADABLE' | 'INPUT_EMPTY_DIRECTORY', arg: string, message: string): BatchDocument => ({
  name: arg,
  failure: { code, message: `${arg}: ${message}` },
});

/**
 * The files one argument names, in order: the file itself; a directory's text files, walked
 * recursively in name order (hidden entries skipped); or, for a pattern that is not itself a
 * path (`reports/**\/*.txt`), the text files it matches, sorted. An argument that names
 * nothing usable becomes a failed document, so the other arguments still run.
 */
async function filesOf(arg: string): Promise<BatchDocument[]> {
  try {
    const info = await stat(arg);
    if (!info.isDirectory()) return [{ name: arg, path: arg }];
    const files = await walk(arg);
    if (!files.length) return [failed('INPUT_EMPTY_DIRECTORY', arg, `no documents (${[...DOCUMENT_EXTENSIONS].join(', ')}) in this directory`)];
    return files.map((path) => ({ name: path, path }));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && isDynamicPattern(arg)) {
      const matches = (await glob(arg, { onlyFiles: true, expandDirectories: false, absolute: isAbsolute(arg) })).filter(isDocumentFile).sort(byName);
      if (!matches.length) return [failed('INPUT_NOT_FOUND', arg, 'no documents match this pattern')];
      return matches.map((path) => ({ name: path, path }));
    }
    return [failed(code === 'ENOENT' ? 'INPUT_NOT_FOUND' : 'INPUT_UNREADABLE', arg, describeFsError(error))];
  }
}

/** Every file the arguments name, in argument order. */
export async function findFiles(args: readonly string[]): Promise<BatchDocument[]> {
  const out: BatchDocument[] = [];
  for (const arg of args) out.push(...(await filesOf(arg)));
  return out;
}
