import type { Token } from '../../document/tokens.js';
import { tokenize } from '../../document/tokens.js';
import type { GlossaryMatch } from '../../glossary/compile.js';
import type { Rule, RuleContext } from '../types.js';

export const meta = {
  id: 'glossary/validity',
  severity: 'warning',
  description:
    'A person given a title they did not hold on the story\'s date ("Prime Minister Rishi Sunak" in 2025 copy), ' +
    'from the validFrom/validUntil dates of glossary persons. Runs only when the date is known (--date).',
  confidence:
    '0.8 when the title stands right before the name and the date is past validUntil (suggests "former …"); ' +
    '0.6 before validFrom, with no suggestion. Nothing is reported when "former" or "then" precedes the title.',
  examples: [
    { text: 'Prime Minister Rishi Sunak said on Monday.', flagged: 'Prime Minister Rishi Sunak', suggestion: 'former Prime Minister Rishi Sunak' },
  ],
} satisfies Rule['meta'];

const QUALIFIERS = new Set(['former', 'then', 'ex', 'late', 'outgoing', 'incoming', 'designate', 'elect']);

export function check(ctx: RuleContext): void {
  const date = ctx.date;
  if (!date) return;
  for (const m of ctx.matches) {
    const e = m.entry;
    if (m.kind !== 'term' || e.category !== 'person' || !e.titles || (!e.validUntil && !e.validFrom)) continue;
    const after = e.validUntil !== undefined && date > e.validUntil;
    const before = e.validFrom !== undefined && date < e.validFrom;
    if (!after && !before) continue;
    const title = titleBefore(ctx.tokens, m, e.titles);
    if (!title) continue;
    if (qualified(ctx.tokens, title.first)) continue;
    const start = (ctx.tokens[title.first] as Token).start;
    const span = ctx.text.slice(start, m.end);
    ctx.report(
      after
        ? {
            start,
            end: m.end,
            message: `${e.term} was ${title.text} until ${e.validUntil}; the story is dated ${date}`,
            confidence: 0.8,
            suggestions: [{ text: `former ${span}`, confidence: 0.7 }],
            entry: e,
          }
        : {
            start,
            end: m.end,
            message: `${e.term} became ${title.text} only on ${e.validFrom}; the story is dated ${date}`,
            confidence: 0.6,
            entry: e,
          },
    );
  }
}

/** "former", "outgoing", "ex-" … right before the title: the text already says the title is not current. */
function qualified(tokens: readonly Token[], first: number): boolean {
  const prev = tokens[first - 1];
  if (!prev) return false;
  if (QUALIFIERS.has(prev.lower)) return true;
  // "ex-Prime Minister": the hyphen is a token of its own, glued to both words
  const before = tokens[first - 2];
  return prev.text === '-' && !prev.spaceBefore && !(tokens[first] as Token).spaceBefore && before !== undefined && QUALIFIERS.has(before.lower);
}

/** One of the person's titles written right before the name (tokens [first, m.firstToken)). */
function titleBefore(tokens: readonly Token[], m: GlossaryMatch, titles: string[]): { first: number; text: string } | undefined {
  for (const title of titles) {
    const tt = tokenize(title, [{ start: 0, end: title.length }]);
    const first = m.firstToken - tt.length;
    if (first < 0) continue;
    if (tt.every((t, k) => (tokens[first + k] as Token).lower === t.lower)) return { first, text: title };
  }
  return undefined;
}

export default { meta, check } satisfies Rule;
