import stringSimilarity from 'string-similarity';

/**
 * string-similarity's compareTwoStrings (the Dice coefficient of the strings' letter pairs), the same
 * number, counted without a Map for strings of the letters a-z alone (folded name words): each letter
 * pair is an index into a table of 26 × 26 counts, filled from the first string, used up by the second,
 * then cleared. Any other string goes to the library. Speed: the name index scores some tens of
 * thousands of such pairs in a long text (1m/10k: 10-45 ms of compareTwoStrings in all-rules profiles, a
 * Map and a substring per letter pair); 40,000 pairs of corpus words, warm: ~43 ms by the library, ~6 ms
 * here. The same answer: the library takes out whitespace (these have none), says 1
 * for equal strings and 0 for one under two letters, and counts the pairs in common with multiplicity, as
 * this does; the result is the same expression of the same integers.
 */
export function dice(first: string, second: string): number {
  if (!lettersOnly(first) || !lettersOnly(second)) return stringSimilarity.compareTwoStrings(first, second);
  if (first === second) return 1;
  if (first.length < 2 || second.length < 2) return 0;
  const counts = pairCounts;
  for (let i = 0; i < first.length - 1; i++) {
    const k = pairAt(first, i);
    counts[k] = (counts[k] as number) + 1;
  }
  let intersectionSize = 0;
  for (let i = 0; i < second.length - 1; i++) {
    const k = pairAt(second, i);
    if ((counts[k] as number) > 0) {
      counts[k] = (counts[k] as number) - 1;
      intersectionSize++;
    }
  }
  for (let i = 0; i < first.length - 1; i++) counts[pairAt(first, i)] = 0;
  return (2.0 * intersectionSize) / (first.length + second.length - 2);
}

/** Counts per letter pair (26 × 26), zero between calls. */
const pairCounts = new Int32Array(26 * 26);

function pairAt(s: string, i: number): number {
  return (s.charCodeAt(i) - 97) * 26 + (s.charCodeAt(i + 1) - 97);
}

function lettersOnly(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}
