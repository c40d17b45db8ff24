/** Runs `work` over `items` with at most `limit` at a time, keeping the results in order. */
export async function mapLimit<T, R>(items: T[], limit: number, work: (item: T, worker: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async (_, worker) => {
      while (next < items.length) {
        const i = next++;
        results[i] = await work(items[i], worker);
      }
    }),
  );
  return results;
}

/** How many pages the browser gates work on at once (GATES_CONCURRENCY, default 2: CI has 2 cores). */
export const CONCURRENCY = Math.max(1, Number(process.env.GATES_CONCURRENCY ?? 2));
