/**
 * Remembers a pure function's results for string inputs. Registers repeat the same officers, partners and phrases
 * on thousands of rows; the cache is emptied when it reaches `cap` entries so memory stays bounded.
 */
export function memoise<R>(fn: (s: string) => R, cap = 20_000): (s: string) => R {
  const cache = new Map<string, R>();
  return (s: string) => {
    const hit = cache.get(s);
    if (hit !== undefined || cache.has(s)) return hit as R;
    const result = fn(s);
    if (cache.size >= cap) cache.clear();
    cache.set(s, result);
    return result;
  };
}
