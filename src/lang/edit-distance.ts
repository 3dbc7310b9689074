/**
 * Rows of the distance table, reused by every call: name matching measures hundreds of thousands of
 * word pairs in a large text, and three new arrays per pair cost more in allocation and garbage
 * collection than the table itself. Grown when a longer word comes.
 */
let rows = new Int32Array(3 * 64);

/** Optimal-string-alignment distance (Levenshtein plus adjacent transpositions), stopping early past `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  const width = n + 1;
  if (rows.length < 3 * width) rows = new Int32Array(3 * width * 2);
  const r = rows;
  // three rows side by side in one array, each `width` long: two rows back, the previous row, the current
  let prev2 = 0;
  let prev = width;
  let cur = 2 * width;
  for (let j = 0; j <= n; j++) r[prev + j] = j;
  for (let i = 1; i <= a.length; i++) {
    const ca = a.charCodeAt(i - 1);
    const ca1 = i > 1 ? a.charCodeAt(i - 2) : -1;
    r[cur] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cb = b.charCodeAt(j - 1);
      const cost = ca === cb ? 0 : 1;
      let v = (r[prev + j] as number) + 1;
      const ins = (r[cur + j - 1] as number) + 1;
      if (ins < v) v = ins;
      const sub = (r[prev + j - 1] as number) + cost;
      if (sub < v) v = sub;
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && ca1 === cb) {
        const tr = (r[prev2 + j - 2] as number) + 1;
        if (tr < v) v = tr;
      }
      r[cur + j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  return r[prev + n] as number;
}
