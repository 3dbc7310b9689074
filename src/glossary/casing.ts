/** Short words a title-cased name keeps in lower case ("Secretary of State", "Ministry for Foreign Affairs"). */
const MINOR = new Set(['a', 'an', 'and', 'at', 'by', 'de', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'von']);

const LETTER = /\p{L}/u;

function upperFirst(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** The words of a text that hold a letter. */
function words(text: string): string[] {
  return text.split(/\s+/).filter((w) => LETTER.test(w));
}

/**
 * The replacement written in the capitalisation of the text it replaces: all capitals when that is in
 * capitals (a headline "KEIR STARRER", or one word replaced by a lower-case one); each word capitalised
 * when every word of it is ("Federal Canzler" → "Federal Chancellor" for "federal chancellor", short
 * words such as "of" left alone); a capital first letter when it has one (the start of a sentence). It
 * only ever raises letters: a term's own capitals ("State Department" for "state department") stay.
 * Case-sensitive glossary entries are not passed through this (their term is written exactly).
 */
export function matchCasing(matched: string, replacement: string): string {
  const written = words(matched);
  const allCaps = written.length > 0 && matched === matched.toUpperCase() && [...matched].filter((c) => LETTER.test(c)).length > 1;
  if (allCaps && (written.length > 1 || replacement === replacement.toLowerCase())) return replacement.toUpperCase();
  if (written.length > 1 && written.every((w) => isUpper((w.match(LETTER) ?? [''])[0] as string))) {
    let first = true;
    return replacement.replace(/\S+/g, (w) => {
      const out = first || !MINOR.has(w.toLowerCase()) ? upperFirst(w) : w;
      first = false;
      return out;
    });
  }
  const m = matched.charAt(0);
  if (m !== m.toLowerCase() && replacement.charAt(0) === replacement.charAt(0).toLowerCase()) return upperFirst(replacement);
  return replacement;
}
