import { isEnglishWord } from '../../lang/english.js';
import { MIN_PAIR_CONFIDENCE } from '../../source/aligned.js';
import { compareNumbers } from '../../source/compare-numbers.js';
import { misspelling, sourceNames, targetWords, writesName, type SourceName, type TargetWord } from '../../source/names.js';
import type { Rule, RuleContext } from '../types.js';

export const meta = {
  id: 'source/missing',
  severity: 'warning',
  description:
    'A name or number of the original that the aligned translation sentence lacks altogether (neither as written, ' +
    'inflected, by a transliteration convention, spelled out, nor in the sentence before or after). Reported on the ' +
    'target sentence. A name counts only when the translation keeps it elsewhere, or keeps the other half of it here ' +
    '("Keir" without "Starmer"): translators translate or drop names that they do not keep anywhere. Names that ' +
    'source/names finds misspelled are left to it; names of a Cyrillic original are not reported (a Western name in ' +
    'Cyrillic does not romanise back to its English spelling). Needs the original (--source).',
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
  let everywhere: TargetWord[] | undefined;
  src.pairs.forEach((pair, k) => {
    if (pair.confidence < MIN_PAIR_CONFIDENCE) return;
    const scale = Math.min(1, pair.confidence + 0.2);
    const lacking: string[] = [];
    let confidence = 0;
    for (const q of compareNumbers(src, k, ctx.text).missing) {
      lacking.push(`"${q.text}"`);
      confidence = Math.max(confidence, 0.6);
    }
    // romanised names (Cyrillic) are not reported missing: a Western name spelled in Cyrillic does not
    // romanise back to its English spelling ("Йовович" is not "Jovovich" letter for letter)
    const names = src.lang === 'ru' || src.lang === 'uk' ? [] : sourceNames(src.text, pair.source, src.lang);
    if (names.length > 0) {
      // the pair's own target only: a name written in the sentence before does not stand for one dropped here
      const here = targetWords(ctx.tokens, pair.target);
      const around = here;
      const written = names.map((name) => around.some((w) => writesName(name, w)));
      names.forEach((name, i) => {
        // an English word in the original ("App", "Board") is a loanword the translation writes in lower case
        if (written[i] || misspelling(name, here) || isEnglishWord(name.text)) return;
        // a translator may translate or leave out a name; a name the translation writes elsewhere, or
        // the other half of a name it writes here ("Keir [Starmer]"), it kept, and so should keep here
        const kept = (everywhere ??= targetWords(ctx.tokens, { start: 0, end: ctx.text.length })).some((w) => writesName(name, w));
        const half = [i - 1, i + 1].some((j) => written[j] && adjacent(src.text, names[Math.min(i, j)] as SourceName, names[Math.max(i, j)] as SourceName));
        if (!kept && !half) return;
        lacking.push(`"${name.text}"`);
        confidence = Math.max(confidence, 0.55);
      });
    }
    if (lacking.length === 0) return;
    const list = lacking.length === 1 ? lacking[0] : `${lacking.slice(0, -1).join(', ')} and ${lacking[lacking.length - 1]}`;
    ctx.report({
      start: pair.target.start,
      end: pair.target.end,
      message: `the original has ${list}, which this sentence of the translation lacks`,
      confidence: Math.round(confidence * scale * 100) / 100,
    });
  });
}

/** Two names of the original with only spaces between them: parts of one name. */
function adjacent(text: string, a: SourceName, b: SourceName): boolean {
  return b.start - a.end <= 3 && text.slice(a.end, b.start).trim() === '';
}

export default { meta, check } satisfies Rule;
