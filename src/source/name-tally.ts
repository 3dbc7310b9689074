import { editDistance } from '../lang/edit-distance.js';
import { isCapitalisedEntry, isEnglishWord } from '../lang/english.js';
import { nameData } from '../names/data.js';
import type { Span } from './aligned.js';
import { calendarNames } from './exonym-spelling.js';
import { langData } from './lang-data.js';
import { writesName, type SourceName, type TargetWord } from './names.js';

/**
 * Names of an aligned source sentence that its translation has no word left for. Each name that some
 * capitalised word of the target writes (as written, inflected, romanised) is accounted for; the others
 * are matched one to one with the target's capitalised words that write no name of the original (a
 * Western name spelled in Cyrillic, "Анджелиной" for "Angelina", does not romanise back to its English
 * spelling, but it still takes a capitalised word). Names left over when those run out are missing.
 * A person pronoun of the target ("he", "her") stands for one name that `known` accepts (one the
 * reader met before). Not counted as a free word: an English word capitalised at a sentence start ("The"), a word that
 * writes another capitalised word of the original (`capitals`: a given name the dictionary knows). The same name twice (two cases of it) counts once. Linear in names × words.
 */
/** `words` are the target sentence's capitalised words; `anyCase` all its words (a name written in lower case is translated). */
export function unaccountedNames(
  names: readonly SourceName[],
  words: readonly TargetWord[],
  text: string,
  target: Span,
  capitals: readonly SourceName[],
  anyCase: readonly TargetWord[] = words,
  taken: (w: TargetWord) => boolean = () => false,
  known: (n: SourceName) => boolean = () => true,
): SourceName[] {
  const open: SourceName[] = [];
  for (const name of names) {
    if (isEnglishWord(name.text) || anyCase.some((w) => writesName(name, w))) continue;
    // "Путин" and "Путина": one name
    if (open.some((o) => o.forms.some((f) => name.forms.includes(f)) || o.keys.some((k) => name.keys.includes(k)))) continue;
    open.push(name);
  }
  if (open.length === 0) return open;
  // an English word that its dictionary lists only in lower case ("President", "Department"), a weekday,
  // a month or an honorific ("Mr") is capitalised in English where the original has a lower-case word:
  // it stands for no name of the original's dictionary ("Україна", "Михайло"), only for a word the
  // dictionary does not know, which may be an institution translated ("Госжилинспекции" → "State Housing
  // Inspectorate"); "Harry", "White", "Bridges" are listed with their capital: names too
  const free: TargetWord[] = [];
  const common: TargetWord[] = [];
  const writesCapital = words.map((w) => capitals.some((n) => writesName(n, w)));
  const nameLike = words.map((w, i) => writesCapital[i] || !isEnglishWord(w.token.text) || isCapitalisedEntry(w.token.text));
  // right beside a word of a name ("Sean Bean", "Lech Kaczynski"), an English word is part of the name
  const beside = (i: number) =>
    [i - 1, i + 1].some((j) => {
      const o = words[j];
      if (!o || !nameLike[j]) return false;
      const [a, b] = j < i ? [o.token, (words[i] as TargetWord).token] : [(words[i] as TargetWord).token, o.token];
      return /^[ \u00a0-]$/u.test(text.slice(a.end, b.start));
    });
  // an acronym of the original that no word writes ("ВКТ", "МКС") is said by an English one ("CGT", "ISS"):
  // that many acronyms of the translation stand for those, not for a name ("CGT" is no "Париже")
  let acronyms = capitals.filter((c) => c.text.length >= 2 && c.text === c.text.toUpperCase() && !words.some((w) => writesName(c, w))).length;
  words.forEach((w, i) => {
    if (writesCapital[i] || taken(w) || notAName(w.token.text)) return;
    if (acronyms > 0 && w.token.text.length >= 2 && w.token.text === w.token.text.toUpperCase() && /\p{Lu}/u.test(w.token.text)) {
      acronyms--;
      return;
    }
    const english = isEnglishWord(w.token.text);
    if (english && sentenceStart(text, w.token.start, target.start)) return;
    // an acronym ("SNRI" for "Держатомрегулювання") stands for an institution, never for a place
    if (nameLike[i] || beside(i) || w.token.text === w.token.text.toUpperCase()) free.push(w);
    else common.push(w);
  });
  // a pronoun may stand for a person named in the original ("Путин говорил" → "He spoke"): one name each
  for (const w of anyCase) {
    if (!englishPronouns().has(w.token.lower)) continue;
    // a pronoun stands for a person: the last name that is not a place (nor an adjective of one)
    const person = open.findLastIndex((n) => !n.place && !n.adjective && known(n));
    if (person >= 0) open.splice(person, 1);
  }
  // each free word stands for the open name nearest it in letters
  // a place is said by its English name (exonyms.ts) or not at all: no other capitalised word stands for it
  take(open, free, (n) => !n.place);
  take(open, common, (n) => !n.known);
  return open;
}

/** Each word takes the open name (that `may` allows) nearest it in letters, out of `open`. */
function take(open: SourceName[], words: readonly TargetWord[], may: (n: SourceName) => boolean): void {
  for (const w of words) {
    let best = -1;
    let bestDistance = Infinity;
    open.forEach((n, i) => {
      if (!may(n)) return;
      const d = Math.min(...n.forms.map((f) => editDistance(f, w.folded)));
      if (d < bestDistance) [best, bestDistance] = [i, d];
    });
    if (best < 0) return;
    open.splice(best, 1);
  }
}

let notNames: Set<string> | undefined;
let pronouns: ReadonlySet<string> | undefined;

/** English personal pronouns (corpora/lang/languages.json), made into a set once. */
function englishPronouns(): ReadonlySet<string> {
  return (pronouns ??= new Set(langData('en')?.personPronouns ?? []));
}

/**
 * English words capitalised that are no one's name: weekdays and months (from Intl, so no list) and the
 * one-word honorifics of corpora/names/honorifics.txt ("Mr", "Dr"), as the name data reads them, written
 * with a capital and the rest in lower case.
 */
function notAName(word: string): boolean {
  if (!notNames) notNames = new Set(calendarNames('en').values());
  if (notNames.has(word)) return true;
  const lower = word.toLowerCase();
  if (word !== word.charAt(0).toUpperCase() + lower.slice(1)) return false;
  return nameData().honorifics.get(lower)?.some((words) => words.length === 1) ?? false;
}

/** At the start of the span or after sentence punctuation (a quote, a colon). */
export function sentenceStart(text: string, at: number, from: number): boolean {
  return /(^|[.!?:"“”]\s*)$/u.test(text.slice(Math.max(from, at - 3), at));
}

/** Between two words of one name in the original: spaces, a hyphen or an apostrophe, or a particle of `lang` ("де", "фон"). */
function joinedBy(between: string, lang: string): boolean {
  // not across a line break: a list of names ("Павел Смирнов\nОтдел рекламы") has one a line
  if (/^[ \u00a0'’‐-]+$/u.test(between)) return true;
  const particle = /^[ \u00a0]+(\p{Ll}+)[ \u00a0]+$/u.exec(between)?.[1];
  if (particle === undefined) return false;
  // English particles are the name matcher's (corpora/names/particles.yaml); other languages' are in corpora/lang
  return lang === 'en' ? nameData().particles.has(particle) : (langData(lang)?.nameParticles ?? []).includes(particle);
}
const CAPITAL_AFTER = /^(?:[ \u00a0]+(?:(\p{Ll}{1,4})[ \u00a0]+)?|[‐-])\p{Lu}/u;
const CAPITAL_BEFORE = /(\p{Lu}[\p{L}\p{M}.]*)(?:[ \u00a0]+(?:(\p{Ll}{1,4})[ \u00a0]+)?|[‐-])$/u;

/**
 * A capitalised word right after (or before) a target word, across an English name particle ("van",
 * "bin"), not "and"; before it, not a title (corpora/names/titles.txt: "President Zelenskyy" has no
 * given name before the surname).
 */
function capitalBeside(re: RegExp, around: string): boolean {
  const m = re.exec(around);
  if (m === null) return false;
  if (re === CAPITAL_AFTER) return m[1] === undefined || nameData().particles.has(m[1]);
  return (m[2] === undefined || nameData().particles.has(m[2])) && !titleWords().has((m[1] as string).toLowerCase().replace(/\.$/, ''));
}

let titleEnds: Set<string> | undefined;
/** The last words of the titles in the name data ("president", "minister", "gen"), made once. */
function titleWords(): Set<string> {
  if (!titleEnds) {
    titleEnds = new Set<string>();
    for (const list of nameData().titles.values()) for (const words of list) titleEnds.add(words[words.length - 1] as string);
  }
  return titleEnds;
}

/**
 * The name's other half is written here but the name is not beside it: the original has "Александр
 * Яценко", the translation "Aleksandr, looks" (no capitalised word after "Aleksandr"), or "Сергей
 * Никитенко" and "the head, Nikitenko" (none before it). `capitals` are the original sentence's
 * capitalised words (sourceCapitals), in order. A capitalised word where the name would stand, in
 * whatever spelling, keeps the name: a Western name spelled in Cyrillic does not romanise back to its
 * English spelling.
 */
export function droppedBeside(
  name: SourceName,
  capitals: readonly SourceName[],
  words: readonly TargetWord[],
  source: string,
  text: string,
  lang: string,
  apart: (c: SourceName) => boolean = () => false,
): boolean {
  const at = capitals.findIndex((c) => c.start === name.start);
  if (at < 0) return false;
  // `apart`: a word that is no part of a person's name (a place: "Банка России Эльвира Набиуллина")
  const joined = (a: SourceName | undefined, b: SourceName | undefined) =>
    a !== undefined && b !== undefined && !apart(a) && !apart(b) && joinedBy(source.slice(a.end, b.start), lang);
  const before = capitals[at - 1];
  const after = capitals[at + 1];
  // two capitalised words, no more: in a run of three the parts may be two names or a place and a name
  // ("сборной Аргентины Эрнан Креспо", "студентом Гарварда Марком Цукербергом")
  if (joined(before, name) === joined(name, after)) return false;
  const sides: [SourceName, 'after' | 'before'][] = [];
  // the word before the name is written: the name stood after it
  if (joined(before, name) && !joined(capitals[at - 2], before)) sides.push([before as SourceName, 'after']);
  if (joined(name, after) && !joined(after, capitals[at + 2])) sides.push([after as SourceName, 'before']);
  return sides.some(([other, side]) => {
    // by its letters or by another convention of them ("Elena" for Елена, romanised "Yelena")
    const written = words.filter((w) => writesName(other, w) || other.variants?.test(w.folded));
    if (written.length === 0) return false;
    return written.every((w) => {
      const { start, end } = w.token;
      return side === 'after' ? !capitalBeside(CAPITAL_AFTER, text.slice(end, end + 12)) : !capitalBeside(CAPITAL_BEFORE, text.slice(Math.max(0, start - 40), start));
    });
  });
}
