import { readdir, stat } from 'node:fs/promises';
import { extname, isAbsolute, join } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { DOCUMENT_EXTENSIONS } from '../formats/detect-type.js';
import type { BatchDocument } from './document.js';
import { describeFsError } from './read-bytes.js';

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const isDocumentFile = (path: string) => DOCUMENT_EXTENSIONS.has(extname(path).toLowerCase());

const failed = (code: 'INPUT_NOT_FOUND' | 'INPUT_UNREADABLE' | 'INPUT_EMPTY_DIRECTORY', arg: string, message: string): BatchDocument => ({
  name: arg,
  failure: { code, message: `${arg}: ${message}` },
});

/**
 * The document files under `dir`, in name order, hidden entries skipped. A folder inside it
 * that cannot be read (no permission, gone meanwhile) is a failed document in its place: the
 * rest of the tree is still read. The top folder's own error is thrown, for the caller.
 */
async function walk(dir: string, found: BatchDocument[] = [], top = true): Promise<BatchDocument[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    if (top) throw error;
    found.push(failed('INPUT_UNREADABLE', dir, describeFsError(error)));
    return found;
  }
  for (const e of entries.sort((a, b) => byName(a.name, b.name))) {
    if (e.name.startsWith('.')) continue;
    const path = join(dir, e.name);
    if (e.isDirectory()) await walk(path, found, false);
    else if (e.isFile() && isDocumentFile(e.name)) found.push({ name: path, path });
  }
  return found;
}

/**
 * The files one argument names, in order: the file itself; a directory's text files, walked
 * recursively in name order (hidden entries skipped); or, for a pattern that is not itself a
 * path (`reports/**\/*.txt`), the text files it matches, sorted. An argument that names
 * nothing usable, or a folder of it that cannot be read, becomes a failed document, so the
 * other arguments and the rest of the tree still run.
 */
async function filesOf(arg: string): Promise<BatchDocument[]> {
  try {
    const info = await stat(arg);
    if (!info.isDirectory()) return [{ name: arg, path: arg }];
    const found = await walk(arg);
    if (!found.length) return [failed('INPUT_EMPTY_DIRECTORY', arg, `no documents (${[...DOCUMENT_EXTENSIONS].join(', ')}) in this directory`)];
    return found;
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
  for (const arg of args) for (const document of await filesOf(arg)) out.push(document);
  return out;
}
