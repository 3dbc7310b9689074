import type { Token } from '../../document/tokens.js';
import { isCapitalized, startsSentence } from '../../document/tokens.js';
import { CompiledGlossary, type GlossaryMatch } from '../../glossary/compile.js';
import { contextHolds } from '../../glossary/context.js';
import { loadGlossaryFile } from '../../glossary/load.js';
import type { GlossaryEntry } from '../../glossary/types.js';
import { fileURLToPath } from 'node:url';
import type { Rule, RuleContext } from '../types.js';
import { findMentions, loadCountries, UNITED_STATES, type Countries, type Mention } from './countries.js';

export const meta = {
  id: 'context/institution',
  severity: 'warning',
  description:
    'A foreign-ministry name used for a United States institution ("Foreign Ministry" for the State Department, ' +
    '"Foreign Minister" for the Secretary of State, "Interior Ministry" for Homeland Security). The names come from ' +
    'corpora/rules/institutions.yaml (glossary format with context conditions).',
  confidence:
    'The context test: the entry\'s context condition (the text mentions the US) must hold, then the institution must ' +
    'belong to the US. 0.9 when the title stands before a glossary person whose titles include the US term ("Foreign ' +
    'Minister Marco Rubio"); 0.85 when a US mention is attached ("the US Foreign Ministry", "the Foreign Ministry in ' +
    'Washington"); 0.75 when the nearest country mentioned in the sentence is the US (countries named as counterparts, ' +
    'after "with", "to", "and", "alongside", are skipped); 0.65 when the sentence names no country and the one before it ' +
    'in the paragraph is about the US; 0.6 when neither names a country and the US is the ' +
    'document\'s most mentioned country. Never flagged: an attached or nearest other country ("Libya\'s Foreign Ministry"), ' +
    'a title before a person whose glossary titles include it, a title before a name with no country in the sentence.',
  examples: [
    { text: 'CNN turned to the Foreign Ministry in Washington for comment.', flagged: 'Foreign Ministry', suggestion: 'State Department' },
    { text: 'The Trump administration wants deals. "We work with other countries," said Foreign Minister Marco Rubio.', flagged: 'Foreign Minister', suggestion: 'Secretary of State' },
  ],
} satisfies Rule['meta'];

/** What the rule compiles once per checker: the institutions' names and the country names. */
interface Prepared {
  institutions: CompiledGlossary;
  countries: Countries;
}

export function prepare(): Prepared {
  // compiled from the glossary's cached index (a list of entries would be indexed again at every start, ~30 ms)
  const institutions = new CompiledGlossary([loadGlossaryFile(fileURLToPath(new URL('../../../corpora/rules/institutions.yaml', import.meta.url)))]);
  return { institutions, countries: loadCountries() };
}

/** Words that make a country mentioned after (or before) the institution a counterpart, not its owner. */
const COUNTERPART_AFTER = 8;
const COUNTERPART_BEFORE = 4;
const COUNTERPART = new Set(['and', 'or', 'with', 'to', 'alongside', 'against', 'toward', 'towards', 'besides', 'versus', 'from', 'between']);

export function check(ctx: RuleContext, { institutions, countries }: Prepared): void {
  const { tokens, text } = ctx;
  const found = institutions.match(text, tokens, ctx.doc.segments).filter((m) => m.kind === 'variant');
  if (found.length === 0) return;
  const mentions = findMentions(countries, text, tokens);
  const sentence = sentenceIds(text, tokens);
  const dominant = dominantCountry(mentions);
  const at = lookups(ctx, mentions, sentence.ids);

  for (const m of found) {
    // "the Council of Foreign Ministers": plurals are generic, not one country's institution
    if (m.suffix !== '') continue;
    if (!contextHolds(m.entry.context, tokens, m.firstToken, m.lastToken)) continue;
    const verdict = decide(ctx, m, at, sentence, dominant);
    if (typeof verdict === 'string') {
      ctx.drop(m.start, m.end, verdict);
      continue;
    }
    const written = text.slice(m.start, m.end);
    const replacement = m.entry.term + m.suffix;
    ctx.report({
      start: m.start,
      end: m.end,
      message: `"${written}" ${verdict.why}: the US ${m.entry.category === 'title' ? 'title' : 'name'} is "${m.entry.term}"`,
      confidence: verdict.confidence,
      suggestions: [{ text: replacement, confidence: verdict.confidence }],
      autofix: verdict.confidence >= 0.9,
      entry: m.entry,
    });
  }
}

type Verdict = { confidence: number; why: string } | string;

/**
 * What decide() looks up for each institution, indexed once per text: a text with thousands of
 * institutions and mentions was scanned whole for each (quadratic within a part of the text).
 */
interface Lookups {
  /** The longest glossary person term starting at a token. */
  personAt: Map<number, GlossaryMatch>;
  mentionEndingAt: Map<number, Mention>;
  mentionStartingAt: Map<number, Mention>;
  /** Mentions by the sentence they start in. */
  bySentence: Map<number, Mention[]>;
}

function lookups(ctx: RuleContext, mentions: Mention[], sentenceIds: Int32Array): Lookups {
  const personAt = new Map<number, GlossaryMatch>();
  for (const p of ctx.matches) {
    if (p.kind !== 'term' || p.entry.category !== 'person') continue;
    const best = personAt.get(p.firstToken);
    if (!best || p.lastToken > best.lastToken) personAt.set(p.firstToken, p);
  }
  const mentionEndingAt = new Map<number, Mention>();
  const mentionStartingAt = new Map<number, Mention>();
  const bySentence = new Map<number, Mention[]>();
  for (const x of mentions) {
    // the first in text order wins, as a find() over them did
    if (!mentionEndingAt.has(x.last)) mentionEndingAt.set(x.last, x);
    if (!mentionStartingAt.has(x.first)) mentionStartingAt.set(x.first, x);
    const sid = sentenceIds[x.first] as number;
    const list = bySentence.get(sid);
    if (list) list.push(x);
    else bySentence.set(sid, [x]);
  }
  return { personAt, mentionEndingAt, mentionStartingAt, bySentence };
}

function decide(ctx: RuleContext, m: GlossaryMatch, at: Lookups, sentence: { ids: Int32Array; paragraph: number[] }, dominant: string | undefined): Verdict {
  const { tokens } = ctx;
  const written = ctx.text.slice(m.start, m.end);
  const person = at.personAt.get(m.lastToken)?.entry;
  if (person) {
    const titles = person.titles ?? [];
    if (titles.some((t) => t.toLowerCase() === written.toLowerCase())) return `"${written}" is a title of ${person.term}`;
    if (titles.includes(m.entry.term) && validOn(person, ctx.date)) return { confidence: 0.9, why: `is not a title of ${person.term}` };
    if (titles.length > 0) return `${person.term}'s glossary titles do not mention "${m.entry.term}"`;
  }
  const attached = attachedMention(tokens, at, m);
  if (attached) return attached.country === UNITED_STATES ? { confidence: 0.85, why: 'names a US institution' } : `belongs to ${attached.country}`;

  const sid = (sentence.ids[m.firstToken] as number);
  const own = nearestOwner(tokens, at.bySentence.get(sid) ?? [], m);
  if (own) return own.country === UNITED_STATES ? { confidence: 0.75, why: 'in a sentence about the US' } : `the nearest country is ${own.country}`;
  const beforeName = isCapitalized(tokens[m.lastToken]?.text ?? '') && (tokens[m.lastToken] as Token | undefined)?.kind === 'word';
  if (beforeName) return 'a title before a name, with no country in the sentence';
  // the sentence before, in the same paragraph: "The US government plans ... The Interior Ministry has asked ..."
  if (sid > 0 && sentence.paragraph[sid - 1] === sentence.paragraph[sid]) {
    const prev = nearestOwner(tokens, at.bySentence.get(sid - 1) ?? [], m, false);
    if (prev) return prev.country === UNITED_STATES ? { confidence: 0.65, why: 'after a sentence about the US' } : `the sentence before is about ${prev.country}`;
  }
  if (dominant === UNITED_STATES) return { confidence: 0.6, why: 'in a text mostly about the US' };
  return dominant ? `the text is mostly about ${dominant}` : 'no country decides';
}

/** The mention nearest to the institution, skipping countries that the sentence names as counterparts. */
function nearestOwner(tokens: readonly Token[], candidates: Mention[], m: GlossaryMatch, sameSentence = true): Mention | undefined {
  const counterparts = new Set(sameSentence ? candidates.filter((x) => isCounterpart(tokens, x, m)).map((x) => x.country) : []);
  let nearest: { mention: Mention; distance: number } | undefined;
  for (const x of candidates) {
    if (counterparts.has(x.country)) continue;
    // ties go to the mention before: "the Libyan ... Foreign Ministry" reads as the owner
    const distance = x.last <= m.firstToken ? m.firstToken - x.last : x.first - m.lastToken + 0.5;
    if (!nearest || distance < nearest.distance) nearest = { mention: x, distance };
  }
  return nearest?.mention;
}

function validOn(e: GlossaryEntry, date: string | undefined): boolean {
  if (!date) return true;
  return (!e.validFrom || e.validFrom <= date) && (!e.validUntil || date <= e.validUntil);
}

/** "Libyan Foreign Ministry", "Libya's Foreign Ministry", "Foreign Ministry of Libya", "... in Tripoli". */
function attachedMention(tokens: readonly Token[], at: Lookups, m: GlossaryMatch): Mention | undefined {
  let before = m.firstToken;
  const t1 = tokens[before - 1];
  const t2 = tokens[before - 2];
  if (t1?.lower === 's' && !t1.spaceBefore && t2 && /^['’]$/.test(t2.text) && !t2.spaceBefore) before -= 2;
  const prev = at.mentionEndingAt.get(before);
  if (prev) return prev;
  let after = m.lastToken;
  if (!['of', 'in'].includes(tokens[after]?.lower ?? '')) return undefined;
  after++;
  if (tokens[after]?.lower === 'the') after++;
  return at.mentionStartingAt.get(after);
}

/**
 * A mention joined to the institution by "with", "and", "to"...: another party, not the owner ("the Foreign
 * Ministry, alongside Libya and Rwanda"; "met with Libyan officials"). Only close links count.
 */
function isCounterpart(tokens: readonly Token[], x: Mention, m: GlossaryMatch): boolean {
  const after = x.first >= m.lastToken;
  const [from, to] = after ? [m.lastToken, x.first] : [x.last, m.firstToken];
  if (to - from > (after ? COUNTERPART_AFTER : COUNTERPART_BEFORE)) return false;
  for (let k = from; k < to; k++) if (COUNTERPART.has((tokens[k] as Token).lower)) return true;
  return false;
}

/** Sentence number of each token, and paragraph number of each sentence (paragraphs end at a blank line). */
function sentenceIds(text: string, tokens: readonly Token[]): { ids: Int32Array; paragraph: number[] } {
  const ids = new Int32Array(tokens.length);
  const paragraph = [0];
  let id = 0;
  for (let i = 1; i < tokens.length; i++) {
    // most tokens follow a word of their segment at most a character away, where no sentence starts
    // (startsSentence looks back over openers and for an ender or a blank line): asked of every token
    const before = tokens[i - 1] as Token;
    const at = tokens[i] as Token;
    if (before.kind === 'word' && before.segment === at.segment && at.start - before.end <= 1) {
      ids[i] = id;
      continue;
    }
    if (startsSentence(text, tokens, i)) {
      id++;
      const prev = tokens[i - 1] as Token;
      const cur = tokens[i] as Token;
      const newParagraph = prev.segment !== cur.segment || /\n\s*\n/.test(text.slice(prev.end, cur.start));
      paragraph.push((paragraph[id - 1] as number) + (newParagraph ? 1 : 0));
    }
    ids[i] = id;
  }
  return { ids, paragraph };
}

/** The most mentioned country, when it is mentioned at least twice and more often than any other. */
function dominantCountry(mentions: Mention[]): string | undefined {
  const counts = new Map<string, number>();
  for (const x of mentions) counts.set(x.country, (counts.get(x.country) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [top, second] = ranked;
  if (!top || top[1] < 2 || (second && second[1] >= top[1])) return undefined;
  return top[0];
}

export default { meta, prepare, check } satisfies Rule<Prepared>;
