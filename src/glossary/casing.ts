/** Carries a sentence-initial capital (or all-caps) of the matched text over to the replacement. */
export function matchCasing(matched: string, replacement: string): string {
  const first = matched.charAt(0);
  const rFirst = replacement.charAt(0);
  if (matched.length > 1 && /\p{L}/u.test(matched) && matched === matched.toUpperCase() && replacement === replacement.toLowerCase()) {
    return replacement.toUpperCase();
  }
  if (first !== first.toLowerCase() && rFirst === rFirst.toLowerCase()) return rFirst.toUpperCase() + replacement.slice(1);
  return replacement;
}
