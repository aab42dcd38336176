/**
 * Runs `work` on each item with at most `window` items in flight, and yields the results in
 * input order, each as soon as it and all before it are done. The window bounds memory: a
 * corpus of any length holds at most `window` documents and their records at once.
 * `work` must not reject (a rejection would stop the batch): report failures as results.
 */
export async function* inOrder<T, R>(items: AsyncIterable<T> | Iterable<T>, work: (item: T, index: number) => Promise<R>, window: number): AsyncGenerator<R> {
  const pending: Promise<R>[] = [];
  let index = 0;
  for await (const item of items) {
    pending.push(work(item, index++));
    if (pending.length >= window) yield await pending.shift()!;
  }
  while (pending.length) yield await pending.shift()!;
}
