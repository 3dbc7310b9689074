import { editDistance } from '../../lang/edit-distance.js';
import { isEnglishWord, spells } from '../../lang/english.js';
import { around, MIN_PAIR_CONFIDENCE, sourceWindow, type AlignedPair, type AlignedSource, type Span } from '../../source/aligned.js';
import { pinyinMisspelling, pinyinSpellings } from '../../source/chinese.js';
import { misspelledExonym } from '../../source/exonym-spelling.js';
import { isPlaceWord } from '../../source/exonyms.js';
import { fold } from '../../source/name-key.js';
import { sentenceStart } from '../../source/name-tally.js';
import { isDictionaryName } from '../../source/known-names.js';
import { romanisedMisspelling } from '../../source/romanised-misspelling.js';
import { misspellingDistance } from '../../source/misspelling.js';
import { reportLetterChanged } from '../../source/letter-changed.js';
import { oneLetterFromConvention, unconventionalSpelling } from '../../source/unconventional.js';
import { targetWords, writesName, type SourceName, type TargetWord } from '../../source/names.js';
import { allTargetWords, NameFinder, pairNames, pairTargetWords, sourceWords, writtenAnywhere } from '../../source/pair-names.js';
import { keptCaseEnding, reportCaseEnding } from '../../source/case-ending.js';
import { withGlossarySpelling } from '../../source/glossary-spelling.js';
import { nameIndexOf, type NameIndex } from '../../names/name-index.js';
import type { Rule, RuleContext, RuleEnv } from '../types.js';

export const meta = {
  id: 'source/names',
  severity: 'error',
  description:
    'A name of the original written differently in the translation: "Keir Starrer" where the German says "Keir Starmer". ' +
    'A name is a capitalised word of the original that its Hunspell dictionary does not know; the translation may write it ' +
    'as it is, inflected ("Starmers"), or by a known convention ("Selenskyj" → "Zelensky", Cyrillic romanised). A word of ' +
    'the aligned target sentence one or two letters away from it is flagged, with the original\'s spelling as the fix. ' +
    'The English name of a country, region, city or language, or its adjective ("Turkish", "Kharkiv"; Intl.DisplayNames and ' +
    'corpora/lang/exonyms.json), is never taken for a misspelling; one with a letter changed is ("Mosgow" where the ' +
    'original has "Москве", "Februacy" for "Februar": 0.8). Needs the original (--source).',
  confidence:
    '0.85 for one letter changed in a name of five letters or more; 0.7 for two letters, or a shorter name; lowered with ' +
    'the alignment\'s confidence; 0.6 for a romanised (Cyrillic) name, compared by its consonants only; nothing is said ' +
    'where the sentences are not surely aligned (below 0.5). 0.7 for a word of a Cyrillic original\'s translation that the ' +
    'English dictionary does not know, one inner letter (not the first or last) off the romanisation of the original\'s name ' +
    '("Yalsenko" for Яценко) or off a name the dictionary knows that writes it and is nearer its romanisation ("Kuren" for ' +
    '"Karen", Карен: a Western name in Cyrillic does not romanise back to its English spelling, the dictionary\'s does); ' +
    'letters romanisations trade (i/y, k/c, e/a for э, h/g for Ukrainian г) never count. Words the original itself has nearby are never flagged, nor ' +
    'English words unless capitalised mid-sentence and one letter off a name of five letters or more ("Matron" for "Macron"). ' +
    'Chinese has no capitals: there each capitalised target word is compared with the pinyin of the original (pinyin-pro), ' +
    'at 0.6. A case ending kept: 0.6, lowered with the alignment\'s confidence. Which letters of a romanised name may vary is read from the original\'s letters (corpora/lang/cyrillic.json ' +
    'variants: "Sergei" and "Sergey" for Сергей); every capitalised Russian or Ukrainian word counts, and a dictionary word ' +
    'of a German, French or Spanish original ("Putin") against a word English does not know, a letter changed. In a Hebrew or ' +
    'Japanese original, a word in Latin letters ("PayPay", "ＦＵＪＩ") is a name written as it is. A name with one letter changed that reads as its stem plus an ending ("Homeion" for "Homeien"), or a name of seven letters or more with its last two changed ("Homeias"), is still flagged. ' +
    'A Russian or Ukrainian name written with its case ending ("Kinotavre" for "Кинотавре", "Buchi" for "Бучі"; an oblique ending of ' +
    'languages.json obliqueEndings, romanised letter for letter after the stem) is flagged where the name declines: the original ' +
    'writes its stem with another ending elsewhere, or its dictionary knows the word as a case form of a proper noun ("Буча"). ' +
    'With a glossary, the name read from the original is suggested as the glossary spells it, where one glossary name word ' +
    'spells it (as it is, as romanisations allow, or by a convention: "Kharkiv" where a German original has "Charkiw", ' +
    '"Mavroyiannis" for Маврояніс; for a Russian or Ukrainian name with its case ending, by its stem: "Kreminna" for Кремінної, ' +
    '"Risch" for Рішем), and a word that is itself the glossary\'s spelling is never flagged: the original spells ' +
    'the name its own way or misspells it ("Starmer" where the German has "Stamer"; src/source/glossary-spelling.ts).',
  examples: [
    {
      source: 'Der britische Premierminister Keir Starmer traf in Kigali ein.',
      text: 'The British Prime Minister Keir Starrer arrived in Kigali.',
      flagged: 'Starrer',
      suggestion: 'Starmer',
    },
  ],
} satisfies Rule['meta'];

export interface State {
  names(): NameIndex;
}

export function prepare({ glossary }: RuleEnv): State {
  return { names: () => nameIndexOf(glossary) };
}

export function check(original: RuleContext, state: State): void {
  const src = original.source;
  if (!src) return;
  // a name read from the original is suggested as the glossary writes it (glossary-spelling.ts)
  const ctx = withGlossarySpelling(original, state.names);
  const kept = new Set(allTargetWords(src, ctx.tokens).map((w) => w.folded));
  const cyrillic = src.lang === 'ru' || src.lang === 'uk';
  // a dictionary word is a name when the translation keeps it: as written, or for Cyrillic romanised
  const written = cyrillic ? writtenAnywhere(src, ctx.tokens) : (n: SourceName) => kept.has(fold(n.text));
  src.pairs.forEach((pair, k) => {
    if (pair.confidence < MIN_PAIR_CONFIDENCE) return;
    if (src.lang === 'zh') {
      checkPinyin(ctx, src.text, sourceWindow(src, k), pair);
      return;
    }
    const near = around(src, k, 1);
    const names: SourceName[] = [];
    for (const x of near) for (const n of pairNames(src, x, 'kept', written, true)) names.push(n);
    if (names.length === 0) return;
    const words = sourceWords(src), from = near[0] as number, to = near[near.length - 1] as number;
    const inSource = (w: string) => words.within(w, from, to);
    // the romanised names (compared by their consonants), once per pair rather than per word
    const romanisedNames = names.filter((n) => n.skeletons.length > 0);
    const finder = new NameFinder(names);
    // each capitalised target word that writes no name of the original but is one or two letters from one
    for (const word of pairTargetWords(src, k, ctx.tokens)) {
      if (inSource(word.folded)) {
        if (src.lang === 'de') genitive(ctx, word, kept, pair.confidence);
        continue;
      }
      // the English name of a country, region, city or language, or its adjective ("Turkish", "Kharkiv"), is no misspelling
      if (isPlaceWord(word.folded, true)) continue;
      // a case ending of the original kept ("Kinotavre" for "Кинотавре", beside "Кинотавр" elsewhere)
      const ending = cyrillic && romanisedNames.length > 0 ? keptCaseEnding(romanisedNames, word, src.lang as 'ru' | 'uk', words) : undefined;
      if (ending) {
        reportCaseEnding(ctx, ending, word, pair.confidence);
        continue;
      }
      if (romanisedMisspelling(ctx, romanisedNames, word, pair.confidence)) continue;
      // a place's English name a letter off, though the original's letters may be spelled so ("Rossia" for Росія)
      const exonym = misspelledExonym(src, near, word);
      if (exonym) {
        ctx.report({
          start: word.token.start,
          end: word.token.end,
          message: `the original has "${exonym.name.text}" here, in English "${exonym.english}"; "${word.token.text}" may be a misspelling of it`,
          confidence: Math.round(0.8 * Math.min(1, pair.confidence + 0.2) * 100) / 100,
          suggestions: [{ text: exonym.english, confidence: 0.8 }],
        });
        continue;
      }
      // another convention's spelling of a romanised name's own letters writes it ("Shotwell" for Шотуелл, у as w)
      if (romanisedNames.some((n) => n.variants?.test(word.folded))) continue;
      const writes = finder.find(word);
      if (writes) {
        const form = writes.skeletons.length > 0 ? unconventionalSpelling(writes, word) : undefined;
        if (form !== undefined) {
          ctx.report({
            start: word.token.start,
            end: word.token.end,
            message: `the original has "${writes.text}" here, written "${writes.english}"; "${word.token.text}" spells it by no convention, and may be a misspelling of it`,
            confidence: Math.round(0.6 * Math.min(1, pair.confidence + 0.2) * 100) / 100,
            // a conventional spelling one letter away ("Prokopyev" for "Prekopyev") rather than the bare romanisation
            suggestions: [{ text: writes.forms.includes(form) ? bestSpelling(writes.english, writes.text, word.token.text) : form.charAt(0).toUpperCase() + form.slice(1), confidence: 0.5 }],
          });
        } else if (writes.skeletons.length > 0) ownSpelling(ctx, src, writes, word, pair.confidence);
        else reportLetterChanged(ctx, writes, word, pair.confidence);
        continue;
      }
      if (conventionalNeighbour(ctx, romanisedNames, word, pair.confidence)) continue;
      const nearest = closest(names, word);
      if (!nearest) continue;
      const { name, distance } = nearest;
      // an English word is a misspelling only mid-sentence, one letter off a long name that the translation
      // writes correctly elsewhere ("Matron's faction" beside "Macron"): else it is likely a translation
      if (isEnglishWord(word.token.text) && (distance > 1 || word.folded.length < 5 || !name.forms.some((f) => kept.has(f)) || sentenceStart(ctx.text, word.token.start, pair.target.start))) continue;
      const { token } = word;
      const romanised = name.skeletons.length > 0;
      // a name the English dictionary knows is the English spelling of a romanised one ("Petersburg" for
      // "Петербурге", "Odessa" for "Одесской"); a bent one is found by romanisedMisspelling
      if (romanised && isDictionaryName(token.text)) continue;
      // an established place or person (a dictionary word of a Cyrillic original) often has an English name a
      // letter longer or shorter than its romanisation ("Peterburg", Petersburg): only a letter changed counts
      if (romanised && name.known && !name.forms.some((f) => f.length === word.folded.length && editDistance(f, word.folded, 1) === 1)) continue;
      // a word of the original's dictionary (a German noun, or a name it lists) only against a word English
      // does not know, a letter changed ("Pitin" for "Putin"; "Kindergarden" is English)
      if (!romanised && name.known && !kept.has(name.forms[0] as string) && (spells(token.text) || !name.forms.some((f) => f.length === word.folded.length && editDistance(f, word.folded, 1) === 1))) continue;
      const base = romanised ? 0.6 : distance === 1 && name.forms[0] && name.forms[0].length >= 5 ? 0.85 : 0.7;
      ctx.report({
        start: token.start,
        end: token.end,
        message: `the original has "${name.text}" here; "${token.text}" may be a misspelling of it`,
        confidence: Math.round(base * Math.min(1, pair.confidence + 0.2) * 100) / 100,
        suggestions: [{ text: bestSpelling(name.english, name.text, token.text), confidence: romanised ? 0.5 : 0.8 }],
      });
    }
  });
}

/**
 * A word that writes no romanised name of the pair by its consonants, but one letter changed (not its
 * first or last) would make it a conventional spelling of one ("Bunha" for Бучі, "Bucha"; "Izyem" for
 * Ізюм): that name bent. Not an English word or a name the English dictionary knows; only words within
 * three letters of the name's romanisation are tried (26 tests a letter).
 */
function conventionalNeighbour(ctx: RuleContext, romanised: readonly SourceName[], word: TargetWord, pairConfidence: number): boolean {
  const w = word.folded;
  if (romanised.length === 0 || w.length < 5) return false;
  let fixed: string | undefined;
  const name = romanised.find((n) => {
    if (!n.variants || !n.forms.some((f) => f.charAt(0) === w.charAt(0) && editDistance(f, w, 3) <= 3)) return false;
    fixed = oneLetterFromConvention(n.variants, w, false, n.forms);
    return fixed !== undefined;
  });
  if (!name || fixed === undefined || isEnglishWord(word.token.text) || isDictionaryName(word.token.text)) return false;
  ctx.report({
    start: word.token.start,
    end: word.token.end,
    message: `the original has "${name.text}" here, written "${name.english}"; "${word.token.text}" spells it by no convention, and may be a misspelling of it`,
    confidence: Math.round(0.6 * Math.min(1, pairConfidence + 0.2) * 100) / 100,
    suggestions: [{ text: fixed.charAt(0).toUpperCase() + fixed.slice(1), confidence: 0.5 }],
  });
  return true;
}

/**
 * A romanised name is matched by its consonants, so a vowel bent in the translation still "writes" it
 * ("Zelinsky" for Зеленский). The translation's own spelling tells: a spelling used once, one letter
 * from the one it uses for the same name at least twice elsewhere, is flagged with that one.
 */
function ownSpelling(ctx: RuleContext, src: AlignedSource, name: SourceName, word: TargetWord, pairConfidence: number): void {
  const counts = new Map<string, { n: number; text: string }>();
  for (const w of allTargetWords(src, ctx.tokens)) {
    if (!writesName(name, w)) continue;
    const c = counts.get(w.folded) ?? { n: 0, text: w.token.text };
    c.n++;
    counts.set(w.folded, c);
  }
  if ((counts.get(word.folded)?.n ?? 0) !== 1 || word.folded.length < 5 || isEnglishWord(word.token.text)) return;
  let best: { n: number; text: string; folded: string } | undefined;
  for (const [folded, c] of counts) if (folded !== word.folded && c.n >= 2 && (!best || c.n > best.n)) best = { ...c, folded };
  // one letter changed, not an ending added ("Patricks" beside "Patrick")
  if (!best || editDistance(best.folded, word.folded, 1) !== 1 || word.folded.startsWith(best.folded) || best.folded.startsWith(word.folded)) return;
  ctx.report({
    start: word.token.start,
    end: word.token.end,
    message: `the original has "${name.text}" here, which the translation writes "${best.text}" elsewhere; "${word.token.text}" may be a misspelling of it`,
    confidence: Math.round(0.7 * Math.min(1, pairConfidence + 0.2) * 100) / 100,
    suggestions: [{ text: best.text, confidence: 0.7 }],
  });
}

const NOT_A_NOUN = new Set(['and', 'or', 'but', 'nor', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'as', 'is', 'are', 'was', 'were', 'have', 'has', 'had']);

/**
 * A German genitive copied with the name ("Willy Brandts policy", "Donald Trumps"): the original's word,
 * ending in -s, whose base the translation writes elsewhere as a name, and a word follows that is not
 * a conjunction, preposition or verb (English would write "Brandt's"; a plural name would not be
 * followed by a noun).
 */
function genitive(ctx: RuleContext, word: TargetWord, kept: ReadonlySet<string>, pairConfidence: number): void {
  const { token } = word;
  if (!token.text.endsWith('s') || token.text.length < 5 || isEnglishWord(token.text)) return;
  const stem = token.text.slice(0, -1);
  // the base is a name the translation writes elsewhere (a name ending in s, "Douglas", has no base there)
  if (!kept.has(word.folded.slice(0, -1))) return;
  const next = /^\s+([\p{L}]+)/u.exec(ctx.text.slice(token.end, token.end + 40))?.[1];
  if (!next || NOT_A_NOUN.has(next.toLowerCase())) return;
  const base = stem;
  ctx.report({
    start: token.start,
    end: token.end,
    message: `"${token.text}" is the German genitive of "${base}", copied from the original; English writes "${base}'s"`,
    confidence: Math.round(0.75 * Math.min(1, pairConfidence + 0.2) * 100) / 100,
    suggestions: [{ text: `${base}'s`, confidence: 0.7 }],
  });
}

/** Chinese: capitalised target words against the pinyin of the source (chinese.ts). */
function checkPinyin(ctx: RuleContext, text: string, around: Span, pair: AlignedPair): void {
  const spellings = pinyinSpellings(text, around);
  if (spellings.size === 0) return;
  for (const word of targetWords(ctx.tokens, pair.target)) {
    if (isEnglishWord(word.token.text)) continue;
    const near = pinyinMisspelling(word, spellings);
    if (!near) continue;
    const suggestion = near.charAt(0).toUpperCase() + near.slice(1);
    ctx.report({
      start: word.token.start,
      end: word.token.end,
      message: `the original reads "${suggestion}" here in pinyin; "${word.token.text}" may be a misspelling of it`,
      confidence: Math.round(0.6 * Math.min(1, pair.confidence + 0.2) * 100) / 100,
      suggestions: [{ text: suggestion, confidence: 0.5 }],
    });
  }
}

function closest(names: readonly SourceName[], word: TargetWord): { name: SourceName; distance: number } | undefined {
  let best: { name: SourceName; distance: number } | undefined;
  for (const name of names) {
    const distance = misspellingDistance(name, word);
    if (distance > 0 && (!best || distance < best.distance)) best = { name, distance };
  }
  return best;
}

/** The original's spelling to suggest: without a case ending the target word lacks ("Starmers" → "Starmer"). */
function bestSpelling(english: string, original: string, target: string): string {
  const name = /\p{Script=Latin}/u.test(original) ? original : english;
  let best = name;
  let bestDistance = editDistance(name.toLowerCase(), target.toLowerCase());
  for (let cut = 1; cut <= 3 && name.length - cut >= 3; cut++) {
    const stem = name.slice(0, name.length - cut);
    const d = editDistance(stem.toLowerCase(), target.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [stem, d];
  }
  return best;
}

export default { meta, prepare, check } satisfies Rule<State>;
