import { isEnglishWord } from '../../lang/english.js';
import { MIN_PAIR_CONFIDENCE } from '../../source/aligned.js';
import { sourceDictionary } from '../../source/dictionary.js';
import { compareNumbers } from '../../source/compare-numbers.js';
import { fold } from '../../source/name-key.js';
import { droppedBeside, unaccountedNames } from '../../source/name-tally.js';
import { misspelling } from '../../source/misspelling.js';
import { writesName, type SourceName, type TargetWord } from '../../source/names.js';
import { isPlaceName } from '../../source/exonyms.js';
import { isDictionaryName } from '../../source/known-names.js';
import { hasGap, lostStart, strandedName } from '../../source/gap.js';
import { lostOpener } from '../../source/lost-opener.js';
import { replacingWord, writesSide, type Side } from '../../source/replaced-name.js';
import { langData } from '../../source/lang-data.js';
import { exonymWritten, homographNames, missingCandidates, notFree } from '../../source/missing-names.js';
import { pairSourceCapitals, pairTargetWords, writesAny, writtenInTarget } from '../../source/pair-names.js';
import type { Rule, RuleContext } from '../types.js';
import type { AlignedPair, AlignedSource } from '../../source/aligned.js';

export const meta = {
  id: 'source/missing',
  severity: 'warning',
  description:
    'A name or number of the original that the aligned translation sentence lacks altogether (neither as written, ' +
    'inflected, by a transliteration convention, spelled out, nor in the sentence before or after). Reported on the ' +
    'target sentence. A name counts only when the translation keeps it elsewhere, or keeps the other half of it here ' +
    '("Keir" without "Starmer"): translators translate or drop names that they do not keep anywhere. Names that ' +
    'source/names finds misspelled are left to it. A name of a Cyrillic original, whose romanisation need not be its ' +
    'English spelling ("Йовович", Jovovich), is reported when the translation writes it elsewhere, when the sentence ' +
    'has fewer capitalised words left than names of the original it does not write, or when the other half of a ' +
    'two-word name is written with no capitalised word beside it ("Aleksandr, looks" for "Александр Яценко"); a person ' +
    'pronoun ("he", "her") stands for one name the original named in an earlier sentence or the translation writes ' +
    'somewhere; an acronym of the translation stands for one of the original ("SNRI" for "Держатомрегулювання"). A word ' +
    'a quotation opens inside a Cyrillic sentence that the dictionary does not know (a company: "в "Роскосмосе"") is a ' +
    'name, dropped only when the translation writes it elsewhere or the sentence has a hole where it was (a brand is ' +
    'often said by its kind: "Ашан", "the supermarket"). An adjective in -ский/-ський counts only when it is a ' +
    'place\'s ("Московского кинофестиваля"), not "Олимпийских играх". A German genitive ("Putins") is its name, ' +
    'said too by another name\'s possessive ("the Kremlin\'s spokesman"). A word in Latin letters in a Hebrew or Japanese original ("PayPay") is ' +
    'reported when the sentence lacks it. A proper noun of the original\'s dictionary inside a sentence ("Москва", ' +
    '"Putin/S" in German) or a country, region or language ("Deutschland", "Польщі") counts too when the sentence has ' +
    'no capitalised word left for it; a country is found by its English name or adjective (Intl.DisplayNames: ' +
    '"Польщі" → Poland, Polish). Where the sentence has a hole where a word was left out (an article before punctuation ' +
    'or a preposition: "membership of the in the Union"; "between Kyiv and."; "(- Ed.)"; `trust," said.`; "In, Turkey," opening a sentence; an initial before a ' +
    'small word, "E. said"; a sentence begun in lower case or with "\'s" where the original begins with a capital; a ' +
    'preposition ending the sentence where the original has a preposition right before the name: "am Schluchsee" → "on ' +
    'Sunday at."), a name of the original it does not write counts as dropped, and so does a capitalised word inside a ' +
    'Cyrillic sentence that is also a common noun ("Перекрестке", "Бучею"). The name that opened the original\'s sentence ' +
    '(one its dictionary does not know, or a place) is dropped when the translation begins in lower case or with ":" and ' +
    'writes it nowhere in the sentence ("Семаглутид та інші" → "and other medications"). A surname that is a common word ' +
    'too ("Кавун"; German: one English knows as a name, "Geiger") is dropped when its given name stands with no capitalised ' +
    'word after it ("Evgeny, presented"); a name joined by a hyphen to a noun the sentence writes, the name written in no case ' +
    '("das Nordcon-Team" → "the team"), is dropped too. Where the alignment is unsure (below 0.7), a name that the ' +
    'translation\'s sentence before or after writes is not dropped: the sentences\' border may be misplaced. ' +
    'Where the name\'s other half is written and right beside it, where the name was, stands a capitalised word that ' +
    'no word of the original writes and English does not know ("Thorsten Faithr" for "Thorsten Glauber"), that word is ' +
    'flagged instead of the sentence, with the original\'s name as the suggestion (not for a Cyrillic original, whose ' +
    'Western names need not romanise to their English spelling: "Jacques" for "Жака"). Needs the original (--source).',
  confidence:
    '0.6 for a missing number, 0.55 for a missing name, lowered with the alignment\'s confidence; silent where the ' +
    'sentences are not surely aligned. Translators do drop and paraphrase, so this rule is a prompt to look, not a verdict.',
  examples: [
    {
      source: 'Keir Starmer reiste ab. Danach sprach Keir Starmer mit Paul Kagame.',
      text: 'Keir Starmer left. Then Keir spoke with Paul Kagame.',
      flagged: 'Then Keir spoke with Paul Kagame.',
    },
  ],
} satisfies Rule['meta'];

export function check(ctx: RuleContext): void {
  const src = ctx.source;
  if (!src) return;
  const writtenElsewhere = writtenInTarget(src, ctx.tokens);
  // the forms of the capitalised words of the original's earlier sentences (linear): a pronoun stands for a
  // name only when the original named that person before, or the translation writes it. Speed: gathered
  // when first asked, up to the pair asked about (most checks never ask: a set of every capital's forms,
  // a German original's nouns too, was a tenth of what this rule allocated)
  const earlier = new Set<string>();
  let gathered = 0;
  const namedBefore = (n: SourceName, k: number): boolean => {
    for (; gathered < k; gathered++) for (const c of pairSourceCapitals(src, gathered)) for (const f of c.forms) earlier.add(f);
    return n.forms.some((f) => earlier.has(f));
  };
  const checkPair = (pair: AlignedPair, k: number): void => {
    if (pair.confidence < MIN_PAIR_CONFIDENCE) return;
    const scale = Math.min(1, pair.confidence + 0.2);
    const lacking: string[] = [];
    let confidence = 0;
    const lackName = (name: SourceName): void => {
      lacking.push(`"${name.text}"`);
      confidence = Math.max(confidence, 0.55);
    };
    for (const q of compareNumbers(src, k, ctx.text).missing) {
      lacking.push(`"${q.text}"`);
      confidence = Math.max(confidence, 0.6);
    }
    // only words the dictionary does not know: a noun it knows that the translation keeps somewhere
    // ("Volkskammer") is not a name it must keep everywhere
    const romanised = src.lang === 'ru' || src.lang === 'uk';
    // a Cyrillic dictionary word ("Путин", "Київ") when the translation writes it somewhere: an exonym it
    // translates ("Польща", Poland) or a capitalised pronoun ("Вами") does not count
    // an adjective of a place ("Финского залива", "Турецької Республіки") is said by the place's English
    // name or adjective ("Gulf of Finland", "Turkish Republic"): any such word of the sentence accounts for it
    const names = missingCandidates(src, k, ctx.tokens).filter(
      (n) => !exonymWritten(n, src.lang, () => pairTargetWords(src, k, ctx.tokens, true), pairSourceCapitals(src, k)) && !(n.adjective && pairTargetWords(src, k, ctx.tokens).some(notFree)),
    );
    const byText = new Map(names.map((n) => [fold(n.text), n]));
    // a capitalised word beside a name, with the name of the original it is, if any
    const side = (n: string | undefined): Side | undefined => (n === undefined ? undefined : { word: n, name: byText.get(fold(n)) });
    // the pair's own target only: a name written in the sentence before does not stand for one dropped here
    const here = names.length > 0 ? pairTargetWords(src, k, ctx.tokens) : [];
    // a name written in lower case is a word the translation translates ("Фитнес" → "fitness")
    const lower = (romanised || !sourceDictionary(src.lang)) && names.length > 0 ? pairTargetWords(src, k, ctx.tokens, true) : here;
    const tally = romanised || names.some((n) => n.proper);
    const capitals = tally && names.length > 0 ? pairSourceCapitals(src, k) : [];
    const untold = tally && names.length > 0 ? unaccountedNames(romanised ? names : names.filter((n) => n.proper), here, ctx.text, pair.target, capitals, lower, notFree, (n) => writtenElsewhere(n) || namedBefore(n, k)) : [];
    // the sentence has a hole where a word was left out (gap.ts), worked out once when first asked
    let gap: boolean | undefined;
    const holed = (): boolean => (gap ??= hasGap(ctx.text, pair.target) || lostStart(ctx.text, pair.target, src.text, pair.source));
    const genitive = langData(src.lang)?.genitiveS === true;
    // where the alignment is unsure, the sentences' border may be misplaced ("… pixels: «Трон: Наследие»" split
    // after "pixels." in the translation): a name the next or the previous sentence of the translation writes is there
    const besidePair = (name: SourceName): boolean => pair.confidence < SURE_PAIR && [k - 1, k + 1].some((x) => x >= 0 && x < src.pairs.length && writesAny(name, pairTargetWords(src, x, ctx.tokens, true)));
    // (replacingWord reads the sentence's words once per name: a few names a sentence, capped for a pathological one)
    let pinned = 0;
    for (const name of names) {
      // an English word in the original ("App", "Board") is a loanword the translation writes in lower case
      if (writesAny(name, lower) || misspelling(name, here) || isEnglishWord(name.text) || besidePair(name)) continue;
      // a company or brand in quotes ("в "Ашан"") is often said by its kind ("to the supermarket"): dropped only
      // when the translation writes it elsewhere or the sentence has a hole where it was
      if (name.quoted && !writtenElsewhere(name) && !holed()) continue;
      // a German genitive ("Putins Sprecher") said by another name's possessive ("the Kremlin's spokesman")
      if (genitive && name.text.endsWith('s') && POSSESSIVE.test(ctx.text.slice(pair.target.start, pair.target.end))) continue;
      // a translator may translate or leave out a name; a name the translation writes elsewhere, or the
      // other half of a name it writes here ("Keir [Starmer]", "Cortina d'[Ampezzo]"), it kept here too
      const elsewhere = writtenElsewhere(name);
      // the first part: a name of the original the translation writes here, or a word it writes as it is
      const sides = neighbours(src.text, name, names);
      const before = side(sides.before);
      const after = side(sides.after);
      const half = [before, after].some((s) => s !== undefined && here.some((w) => writesSide(s, w))) || compoundRest(src.text, name, () => pairTargetWords(src, k, ctx.tokens, true));
      // a romanised name's half is no evidence by itself: a Western name spelled in Cyrillic does not
      // romanise back to its English spelling ("Милла Йовович" is not "Milla Jovovich" letter for letter);
      // it is missing when no capitalised word is left for it in the sentence (name-tally.ts), or none
      // stands beside its other half ("Aleksandr, looks" for "Александр Яценко")
      const beside = romanised && droppedBeside(name, capitals, here, src.text, ctx.text, src.lang, noPartOfName(src.lang));
      // a place or person the dictionary knows is often said otherwise when it comes again ("the country")
      // a name in Latin letters in a Hebrew or Japanese original is kept as it is: dropped when not here
      // or the sentence has a hole where a word was left out ("was mined in.", "between Kyiv and.")
      if (!name.asIs && !(elsewhere && !name.known) && (romanised || !half) && !untold.includes(name) && !beside && !holed() && !strandedName(ctx.text, pair.target, src.text, name.start, src.lang)) continue;
      // the word standing where the name was, beside its other half ("Thorsten Faithr" for "Thorsten Glauber"): flagged
      // itself. Not for a Cyrillic original, whose names the translation may write otherwise than they romanise ("Jacques"
      // for "Жака" is no replacement: WMT23 ru-en references, one such false flag and one injected drop reported on it)
      const instead = half && !romanised && pinned++ < MAX_PINNED ? replacingWord(ctx.text, before, after, here, pairSourceCapitals(src, k)) : undefined;
      if (instead) {
        ctx.report({
          start: instead.token.start,
          end: instead.token.end,
          message: `the original has "${name.text}" where the translation has "${instead.token.text}"`,
          confidence: Math.round(0.55 * scale * 100) / 100,
          suggestions: [{ text: name.english, confidence: 0.5 }],
        });
        continue;
      }
      lackName(name);
    }
    // the word that opened the original's sentence, lost with the translation's first word ("Семаглутид та інші
    // засоби" → "and other medications"): a name, not a word the original's dictionary knows in lower case
    const opener = lostOpener(src, k, pair, ctx.tokens, ctx.text);
    if (opener && !lacking.includes(`"${opener.text}"`)) lackName(opener);
    // a name that is a common noun too ("Бучею", "Перекрестке"), dropped where the sentence has a hole ("between Kyiv and."),
    // or where its other half stands with no capitalised word beside it ("Evgeny, presented" for "Евгений Кавун")
    if (romanised) {
      const listed = new Set(names.map((n) => n.start));
      const words = pairTargetWords(src, k, ctx.tokens);
      const all = pairTargetWords(src, k, ctx.tokens, true);
      const capitals = pairSourceCapitals(src, k);
      const homographs = homographNames(src, k).filter(
        (n) => !listed.has(n.start) && !writesAny(n, all) && !misspelling(n, words) && !exonymWritten(n, src.lang, () => all, capitals) && !besidePair(n),
      );
      // a surname that is a common noun too ("Кавун", "Соловей") after its given name, not a noun or an adjective of a
      // name translated with it ("Кубка Стэнли", "Андрія Первозванного")
      const beside = homographs.filter((n) => afterItsOtherHalf(src, n, capitals) && droppedBeside(n, capitals, words, src.text, ctx.text, src.lang, noPartOfName(src.lang)));
      const holes = homographs.length > 0 && holed() ? unaccountedNames(homographs, words, ctx.text, pair.target, capitals, all, notFree, (n) => writtenElsewhere(n) || namedBefore(n, k)) : [];
      for (const n of homographs) if (!holes.includes(n) && strandedName(ctx.text, pair.target, src.text, n.start, src.lang)) holes.push(n);
      for (const name of [...beside, ...holes.filter((n) => !beside.includes(n))]) lackName(name);
    }
    // Latin script: a surname that is a word of the dictionary too ("Vinzenz Geiger"), dropped after its given name
    if (!romanised && names.length > 0) for (const n of wordSurnames(src, k, names, here, ctx)) lackName(n);
    if (lacking.length === 0) return;
    const list = lacking.length === 1 ? lacking[0] : `${lacking.slice(0, -1).join(', ')} and ${lacking[lacking.length - 1]}`;
    ctx.report({
      start: pair.target.start,
      end: pair.target.end,
      message: `the original has ${list}, which this sentence of the translation lacks`,
      confidence: Math.round(confidence * scale * 100) / 100,
    });
  };
  src.pairs.forEach((pair, k) => checkPair(pair, k));
}

/** Names of one sentence pair whose replacing word is looked for; past it the sentence is flagged as a whole. */
const MAX_PINNED = 8;

/** Pairs aligned with less confidence than this may have their border misplaced (align.ts rate: two lines of like length that translate each other score 0.88). */
const SURE_PAIR = 0.7;

/**
 * Endings of Russian and Ukrainian adjectives, oblique ("Первозванного", "Юрского") and nominative (an epithet
 * after a given name: "Иван Грозный" is Ivan the Terrible, "Ярослав Мудрий" Yaroslav the Wise). The words
 * asked about are dictionary words: a noun that is a surname too ("Кавун", "Соловей") does not end so.
 */
const ADJECTIVE_CASE = /(?:ого|его|ому|ему|ых|их|ими|ыми|ої|ій|ою|ый|ий|ой|ая|яя|ое|ые|ие)$/u;

/** Only spaces (plain or no-break) in text[from, to), one at least: two words side by side. */
const spacesOnly = (text: string, from: number, to: number): boolean => /^[ \u00a0]+$/u.test(text.slice(from, to));

/**
 * The homograph stands right after another capitalised word of the original, as a surname after a given
 * name ("Евгений Кавун", "Алеся Соловей"), and is no adjective; not before one: a noun that opens a name
 * ("Кубка Стэнли", "Саду Бернацького", "Секторі Газа") is translated with it.
 */
function afterItsOtherHalf(src: AlignedSource, name: SourceName, capitals: readonly SourceName[]): boolean {
  const at = capitals.findIndex((c) => c.start === name.start);
  const prev = capitals[at - 1];
  // a given name is no common word: one the dictionary knows in lower case opens a title ("Аргументы Недели",
  // the paper "Arguments of the Week"), translated word for word
  return prev !== undefined && !ADJECTIVE_CASE.test(name.text) && spacesOnly(src.text, prev.end, name.start) && !sourceDictionary(src.lang)?.has(prev.text.toLowerCase());
}

/**
 * Capitalised dictionary words of the original right after one of its names that English knows as names
 * ("Vinzenz Geiger": Geiger is a violinist too) that no word of the sentence writes, while the name before stands in the translation with
 * no capitalised word after it ("Vinzenz, Eric Frenzel"): the surname was dropped. A title or noun before
 * the given name ("Olympiasieger Vinzenz Geiger") is no part of the name.
 */
function wordSurnames(src: AlignedSource, k: number, names: readonly SourceName[], here: readonly TargetWord[], ctx: RuleContext): SourceName[] {
  const capitals = pairSourceCapitals(src, k);
  const isName = new Set(names.map((n) => n.start));
  // the pair's words in any case, made only for a capital that gets so far (most pairs have none)
  let all: TargetWord[] | undefined;
  return capitals.filter((c, i) => {
    const prev = capitals[i - 1];
    // a word English knows as a surname too ("Geiger", "Fischer"), not a noun after a name ("von Tanner Aufklärung")
    if (!prev || !isName.has(prev.start) || isName.has(c.start) || c.text.length < 3 || !isDictionaryName(c.text) || !spacesOnly(src.text, prev.end, c.start)) return false;
    // the given name written as it is: not a genitive or an adjective before a noun ("Macrons Lager" → "Macron's camp",
    // "Egglburger See" → "Lake Egglburg")
    if (writesAny(c, (all ??= pairTargetWords(src, k, ctx.tokens, true))) || !here.some((w) => w.folded === fold(prev.text))) return false;
    return droppedBeside(c, capitals, here, src.text, ctx.text, src.lang, (x) => x.start !== c.start && !isName.has(x.start));
  });
}

/** A capitalised word that is no part of a person's name beside it: a place ("Банка России Эльвира") or an acronym ("ЗСУ Валерій Залужний"). */
const noPartOfName = (lang: string) => (c: SourceName) => isPlaceName(c.text, lang) || (c.text.length >= 2 && c.text === c.text.toUpperCase());

/** The noun a name is joined to by a hyphen ("Nordcon-Team", "Hollywood-Blockbuster"), written in the sentence as it is in any case ("the team"): the compound was translated and its name left out. */
function compoundRest(text: string, name: SourceName, pairWords: () => readonly TargetWord[]): boolean {
  const rest = /^-(\p{Lu}\p{Ll}{3,})(?![\p{L}-])/u.exec(text.slice(name.end, name.end + 30))?.[1];
  if (rest === undefined) return false;
  // the name not written in lower case either ("Pentest-Hardware" → "pentest hardware")
  const words = pairWords();
  return words.some((w) => w.folded === fold(rest)) && !words.some((w) => writesName(name, w));
}

const POSSESSIVE = /\p{Lu}[\p{L}\p{M}]*['’]s\b/u;
const BEFORE = /(\p{Lu}[\p{L}\p{M}]+)(?:\s+\p{Ll}{1,3})?[\s'’-]+$/u;

/**
 * The capitalised word right before a name, across a hyphen, an apostrophe or a particle ("Florian von
 * Brunn"): the first part of a name, whose last part may be dropped. Not the word after: a title or role
 * before a name ("Kombinierer Oftebro") is translated, not kept.
 */
function neighbours(text: string, name: SourceName, names: readonly SourceName[]): { before?: string; after?: string } {
  const before = BEFORE.exec(text.slice(Math.max(0, name.start - 40), name.start));
  const out: { before?: string; after?: string } = before?.[1] ? { before: before[1] } : {};
  // the word right after, when it is a name of the original too: a given name dropped before its
  // surname ("[Emmanuel] Macron"); a title before a name is no name of the original, so it never counts
  const after = names.find((n) => n.start > name.end && /^[\s'’-]+$/u.test(text.slice(name.end, n.start)));
  if (after) out.after = after.text;
  return out;
}

export default { meta, check } satisfies Rule;
