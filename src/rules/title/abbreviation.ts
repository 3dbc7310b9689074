import type { Token } from '../../document/tokens.js';
import { rewritesOnlyProse } from '../../document/writable.js';
import { isCapitalized, startsSentence } from '../../document/tokens.js';
import type { GlossaryEntry } from '../../glossary/types.js';
import { editDistance } from '../../lang/edit-distance.js';
import { isEnglishWord } from '../../lang/english.js';
import type { Rule, RuleContext, SourceLang } from '../types.js';

export const meta = {
  id: 'title/abbreviation',
  severity: 'warning',
  description:
    'A rank or honorific before a name that machine translation mangled: German, French or Spanish abbreviations ' +
    '("Gens", "Gral.", "Oberst", "Hr.", "Dra."; "M.", "Mme" and "Sr." only with --source-lang fr / es) or a near ' +
    'copy of a title the glossary gives for that person.',
  confidence:
    '0.95 when the name is a glossary person whose titles include the correction; 0.85 for a known mangled form ' +
    'before another capitalised name; 0.75 for a form only similar to the person\'s glossary title.',
  examples: [{ text: 'a representative of the Libyan Gens Saddam Haftar, who', flagged: 'Gens Saddam Haftar', suggestion: 'Gen. Saddam Haftar' }],
} satisfies Rule['meta'];

/** Mangled title (lower case, no final period) → the English abbreviation. */
const MANGLED = new Map<string, string>([
  ['gens', 'Gen.'], ['genl', 'Gen.'], ['gral', 'Gen.'], ['gén', 'Gen.'], ['generalleutnant', 'Lt. Gen.'],
  ['generalmajor', 'Maj. Gen.'], ['oberst', 'Col.'], ['oberstleutnant', 'Lt. Col.'], ['hauptmann', 'Capt.'],
  ['cnel', 'Col.'], ['tte', 'Lt.'], ['sgto', 'Sgt.'], ['almte', 'Adm.'], ['hr', 'Mr.'], ['hrn', 'Mr.'],
  ['bundeskanzler', 'Chancellor'], ['staatssekretär', 'State Secretary'],
  // Spanish honorifics no English text writes
  ['sra', 'Ms.'], ['srta', 'Ms.'], ['dra', 'Dr.'], ['sres', 'Messrs.'],
]);
/**
 * Honorifics that are English words or initials in another reading ("M. Night", "John Smith Sr."),
 * so they count only when the text is known to come from that language.
 */
const BY_SOURCE: Record<SourceLang, Map<string, string>> = {
  de: new Map([['fr', 'Ms.']]),
  fr: new Map([['m', 'Mr.'], ['mm', 'Messrs.']]),
  es: new Map([['sr', 'Mr.']]),
};
/**
 * French honorifics English writes too, with or without a period ("Mme Cestre" in a story set in Paris;
 * "Messrs. and Mmes. Thompson", the plural of "Mrs."): a leftover only when the text comes from French.
 */
const FRENCH_KEPT = new Map([['mme', 'Ms.'], ['mlle', 'Ms.']]);
const MAX_NAME_WORDS = 3;
/** Forms of one title written in a row that are read as one, besides the first: the scan is bounded, the rule linear. */
const MAX_REPEATS = 3;
const NAME_PARTICLES = new Set(['al', 'bin', 'ibn', 'de', 'van', 'von', 'da', 'del', 'la', 'le']);

export function check(ctx: RuleContext): void {
  const { tokens } = ctx;
  const personAt = new Map<number, { entry: GlossaryEntry; last: number }>();
  for (const m of ctx.matches) {
    if (m.entry.category !== 'person') continue;
    const prev = personAt.get(m.firstToken);
    if (!prev || prev.last < m.lastToken) personAt.set(m.firstToken, { entry: m.entry, last: m.lastToken });
  }

  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] as Token;
    if (tok.kind !== 'word' || !capitalized(tok.text)) continue;
    const hasPeriod = tokens[i + 1]?.text === '.' && !(tokens[i + 1] as Token).spaceBefore;
    let nameStart = hasPeriod ? i + 2 : i + 1;
    const rank = MANGLED.get(tok.lower);
    // the title written twice ("Gens Gens Haftar", "Gens. Gens", "Gral Gen. Haftar") is one title: all the
    // forms that read as the same rank are replaced by one, if a name follows them (in "Gral Gens spoke"
    // the second word is the name)
    if (rank) nameStart = sameRankAfter(ctx.text, tokens, nameStart, rank);
    // forms of the rank before a quoted name ("Gens Gens \"Haftar\""): which word is the name is not clear
    if (nameStart < 0) continue;
    // the same word written again ("Gens Gens Haftar"): up to MAX_REPEATS copies (a line of 40,000 "Paris"
    // was scanned to its end from every word of it)
    else for (let n = 0; n < MAX_REPEATS && !hasPeriod && tokens[nameStart]?.lower === tok.lower && tokens[nameStart]?.spaceBefore && tokens[nameStart + 1]?.spaceBefore && !lineBetween(ctx.text, tokens, nameStart); n++) nameStart++;
    const first = tokens[nameStart];
    if (!first || !first.spaceBefore || first.segment !== tok.segment || first.kind !== 'word' || !capitalized(first.text)) continue;
    const person = personAt.get(nameStart);
    // no correction can come of it (the tests below ask for one of these): most capitalised pairs
    const french = ctx.sourceLang === 'fr' ? FRENCH_KEPT.get(tok.lower) : undefined;
    if (!MANGLED.has(tok.lower) && !french && !(ctx.sourceLang && hasPeriod && BY_SOURCE[ctx.sourceLang].has(tok.lower)) && !person?.entry.titles) continue;
    // a title and its name stand on one line
    if (/[\n\r]/.test(ctx.text.slice((tokens[nameStart - 1] as Token).end, first.start))) continue;
    const nameEnd = person ? person.last : nameExtent(ctx, nameStart);
    const name = nameText(ctx, nameStart, nameEnd);
    // markup between the title and the name (`<b>Gens</b> Haftar`): the title alone is replaced, so that
    // the finding's range holds no tag for its fix to delete
    const titleOnly = markupBetween(ctx, (tokens[nameStart - 1] as Token).end, first.start);

    let correction = MANGLED.get(tok.lower) ?? french ?? (ctx.sourceLang && hasPeriod && !afterName(ctx.text, tokens, i) ? BY_SOURCE[ctx.sourceLang].get(tok.lower) : undefined);
    let confidence = 0.85;
    if (correction && person?.entry.titles?.includes(correction)) confidence = 0.95;
    if (!correction && person?.entry.titles) {
      // a near copy of one of the person's own one-word titles ("Gne." for "Gen.")
      const own = person.entry.titles.find((t) => !/\s/.test(t) && near(tok.lower, t));
      if (own) {
        correction = own;
        confidence = 0.75;
      }
    }
    if (!correction) continue;
    // the right title written just before the mangled one ("Gen. Gens Saddam Haftar", "Gen Gens.", "Lt. Gen.
    // Generalleutnant") is the same title: both go
    const before = ctx.text.slice(Math.max(0, tok.start - correction.length - 1), tok.start);
    const start = before === `${correction} ` && !/[\p{L}\p{N}]/u.test(ctx.text.charAt(tok.start - correction.length - 2)) ? tok.start - correction.length - 1 : sameRankBefore(ctx.text, tokens, i, correction);
    const end = titleOnly ? (tokens[nameStart - 1] as Token).end : (tokens[nameEnd - 1] as Token).end;
    const replacement = titleOnly ? correction : `${correction} ${person ? person.entry.term : name}`;
    if (ctx.text.slice(start, end) === replacement) continue;
    ctx.report({
      start,
      end,
      message: `"${ctx.text.slice(tok.start, (tokens[hasPeriod ? i + 1 : i] as Token).end)}" is not an English title: write "${correction}" before the name`,
      confidence,
      suggestions: [{ text: replacement, confidence }],
      autofix: confidence >= 0.85,
      ...(person ? { entry: person.entry } : {}),
    });
    i = nameEnd - 1;
  }
}

/** A title form that reads as the English title `title`: a mangled form of it, or it with or without its period. */
function sameRank(lower: string, title: string): boolean {
  return MANGLED.get(lower) === title || lower === title.slice(0, title.endsWith('.') ? -1 : undefined).toLowerCase();
}

/** Token `j` is a capitalised word after a space, on the line of the token before it. */
function spacedWordOnLine(text: string, tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  return t !== undefined && j > 0 && t.kind === 'word' && t.spaceBefore && t.segment === (tokens[j - 1] as Token).segment && capitalized(t.text) && !lineBetween(text, tokens, j);
}

/** A line break between token `j` and the one before it. */
function lineBetween(text: string, tokens: readonly Token[], j: number): boolean {
  return /[\n\r]/.test(text.slice((tokens[j - 1] as Token).end, (tokens[j] as Token).start));
}

/** Token `j` is a "." written against the word before it. */
function gluedPeriod(tokens: readonly Token[], j: number): boolean {
  return tokens[j]?.text === '.' && !(tokens[j] as Token).spaceBefore;
}

/**
 * Where the name starts after the title forms from token `j` on that read as `title` ("Gens", "Gen."), each
 * with its period: past them if a capitalised word follows them, -1 if a quotation mark does, else `j` (the
 * last form is the name).
 */
function sameRankAfter(text: string, tokens: readonly Token[], j: number, title: string): number {
  let k = j;
  for (let n = 0; n < MAX_REPEATS && spacedWordOnLine(text, tokens, k) && sameRank((tokens[k] as Token).lower, title); n++) k += gluedPeriod(tokens, k + 1) ? 2 : 1;
  if (k > j && spacedWordOnLine(text, tokens, k)) return k;
  // the forms run up to a quotation mark: -1 (the name is quoted, or the last form is: no fix is safe)
  return k > j && QUOTE.test(tokens[k]?.text ?? '') ? -1 : j;
}

const QUOTE = /^["“”„«»'‘’]$/u;

/** Where the title forms that read as `title` right before token `i` start ("Gen Gens.", "Gral Gens"), or token `i`'s start. */
function sameRankBefore(text: string, tokens: readonly Token[], i: number, title: string): number {
  let k = i;
  for (let n = 0; n < MAX_REPEATS; n++) {
    const w = gluedPeriod(tokens, k - 1) ? k - 2 : k - 1;
    if (w < 0 || (tokens[w] as Token).kind !== 'word' || !spacedWordOnLine(text, tokens, k) || !sameRank((tokens[w] as Token).lower, title) || !capitalized((tokens[w] as Token).text)) break;
    k = w;
  }
  return (tokens[k] as Token).start;
}

/** Capitalised words (and name particles between them) after a title, up to three, on its line, with no markup between them. */
function nameExtent(ctx: RuleContext, start: number): number {
  const { text, tokens } = ctx;
  let end = start + 1;
  let words = 1;
  while (words < MAX_NAME_WORDS) {
    const t = tokens[end];
    if (!t || t.kind !== 'word' || !t.spaceBefore || t.segment !== (tokens[start] as Token).segment || lineBetween(text, tokens, end)) break;
    if (markupBetween(ctx, (tokens[end - 1] as Token).end, t.start)) break;
    if (isCapitalized(t.text)) words++;
    else if (!NAME_PARTICLES.has(t.lower) || !isCapitalized(tokens[end + 1]?.text ?? '')) break;
    end++;
  }
  return end;
}

/**
 * The name's words as a reader sees them: each token's own text (an entity in it decoded, `Haf&#x74;ar`
 * reads "Haftar"), with the file's spaces between them, or one space where an entity stands there
 * (`Saddam&nbsp;Haftar`): never the prose view's padding.
 */
function nameText(ctx: RuleContext, start: number, end: number): string {
  const { tokens, text, doc } = ctx;
  let out = (tokens[start] as Token).text;
  for (let k = start + 1; k < end; k++) {
    const gap = text.slice((tokens[k - 1] as Token).end, (tokens[k] as Token).start);
    out += (gap === doc.text.slice((tokens[k - 1] as Token).end, (tokens[k] as Token).start) ? gap : ' ') + (tokens[k] as Token).text;
  }
  return out;
}

/** Markup stands in text[from, to) of the file: something the prose leaves out that is not an entity or escape. */
function markupBetween(ctx: RuleContext, from: number, to: number): boolean {
  return ctx.doc.prose !== undefined && !rewritesOnlyProse(ctx.doc, from, to, true);
}

/**
 * The token follows a name or an initial: "Richard M. Nixon" and "J. M. Cheshire" have a middle initial,
 * "John Smith Sr." a suffix. A capitalised ordinary word that starts the sentence ("Then M. Lecornu")
 * is not a name.
 */
function afterName(text: string, tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev || prev.segment !== (tokens[i] as Token).segment) return false;
  if (prev.text === '.') {
    const initial = tokens[i - 2];
    return initial !== undefined && initial.kind === 'word' && initial.text.length === 1 && isCapitalized(initial.text);
  }
  if (prev.kind !== 'word' || !isCapitalized(prev.text)) return false;
  return !(startsSentence(text, tokens, i - 1) && isEnglishWord(prev.text));
}

/** isCapitalized, without the two case conversions for a word starting with an ASCII character. */
function capitalized(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return isCapitalized(word);
}

function near(word: string, title: string): boolean {
  const bare = title.replace(/\.$/, '').toLowerCase();
  if (word === bare) return false; // "Gen" for "Gen.": British style, not an error
  return word.length >= 3 && word[0] === bare[0] && editDistance(word, bare, 1) <= 1;
}

export default { meta, check } satisfies Rule;
