import type { TabCell, TabRowStream, TabSpec } from "./tab-spec.js";

/**
 * The rows of a list made one item at a time, then any rows that follow it. `items` may be made as it is read
 * (a generator, a compact table), so `count` is given rather than taken from it.
 */
export function rowStream<T>(items: Iterable<T>, count: number, rowOf: (item: T) => TabCell[], after: readonly TabCell[][] = []): TabRowStream {
  return {
    count: count + after.length,
    *rows() {
      for (const item of items) yield rowOf(item);
      yield* after;
    },
  };
}

/** The tab with every row in `rows`: what the writers other than the package writer take. */
export function materialize(spec: TabSpec): TabSpec {
  if (!spec.more) return spec;
  const { more, ...rest } = spec;
  return { ...rest, rows: [...spec.rows, ...more.rows()] };
}

/** Every row of the tab, in order: `rows`, then `more`. */
export function* allRows(spec: TabSpec): Generator<TabCell[]> {
  yield* spec.rows;
  if (spec.more) yield* spec.more.rows();
}

/** How many rows the tab has, counting `more`. */
export function rowCount(spec: TabSpec): number {
  return spec.rows.length + (spec.more?.count ?? 0);
}
