/**
 * Errors injected into a human reference, for measuring the source/ rules: one per document and kind,
 * at a place the rules could check (a name the reference keeps from its original, a number it shares).
 * A name is any capitalised word of the original's line that a word of the reference's line writes (as
 * written, inflected, romanised): the rules' own idea of a name (dictionary, sentence starts) plays no part.
 * A name the reference's line writes twice is not tried: with one of the two dropped, the name is still there.
 * Deterministic: the same data give the same injections.
 */
import { createDocument } from '../../../src/document/document.ts';
import { tokenize } from '../../../src/document/tokens.ts';
import { isEnglishWord } from '../../../src/lang/english.ts';
import { sourceCapitals, targetWords, writesName } from '../../../src/source/names.ts';

export type InjectionKind = 'name-letters' | 'digit' | 'name-dropped' | 'source-format';
export const KINDS: readonly InjectionKind[] = ['name-letters', 'digit', 'name-dropped', 'source-format'];

export interface Injection {
  kind: InjectionKind;
  /** The reference with the error. */
  text: string;
  /** Where the error is in `text` (for a dropped name: the point where it was). */
  start: number;
  end: number;
  before: string;
  after: string;
}

const VOWELS = 'aeiou';
const CONSONANTS = 'bcdfghklmnprstvz';

/** A small seeded generator, so runs are repeatable. */
export function random(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/**
 * Names of the reference that write a capitalised word of the original's corresponding line (WMT
 * lines translate each other one to one): any capitalised word, not only those the rules take for
 * names (a dictionary word, a sentence start), so that what the rules do not see is tried too; and
 * from the same line, so that an adjective ("Ukrainian refugees") is not taken for a name of another
 * sentence ("Україна").
 */
function keptNames(source: string, reference: string, lang: string) {
  const doc = createDocument(reference);
  const tokens = tokenize(doc.text, doc.segments);
  const sourceLines = lineSpans(source);
  return lineSpans(reference).flatMap((span, i) => {
    const line = sourceLines[i];
    if (!line) return [];
    const names = sourceCapitals(source, line, lang);
    // English words ("Green Deal", "Steam") are loanwords to the rules, not names they hold a translation to
    const words = targetWords(tokens, span);
    return words.filter((w) => {
      if (w.token.text.length < 5 || isEnglishWord(w.token.text)) return false;
      const written = names.filter((n) => writesName(n, w));
      // a name the line writes twice ("SPARX ... SUPER-SPARX") is still there when one is dropped or changed
      return written.length > 0 && !words.some((o) => o !== w && written.some((n) => writesName(n, o)));
    });
  });
}

/** The spans of a text's lines. */
function lineSpans(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', start)) {
    out.push({ start, end: at });
    start = at + 1;
  }
  out.push({ start, end: text.length });
  return out;
}

export function inject(kind: InjectionKind, source: string, reference: string, lang: string, rnd: () => number): Injection | undefined {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  if (kind === 'name-letters' || kind === 'name-dropped') {
    const word = pick(keptNames(source, reference, lang));
    if (!word) return undefined;
    const { start, end, text } = word.token;
    if (kind === 'name-dropped') {
      const cut = reference.charAt(end) === ' ' ? end + 1 : start > 0 && reference.charAt(start - 1) === ' ' ? end : end;
      const from = cut === end && start > 0 && reference.charAt(start - 1) === ' ' ? start - 1 : start;
      return { kind, text: reference.slice(0, from) + reference.slice(cut), start: from, end: from, before: text, after: '' };
    }
    // change one inner letter for another of its kind (a vowel for a vowel), as a garbled name does
    const at = 1 + Math.floor(rnd() * (text.length - 2));
    const ch = text.charAt(at).toLowerCase();
    const pool = VOWELS.includes(ch) ? VOWELS : CONSONANTS;
    const choices = [...pool].filter((c) => c !== ch);
    const changed = text.slice(0, at) + (pick(choices) as string) + text.slice(at + 1);
    return { kind, text: reference.slice(0, start) + changed + reference.slice(end), start, end, before: text, after: changed };
  }
  const sourceDigits = new Set(source.match(/\d+/g) ?? []);
  const numbers = [...reference.matchAll(/(?<![\p{L}\d.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,])|(?<![\p{L}\d.,])\d+\.\d+(?![\d.])|(?<![\p{L}\d.,:-])\d+(?![\d.,:-])/gu)].filter((m) =>
    (m[0].match(/\d+/g) ?? []).every((d) => sourceDigits.has(d) || sourceDigits.has(d.replace(/^0+/, ''))) || sourceDigits.has(m[0].replace(/\D/g, '')),
  );
  if (kind === 'digit') {
    const m = pick(numbers);
    if (!m) return undefined;
    const digits = [...m[0]].map((c, i) => [c, i] as const).filter(([c]) => /\d/.test(c));
    const [c, i] = digits[digits.length - 1] as readonly [string, number];
    const changed = m[0].slice(0, i) + String((Number(c) + 1 + Math.floor(rnd() * 8)) % 10) + m[0].slice(i + 1);
    const start = m.index ?? 0;
    return { kind, text: reference.slice(0, start) + changed + reference.slice(start + m[0].length), start, end: start + changed.length, before: m[0], after: changed };
  }
  // source-format: an English grouped or decimal number written the way the original's language does
  if (!['de', 'fr', 'es', 'ru', 'uk'].includes(lang)) return undefined;
  // a group of thousands written with a space still reads as the same number: only decimals for those
  const dotted = lang === 'de' || lang === 'es';
  const m = pick(numbers.filter((x) => (dotted ? /[.,]/ : /^\d+\.\d+$/).test(x[0])));
  if (!m) return undefined;
  const group = lang === 'de' || lang === 'es' ? '.' : '\u00a0';
  const changed = m[0].replace(/[.,]/g, (c) => (c === ',' ? group : ','));
  const start = m.index ?? 0;
  return { kind, text: reference.slice(0, start) + changed + reference.slice(start + m[0].length), start, end: start + changed.length, before: m[0], after: changed };
}
