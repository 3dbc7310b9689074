import { matchCasing } from '../../glossary/casing.js';
import { contextHolds } from '../../glossary/context.js';
import type { GlossaryMatch } from '../../glossary/compile.js';
import type { Rule, RuleContext } from '../types.js';
import { nameData } from '../../names/data.js';
import { isPlaceWord } from '../../source/exonyms.js';
import { fold } from '../../source/name-key.js';

export const meta = {
  id: 'glossary/variant',
  severity: 'error',
  description: 'A known wrong form of a glossary term; suggests the preferred term.',
  confidence:
    'High (0.95) for a literal variant matched with exact case, 0.9 case-insensitively, 0.8 for a regular-expression variant; ' +
    '0.1 lower when the entry depends on context words.',
  examples: [{ text: 'He met Wladimir Putin.', flagged: 'Wladimir Putin', suggestion: 'Vladimir Putin' }],
} satisfies Rule['meta'];

export function check(ctx: RuleContext): void {
  const terms = ctx.matches.filter((m) => m.kind === 'term').sort((a, b) => a.start - b.start);
  const coverEnd: number[] = [];
  for (const t of terms) coverEnd.push(Math.max(t.end, coverEnd[coverEnd.length - 1] ?? -1));

  const candidates: GlossaryMatch[] = [];
  for (const v of ctx.matches) {
    if (v.kind !== 'variant') continue;
    if (isTermItself(ctx.text, v)) {
      ctx.drop(v.start, v.end, `the term "${v.entry.term}" itself, as the glossary writes it`);
      continue;
    }
    const inside = containingTerm(terms, coverEnd, v);
    if (inside) {
      ctx.drop(v.start, v.end, `part of the correct term "${ctx.text.slice(inside.start, inside.end)}"`);
      continue;
    }
    if (!contextHolds(v.entry.context, ctx.tokens, v.firstToken, v.lastToken)) continue;
    if (lowerCaseWord(ctx.text, v)) {
      ctx.drop(v.start, v.end, 'written in lower case: a common word, not the name the glossary writes with a capital');
      continue;
    }
    if (surnameAfterGivenName(ctx.text, v)) {
      ctx.drop(v.start, v.end, `after a given name: a person's surname, not the place`);
      continue;
    }
    candidates.push(v);
  }
  // Longest first, then literal before regex, exact case before folded, then glossary order.
  candidates.sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) ||
      Number(b.literal) - Number(a.literal) ||
      Number(b.entry.caseSensitive) - Number(a.entry.caseSensitive) ||
      a.start - b.start,
  );
  const taken = new Uint8Array(ctx.tokens.length);
  for (const v of candidates) {
    let free = true;
    for (let k = v.firstToken; k < v.lastToken && free; k++) if (taken[k]) free = false;
    if (!free) {
      ctx.drop(v.start, v.end, `overlaps a longer or more specific glossary match`);
      continue;
    }
    taken.fill(1, v.firstToken, v.lastToken);
    report(ctx, v);
  }
}

/**
 * A variant's match that is the entry's term as the glossary writes it ("Acme" for an entry Acme whose
 * variant is "acme", matched in any case; "JavaScript" for a pattern `/java ?script/i`), or that the fix
 * would write back unchanged: an entry that ignores case has its term written in the capitals of the text
 * it replaces ("Internet" for "internet"). Either is the correct form, and a fix would change nothing. An
 * entry with no correct form (`avoid`: its term is the rejected form itself) is flagged all the same.
 */
function isTermItself(text: string, v: GlossaryMatch): boolean {
  const e = v.entry;
  if (e.avoid) return false;
  const found = text.slice(v.start, v.end);
  const right = e.term + v.suffix;
  return found === right || (!e.caseSensitive && matchCasing(found, right) === found);
}

/**
 * A name's variant the glossary writes with a capital ("Chine" for China, "Tschad" for Chad), found all in
 * lower case: an English word ("the chines and battens" of a boat), since translation leaves a foreign
 * name capitalised as its language writes it. Variants of several words ("Minister President" for state
 * premier: MT writes such a description in lower case too), variants written in lower case in the
 * glossary, and terms (not names) match in any case.
 */
function lowerCaseWord(text: string, v: GlossaryMatch): boolean {
  const written = v.variant;
  if (written === undefined || v.entry.category === 'term' || /\s/.test(written) || !/^\p{Lu}/u.test(written)) return false;
  const found = text.slice(v.start, v.end);
  return found === found.toLowerCase();
}

/**
 * A place's variant of one word right after a given name, one space between ("Werner Lemberg", a FreeType author,
 * not Lviv's German name): a person's surname. The word before is a name of corpora/names/common-names.txt and
 * no place (not any word the dictionary lists with a capital: "In Kiev", "Soviet Kiev", "As Kiev prepared" are
 * the place); a place's name after a title or a preposition ("Mayor of Lemberg") stays a variant.
 */
function surnameAfterGivenName(text: string, v: GlossaryMatch): boolean {
  if (v.entry.category !== 'place' || /\s/.test(text.slice(v.start, v.end)) || text.charAt(v.start - 1) !== ' ') return false;
  const before = /(?:^|[^\p{L}\p{M}'’-])(\p{Lu}\p{Ll}+)$/u.exec(text.slice(Math.max(0, v.start - 40), v.start - 1));
  const word = before?.[1];
  return word !== undefined && nameData().commonNames.has(word) && !isPlaceWord(fold(word), true);
}

function report(ctx: RuleContext, v: GlossaryMatch): void {
  const text = ctx.text.slice(v.start, v.end);
  const e = v.entry;
  const replacement = e.term + v.suffix;
  let confidence = v.literal ? (e.caseSensitive ? 0.95 : 0.9) : 0.8;
  if (e.context) confidence -= 0.1;
  ctx.report({
    start: v.start,
    end: v.end,
    // (an entry to avoid has no right form: its term is the rejected pattern, a Vale reject line)
    message: e.avoid
      ? `"${text}" is a form to avoid${e.note ? `: ${e.note}` : ''}`
      : e.fix === 'warn'
        ? `"${text}" is listed as a wrong form of "${e.term}"`
        : `"${text}" is a known wrong form of "${e.term}"`,
    confidence,
    suggestions: e.fix === 'warn' ? [] : [{ text: replacement, confidence }],
    autofix: e.fix === 'auto',
    // an entry that only suggests is not sure enough to be an error
    ...(e.fix === 'auto' || e.severity ? {} : { severity: 'warning' as const }),
    entry: e,
  });
}

function containingTerm(terms: GlossaryMatch[], coverEnd: number[], v: GlossaryMatch): GlossaryMatch | undefined {
  let lo = 0;
  let hi = terms.length - 1;
  let last = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((terms[mid] as GlossaryMatch).start <= v.start) {
      last = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (last < 0 || (coverEnd[last] as number) < v.end) return undefined;
  for (let k = last; k >= 0; k--) {
    const t = terms[k] as GlossaryMatch;
    if (t.end >= v.end && !(t.start === v.start && t.end === v.end && t.entry === v.entry)) return t;
  }
  return undefined;
}

export default { meta, check } satisfies Rule;
