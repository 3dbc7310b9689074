import type { Token } from '../../document/tokens.js';
import { isEnglishWord, spells } from '../../lang/english.js';
import { around, MIN_PAIR_CONFIDENCE, type AlignedSource } from '../../source/aligned.js';
import { sourceDictionary, type SourceDictionary } from '../../source/dictionary.js';
import { sourceWords, type SourceWords } from '../../source/pair-names.js';
import type { Rule, RuleContext } from '../types.js';

export const meta = {
  id: 'source/untranslated',
  severity: 'warning',
  description:
    'Words of the original left in the translation: lower-case words of the aligned source sentence that its dictionary ' +
    'knows and English does not ("the government und the opposition", a whole sentence left in Russian); a run of them is ' +
    'one finding. Needs the original (--source); abbreviations ("z. B.", "bzw.") are artefact/source-abbreviation\'s.',
  confidence:
    '0.7, lowered with the alignment\'s confidence; silent where the sentences are not surely aligned. Capitalised words ' +
    '(names and nouns the translation may keep: "Bundesliga", "Schlossplatz"), English words, words under three letters ' +
    'and particles after a name ("von") are never flagged.',
  examples: [
    { source: 'Die Regierung und die Opposition stimmten zu.', text: 'The government und the opposition agreed.', flagged: 'und' },
  ],
} satisfies Rule['meta'];

export function check(ctx: RuleContext): void {
  const src = ctx.source;
  if (!src) return;
  const dict = sourceDictionary(src.lang);
  if (!dict) return;
  if (!anyLeftOver(ctx.tokens, src, dict)) return;
  src.pairs.forEach((pair, k) => {
    if (pair.confidence < MIN_PAIR_CONFIDENCE) return;
    const near = around(src, k, 1);
    const words = sourceWords(src), from = near[0] as number, to = near[near.length - 1] as number;
    const sources = (w: string) => words.within(w, from, to);
    const scale = Math.min(1, pair.confidence + 0.2);
    const tokens = tokensIn(ctx.tokens, pair.target.start, pair.target.end);
    // consecutive left-over words are one finding ("die Regierung sagte" is one stretch)
    let run: Token[] = [];
    const flush = () => {
      if (run.length === 0) return;
      const first = run[0] as Token, last = run[run.length - 1] as Token;
      const text = ctx.text.slice(first.start, last.end);
      ctx.report({
        start: first.start,
        end: last.end,
        message: `"${text}" ${run.length === 1 ? 'is a word' : 'are words'} of the original (${src.lang}) left untranslated`,
        confidence: Math.round(0.7 * scale * 100) / 100,
      });
      run = [];
    };
    tokens.forEach((t, i) => {
      if (t.kind !== 'word') {
        if (t.kind === 'number' || !/^[\s,;:-]*$/.test(t.text)) flush();
        return;
      }
      if (leftOver(t, tokens[i - 1], sources, dict)) run.push(t);
      // a short or capitalised word of the original between two left-over words belongs to the run
      else if (run.length > 0 && sources(t.lower) && !isEnglishWord(t.text) && leftOverAhead(tokens, i + 1, sources, dict)) run.push(t);
      else flush();
    });
    flush();
  });
}

/**
 * A lower-case word the aligned source has, that its dictionary knows and English does not; not a
 * particle after a capitalised word ("Florian von Brunn", "Ursula von der Leyen").
 */
function leftOver(t: Token, before: Token | undefined, sources: (word: string) => boolean, dict: SourceDictionary): boolean {
  if (t.text !== t.lower || t.text.length < 3 || !sources(t.lower)) return false;
  if (before && before.kind === 'word' && before.text !== before.lower) return false;
  if (isEnglishWord(t.text) || spells(t.text)) return false;
  return dict.has(t.text);
}

/**
 * Whether some word of the document could be left over: lower case, three letters or more, a word of
 * some pair's original, one English does not know and the original's dictionary does. Speed: every run
 * starts with such a word (leftOver asks all of that and more), and a translation seldom has one, so
 * when none is there the pairs are not gone through: one pass over the tokens and a set of the
 * original's words (sourceWords, which source/names makes too) instead of a pass per pair with
 * three look-ups a word.
 */
function anyLeftOver(tokens: readonly Token[], src: AlignedSource, dict: SourceDictionary): boolean {
  let words: SourceWords | undefined;
  for (const t of tokens) {
    if (t.kind !== 'word' || t.text.length < 3 || t.text !== t.lower) continue;
    words ??= sourceWords(src);
    if (words.has(t.lower) && !isEnglishWord(t.text) && !spells(t.text) && dict.has(t.text)) return true;
  }
  return false;
}

/** The next word from `i` on is a left-over word. */
function leftOverAhead(tokens: readonly Token[], i: number, sources: (word: string) => boolean, dict: SourceDictionary): boolean {
  for (let k = i; k < tokens.length && k < i + 3; k++) {
    const t = tokens[k] as Token;
    if (t.kind === 'word') return leftOver(t, undefined, sources, dict);
  }
  return false;
}

/** The tokens in [start, end), found by bisection (tokens are sorted). */
function tokensIn(tokens: readonly Token[], start: number, end: number): Token[] {
  let lo = 0, hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: Token[] = [];
  for (let k = lo; k < tokens.length && (tokens[k] as Token).end <= end; k++) out.push(tokens[k] as Token);
  return out;
}

export default { meta, check } satisfies Rule;
