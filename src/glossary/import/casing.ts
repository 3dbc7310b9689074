const escape = (c: string) => c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * A glossary variant (`/…/`) that matches `word` in any casing except the one given:
 * "JavaScript" gives `/(?!JavaScript)[JjＪｊ][AaＡａ]…/` (ASCII letters also in their full-width forms). prh and
 * textlint-rule-terminology flag a term written in another case; a character class per letter keeps
 * the expression linear (no nested quantifiers) and case-sensitive.
 */
export function otherCasings(word: string): string {
  const body = [...word].map((c) => (/[A-Za-z0-9]/.test(c) || c.toLowerCase() !== c.toUpperCase() ? `[${forms(c)}]` : escape(c))).join('');
  return `/(?!${escape(word)})${body}/`;
}

/** A character's upper and lower case and, for ASCII letters and digits, their full-width forms (as prh's default does). */
function forms(c: string): string {
  const set = new Set([c.toUpperCase(), c.toLowerCase()]);
  for (const x of [...set]) if (/[A-Za-z0-9]/.test(x)) set.add(String.fromCharCode(x.charCodeAt(0) + 0xfee0));
  return [...set].map(escape).join('');
}
