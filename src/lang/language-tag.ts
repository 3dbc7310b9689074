/** What a file's language tag says (XLIFF `trgLang`, PO `Language:`): English or not, a language or none. */

/** A tag of English or one of its variants: "en", "en-GB", "en_US", "EN". */
export const isEnglishTag = (tag: string): boolean => /^en(?:[_-]|$)/i.test(tag);

/** Codes that are no one language: undetermined, several, no linguistic content. */
const NO_LANGUAGE = new Set(['und', 'mul', 'zxx', 'mis']);
/**
 * Language names in English, none for a code that names no language ("ok", "app" of app.po). Made on first
 * use: ICU takes ~20 ms to make it, which a check of English, or of a file that declares nothing, never needs.
 */
let languages: Intl.DisplayNames | undefined;

/**
 * A declared target language that is English, or none declared (plain text, Markdown, HTML, and bilingual
 * files that do not say): "en", "en-GB", "en_US", "EN", "eng". A tag that names no language (a PO file's name
 * taken for one, "ok.po", "big.po"; "und") is none declared: translint's rules read English.
 */
export function readsAsEnglish(target: string | undefined): boolean {
  const tag = target?.trim().replace(/_/g, '-') ?? '';
  if (tag === '' || isEnglishTag(tag)) return true;
  const primary = (tag.split('-')[0] as string).toLowerCase();
  if (NO_LANGUAGE.has(primary)) return true;
  let name: string | undefined;
  try {
    name = (languages ??= new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' })).of(primary);
  } catch {
    return true;
  }
  return name === undefined || name === 'English';
}
