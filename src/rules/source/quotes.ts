import { MIN_PAIR_CONFIDENCE, rememberAt, type AlignedSource } from '../../source/aligned.js';
import type { Rule, RuleContext } from '../types.js';

export const meta = {
  id: 'source/quotes',
  severity: 'warning',
  description:
    'A sentence of the original that quotes (between „…“, «…» or "…") where the aligned sentence of the translation ' +
    'quotes less, and the sentences around do not make up for it: a quotation lost. German, French and Spanish originals ' +
    '(Russian «…» marks titles, Japanese 「…」 emphasis, Hebrew " acronyms: English writes none of them quoted). Reported ' +
    'on the target sentence. Needs the original (--source).',
  confidence:
    '0.6, lowered with the alignment\'s confidence; silent where the sentences are not surely aligned, and where the ' +
    'translation quotes at all (a count that differs is most often a quotation split or joined differently). Single ' +
    'quotation marks are not counted (they are apostrophes too).',
  examples: [
    {
      source: 'Er sagte: „Wir kommen nicht.“ Dann ging er.',
      text: 'He said we were not coming. Then he left.',
      flagged: 'He said we were not coming.',
    },
  ],
} satisfies Rule['meta'];

/** The double quotation marks counted, as code units: „ “ « » 「 『 " ” (each a single UTF-16 unit). */
const OPENING = new Set([...'„“«»「『"”'].map((c) => c.charCodeAt(0)));

/** Quotation marks of the double kind in text[start, end), halved and rounded up: the quotations. */
function quotations(text: string, start: number, end: number): number {
  let marks = 0;
  // by code unit (charAt made a string of every character outside Latin-1); the marks other than " are
  // all above U+00AA, so most characters are turned down by one comparison
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 || (c > 0xaa && OPENING.has(c))) marks++;
  }
  return Math.ceil(marks / 2);
}

function sourceQuotes(src: AlignedSource, k: number): number {
  return rememberAt(src, 'quotes', k, () => {
    const p = src.pairs[k];
    return p ? quotations(src.text, p.source.start, p.source.end) : 0;
  });
}

/**
 * Originals whose quotation marks mean what English ones mean. Russian and Ukrainian put titles and
 * names in «…», Japanese and Chinese use 「…」 for emphasis, Hebrew writes its acronyms with " (צה"ל):
 * English writes none of these with quotation marks.
 */
const QUOTING = new Set(['de', 'fr', 'es']);

export function check(ctx: RuleContext): void {
  const src = ctx.source;
  if (!src || !QUOTING.has(src.lang)) return;
  src.pairs.forEach((pair, k) => {
    if (pair.confidence < MIN_PAIR_CONFIDENCE) return;
    const inSource = sourceQuotes(src, k);
    if (inSource === 0) return;
    const inTarget = quotations(ctx.text, pair.target.start, pair.target.end);
    if (inTarget === inSource) return;
    // a quotation may open in one sentence and close in the next: the pairs around count together
    const before = k > 0 ? src.pairs[k - 1] : undefined;
    const after = src.pairs[k + 1];
    const wideSource = (before ? sourceQuotes(src, k - 1) : 0) + inSource + (after ? sourceQuotes(src, k + 1) : 0);
    const wideTarget = quotations(ctx.text, (before ?? pair).target.start, (after ?? pair).target.end);
    // a count that differs is often a quotation split or joined differently: only a quotation lost
    // from the sentences around altogether is reported
    if (inTarget > 0 || wideSource <= wideTarget) return;
    const scale = Math.min(1, pair.confidence + 0.2);
    ctx.report({
      start: pair.target.start,
      end: pair.target.end,
      message: `the original quotes here (${inSource === 1 ? 'one quotation' : `${inSource} quotations`}); this sentence of the translation does not`,
      confidence: Math.round(0.6 * scale * 100) / 100,
    });
  });
}

export default { meta, check } satisfies Rule;
