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
  if (a.length >= 1 && a.length <= 32) {
    const d = bitParallel(a, b, max);
    if (d >= 0) return d;
  }
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

/** Per ASCII code unit, the bits of the positions where it occurs in the word being measured (cleared after each use). */
const peq = new Int32Array(128);

/**
 * editDistance for a word `a` of 1 to 32 ASCII code units (-1 for any other: the table above measures it),
 * by Hyyrö's bit-parallel form of the same table (optimal string alignment, as in RapidFuzz's
 * osa_hyrroe2003): the column differences of one column of the table (one letter of b) are kept as bits of
 * two 32-bit words, so a letter of b costs a dozen integer operations instead of a.length cells; only
 * the last row (D[a.length][j]) is read, a bit at a time.
 * Exact, the bound included: the table's row minima never fall from one row to the next (each cell
 * comes from the row before by an edit of cost 0 or 1, or from two rows back by a transposition that
 * costs no less than the cell diagonally before it), so the table stops past `max` (max + 1) exactly when
 * the least of its last row is over `max`, and otherwise gives its last cell. Bits above a.length carry
 * nothing down (sums, shifts and masks only move information upwards), so they need no masking.
 * Speed: name matching measures ~136,000 pairs at 1m/10k (similarity.ts, near-miss.ts), ~0.4 us each in the table, ~0.15 us so.
 */
function bitParallel(a: string, b: string, max: number): number {
  const m = a.length;
  for (let i = 0; i < m; i++) if (a.charCodeAt(i) >= 128) return -1;
  for (let i = 0; i < m; i++) {
    const c = a.charCodeAt(i);
    peq[c] = (peq[c] as number) | (1 << i);
  }
  const last = 1 << (m - 1);
  let vp = -1;
  let vn = 0;
  let d0 = 0;
  let pmBefore = 0;
  let dist = m;
  let least = m;
  for (let j = 0; j < b.length; j++) {
    const c = b.charCodeAt(j);
    const pm = c < 128 ? (peq[c] as number) : 0;
    const tr = ((~d0 & pm) << 1) & pmBefore;
    d0 = ((((pm & vp) + vp) ^ vp) | pm | vn | tr);
    let hp = vn | ~(d0 | vp);
    let hn = d0 & vp;
    if ((hp & last) !== 0) dist++;
    else if ((hn & last) !== 0) dist--;
    if (dist < least) least = dist;
    hp = (hp << 1) | 1;
    hn = hn << 1;
    vp = hn | ~(d0 | hp);
    vn = hp & d0;
    pmBefore = pm;
  }
  for (let i = 0; i < m; i++) peq[a.charCodeAt(i)] = 0;
  return least > max ? max + 1 : dist;
}
