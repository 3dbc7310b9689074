import type { Token } from '../../document/tokens.js';
import { isEnglishWord } from '../../lang/english.js';
import { stopwords } from '../../source/lang-data.js';
import type { Rule, RuleContext } from '../types.js';

export const meta = {
  id: 'artefact/foreign-sentence',
  severity: 'warning',
  description:
    'A sentence left in another language, untranslated: most of its words in another script (Cyrillic, Hebrew, Arabic, ' +
    'Greek, Chinese, Japanese, Korean), or made of the function words of German, French, Spanish, Italian, Portuguese or ' +
    'Dutch (corpora/lang/stopwords.json) and almost none of English. Needs no original (with one, source/untranslated ' +
    'compares the two).',
  confidence:
    '0.8 for a sentence of at least four words in another script, 0.75 for one of at least six Latin words of which ' +
    'three or more, and a third or more, are another language\'s function words, at most one is an English one and ' +
    'half or more are no English words; no ' +
    'fix. A quoted sentence (a slogan, a song), a name, and the units of a bilingual file (bilingual/ rules) are not read.',
  examples: [
    { text: 'The minister spoke.\nDie Regierung hat am Montag einen neuen Haushalt vorgestellt, der viele Kürzungen enthält.\n', flagged: 'Die Regierung hat am Montag einen neuen Haushalt vorgestellt, der viele Kürzungen enthält' },
    { text: 'The minister spoke.\nПравительство представило новый бюджет в понедельник.\n', flagged: 'Правительство представило новый бюджет в понедельник' },
  ],
} satisfies Rule['meta'];

/** The function words of each language, read once per checker. */
export function prepare(): Map<string, Set<string>> {
  return stopwords();
}

const NAMES: Record<string, string> = { de: 'German', fr: 'French', es: 'Spanish', it: 'Italian', pt: 'Portuguese', nl: 'Dutch' };

/** Scripts other than Latin, by their first letter's code point. */
function scriptOf(word: string): string | undefined {
  const c = word.codePointAt(0) as number;
  if (c < 0x370) return undefined;
  if (c <= 0x3ff) return 'Greek';
  if (c >= 0x400 && c <= 0x52f) return 'Cyrillic';
  if (c >= 0x590 && c <= 0x5ff) return 'Hebrew';
  if (c >= 0x600 && c <= 0x6ff) return 'Arabic';
  if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af)) return 'CJK';
  return undefined;
}

/** Quotation marks around a sentence: quoted on purpose (a slogan, a song, a name of a work). */
const QUOTES = /["“”„«»‘’'「」『』]/;

// (a constant: a pattern literal in the loop below made a RegExp object at every token, 11 MB at 1 MB of text)
const END_MARK = /[.!?。！？]/;

export function check(ctx: RuleContext, stops: Map<string, Set<string>>): void {
  // a bilingual file's units are compared with their sources by the bilingual/ rules, and their target
  // language need not be English
  if ((ctx.doc.units?.length ?? 0) > 0) return;
  const { tokens, text } = ctx;
  // a line break ends a sentence in plain text (MT output is often a sentence a line); in a page it is a space
  const lines = ctx.doc.format === undefined || ctx.doc.format === 'text';
  let first = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const next = tokens[i + 1];
    // a sentence ends at its end mark, at a line break of plain text, or where the segment does
    const ends = !next || next.segment !== t.segment || END_MARK.test(t.text) || (lines && lineBreakIn(text, t.end, next.start));
    if (!ends) continue;
    sentence(ctx, stops, first, i + 1);
    first = i + 1;
  }
}

/** A line break in text[from, to) (between two tokens: no string cut out for it, at every token). */
function lineBreakIn(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

function sentence(ctx: RuleContext, stops: Map<string, Set<string>>, from: number, to: number): void {
  const words: Token[] = [];
  for (let k = from; k < to; k++) if ((ctx.tokens[k] as Token).kind === 'word') words.push(ctx.tokens[k] as Token);
  if (words.length < 4) return;
  const start = (words[0] as Token).start;
  const end = (words[words.length - 1] as Token).end;
  const text = ctx.text;
  if (QUOTES.test(text.charAt(start - 1)) && QUOTES.test(text.slice(end, end + 2))) return;
  // another script: most of the words in it
  // (the map made at the first word of another script only: most sentences have none, and a map per
  // sentence was garbage at every one)
  let scripts: Map<string, number> | undefined;
  for (let k = 0; k < words.length; k++) {
    const s = scriptOf((words[k] as Token).text);
    if (s) (scripts ??= new Map()).set(s, (scripts.get(s) ?? 0) + 1);
  }
  for (const [script, n] of scripts ?? []) {
    if (n >= 4 && n >= 0.6 * words.length) {
      ctx.report({ start, end, message: `A sentence left in ${script === 'CJK' ? 'Chinese, Japanese or Korean' : `${script} script`}, not translated`, confidence: 0.8 });
      return;
    }
  }
  if (words.length < 6) return;
  // Latin letters: another language's function words, and hardly an English one
  const en = stops.get('en');
  // (by index, and stopping at the second: asked of every sentence of six words or more, and a `for of`
  // over the words made an iterator result per word while the function ran unoptimised, 4 MB at 1 MB)
  let english = 0;
  for (let k = 0; k < words.length && english <= 1; k++) if (en?.has((words[k] as Token).lower)) english++;
  if (english > 1) return;
  let best: [string, number] | undefined;
  for (const [lang, set] of stops) {
    if (lang === 'en') continue;
    let n = 0;
    for (const w of words) if (set.has(w.lower)) n++;
    if (!best || n > best[1]) best = [lang, n];
  }
  if (!best || best[1] < 3 || best[1] < words.length / 3) return;
  // and most of its words are no English words ("No bags, no seats, certainly no meals": Spanish "no" is English too)
  let foreign = 0;
  for (const w of words) if (!isEnglishWord(w.lower)) foreign++;
  if (foreign < words.length / 2) return;
  ctx.report({ start, end, message: `A sentence left in ${NAMES[best[0]] ?? best[0]}, not translated`, confidence: 0.75 });
}

export default { meta, prepare, check } satisfies Rule<Map<string, Set<string>>>;
