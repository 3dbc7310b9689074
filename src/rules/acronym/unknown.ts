import type { Token } from '../../document/tokens.js';
import { isEnglishWord, spells } from '../../lang/english.js';
import { termTokensOf } from '../glossary/term-tokens.js';
import type { Rule, RuleContext, RuleEnv, RuleReport, SourceLang } from '../types.js';
import { DocIndex } from './defines.js';
import { ACRONYM, glossaryKnown, isAsciiCapital, type Known, type Lists, loadLists, sortLetters } from './known.js';
import { Chunks, Layout } from './layout.js';

export const meta = {
  id: 'acronym/unknown',
  severity: 'warning',
  description:
    'An all-caps token of 2-6 letters that machine translation got wrong, reported only on evidence: a glossary ' +
    'term that the letters and the words around fit ("USL system" from "US asylum system" via German "Asyl"), an ' +
    'acronym of the source language that English writes differently ("OTAN", "BIP"), or a glossary acronym with the ' +
    'same letters in another order ("CPB" for "CBP"). An acronym the English dictionary lists ("TVA", "RDA") is a known one ' +
    'unless the source language writes it (French TVA for VAT). An acronym merely missing from the lists is not reported: real ' +
    'text is full of acronyms no list holds. Datelines, bylines, headline lines, defined acronyms and acronyms in ' +
    'corpora/rules/acronyms.txt are never reported.',
  confidence:
    '0.75 when a glossary term fits the letters and the words around; 0.7 for a source-language acronym when the ' +
    'source language is known, 0.6 when it is not; 0.6 for a glossary acronym with the same letters in another order. ' +
    'Never applied by --fix.',
  examples: [
    { text: 'to reduce the strain on the USL system and the migration', flagged: 'USL system', suggestion: 'US asylum system' },
  ],
} satisfies Rule['meta'];

/** US broadcasters' call signs ("WBAI", "KQED"). */
const CALL_SIGN = /^[KW][A-Z]{3}$/;
const ROMAN = /^(?=[MDCLXVI]{2,})M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;

const INTRODUCING_NOUN = new Set([
  'agency', 'alliance', 'association', 'bank', 'body', 'broadcaster', 'carrier', 'coalition', 'company', 'council',
  'federation', 'firm', 'group', 'institute', 'insurer', 'lender', 'militia', 'movement', 'network', 'newspaper',
  'office', 'organisation', 'organization', 'outlet', 'party', 'regulator', 'station', 'union', 'watchdog',
]);

/** What the rule compiles once per checker: the acronym lists and what the glossary says about acronyms. */
interface Prepared extends Lists {
  known: Known;
}

export function prepare(env: RuleEnv): Prepared {
  // what the glossary says is made when a text first has an acronym to judge, not for every checker
  let known: Known | undefined;
  return {
    ...loadLists(),
    get known() {
      return (known ??= glossaryKnown(env.glossary));
    },
  };
}

export function check(ctx: RuleContext, state: Prepared): void {
  const { tokens } = ctx;
  const occurrences = new Map<string, number[]>();
  const chunks = new Chunks(ctx.text);
  const attached = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] as Token;
    // ACRONYM wants two capitals first: most words are refused without running it
    const m = tok.kind === 'word' && isAsciiCapital(tok.text.charCodeAt(1)) && isAsciiCapital(tok.text.charCodeAt(0)) ? ACRONYM.exec(tok.text) : null;
    if (!m) continue;
    if (chunks.at(tok)) attached.add(i);
    const core = m[1] as string;
    let list = occurrences.get(core);
    if (!list) occurrences.set(core, (list = []));
    list.push(i);
  }
  if (occurrences.size === 0) return;
  const index = new DocIndex(tokens, occurrences);
  const layout = new Layout(ctx.text, tokens);
  const { known } = state;
  for (const [core, list] of occurrences) {
    // a source-language form wins over the English lists only when that language is the source
    const foreign = foreignForm(core, ctx, state);
    if (!foreign && (state.news.has(core) || ROMAN.test(core) || CALL_SIGN.test(core))) continue;
    if (ctx.glossary.termsByLower.has(core.toLowerCase()) || known.caps.has(core) || known.initials.has(core)) continue;
    const same = foreign ? undefined : sameLetters(core, known);
    let defined: boolean | undefined;
    for (const i of list) {
      if (attached.has(i) || nextToNumber(tokens, i) || introduced(tokens, i) || layout.inCapsLine(i) || layout.inDatelineOrByline(i)) continue;
      const found = foreign ?? glossaryExpansion(ctx, i, core) ?? (same && anagramFits(ctx, i, core, same, state) ? same : undefined);
      if (!found) continue;
      // a definition anywhere in the text clears the acronym; looked up only once there is evidence
      if ((defined ??= index.defines(core))) break;
      const tok = tokens[i] as Token;
      ctx.report({ start: tok.start, end: tok.start + core.length, ...found });
    }
  }
}

type Evidence = Omit<RuleReport, 'start' | 'end'> & { start?: number; end?: number };

const LANGUAGE: Record<SourceLang, string> = { de: 'German', fr: 'French', es: 'Spanish' };

/** A source-language acronym English writes otherwise ("OTAN" → "NATO"). */
function foreignForm(core: string, ctx: RuleContext, lists: Lists): Evidence | undefined {
  const byLang = lists.foreign.get(core);
  if (!byLang) return undefined;
  const lang = ctx.sourceLang;
  let english: string | undefined;
  if (lang !== undefined) english = byLang.get(lang);
  // without a source language only forms that are neither English words nor English acronyms (the lists', or
  // the dictionary's: "TVA", the Tennessee Valley Authority, is French for VAT only in French)
  else if (core.length >= 3 && !isEnglishWord(core) && !spells(core) && !lists.news.has(core) && !lists.wide.has(core)) english = byLang.values().next().value;
  if (english === undefined) return undefined;
  const names = [...byLang.keys()].map((l) => LANGUAGE[l]).join(' and ');
  return {
    message: `"${core}" is the ${names} acronym; English writes "${english}"`,
    confidence: lang !== undefined ? 0.7 : 0.6,
    suggestions: [{ text: english, confidence: lang !== undefined ? 0.7 : 0.6 }],
    autofix: false,
  };
}

/** A one-word glossary acronym with the same letters in another order ("CPB" for "CBP"). */
function sameLetters(core: string, known: Known): Evidence | undefined {
  const same = known.sorted.get(sortLetters(core));
  // an English word in capitals ("ACE", "MINT") is emphasis, and an acronym the dictionary lists ("TVA",
  // "RDA", "GPO") a real one, not a scrambled acronym
  if (!same || same.term === core || (core.length >= 3 && (isEnglishWord(core) || spells(core)))) return undefined;
  return {
    message: `"${core}" is not a known acronym; "${same.term}" has the same letters (a foreign word order?)`,
    confidence: 0.6,
    suggestions: [{ text: same.term, confidence: 0.5 }],
    autofix: false,
  };
}

/**
 * A letter-swapped glossary acronym counts as evidence when the token is no widely used acronym of
 * its own ("PCB", "LAN" are); when it is one, only when the text calls it the kind of body the
 * glossary acronym names ("the CPB border agency" for the organisation CBP).
 */
function anagramFits(ctx: RuleContext, i: number, core: string, same: Evidence, state: Prepared): boolean {
  if (!state.wide.has(core)) return true;
  const term = same.suggestions?.[0]?.text as string;
  const id = state.known.sorted.get(sortLetters(core))?.id;
  if (id === undefined || term === undefined || ctx.glossary.entry(id).category !== 'organisation') return false;
  for (let k = i + 1; k <= i + 2 && k < ctx.tokens.length; k++) if (INTRODUCING_NOUN.has((ctx.tokens[k] as Token).lower)) return true;
  return false;
}

/** Joined to a number ("MH17", "COVID-19") or a catalogue or model number after a space ("SWAO 1643"). */
function nextToNumber(tokens: readonly Token[], i: number): boolean {
  const tok = tokens[i] as Token;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (prev?.kind === 'number' && !tok.spaceBefore) return true;
  if (next && !next.spaceBefore && next.text === '-' && tokens[i + 2]?.kind === 'number') return true;
  return next?.kind === 'number' && next.segment === tok.segment;
}

/** After a noun that says what it names: "the consumer association BEUC", "the rebel group M23". */
function introduced(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return !!prev && prev.kind === 'word' && (tokens[i] as Token).spaceBefore && INTRODUCING_NOUN.has(prev.lower);
}

/**
 * A glossary term that the acronym and the words around it garble: the term has a word the acronym
 * starts with ("US"), the acronym's other letters occur in order in the term's next word ("L" in
 * "asylum"), and the text around matches the term's other words ("USL system" → "US asylum system").
 */
function glossaryExpansion(ctx: RuleContext, i: number, core: string): RuleReport | undefined {
  const { tokens } = ctx;
  for (let k = core.length - 1; k >= 2; k--) {
    const head = core.slice(0, k);
    const rest = core.slice(k).toLowerCase();
    for (const ref of ctx.glossary.termWordsOf(head.toLowerCase()) ?? []) {
      const { position } = ref;
      // the term's tokens as copies (see term-tokens.ts), not ref.tokens
      const tt = termTokensOf(ctx.glossary, ref.id);
      const next = tt[position + 1];
      if (tt[position]?.text !== head || next?.kind !== 'word' || !subsequence(rest, next.lower)) continue;
      const first = i - position;
      const last = i + (tt.length - position - 2);
      if (first < 0 || last >= tokens.length) continue;
      let fits = true;
      for (let p = 0; p < tt.length && fits; p++) {
        if (p === position || p === position + 1) continue;
        const t = tokens[p < position ? first + p : i + (p - position - 1)] as Token;
        fits = t.lower === (tt[p] as Token).lower && t.segment === (tokens[i] as Token).segment;
      }
      if (!fits) continue;
      const start = (tokens[first] as Token).start;
      const end = (tokens[last] as Token).end;
      return {
        start,
        end,
        message: `"${core}" is not a known acronym; the glossary term "${ref.entry.term}" fits "${ctx.text.slice(start, end)}"`,
        confidence: 0.75,
        suggestions: [{ text: ref.entry.term, confidence: 0.7 }],
        autofix: false,
        entry: ref.entry,
      };
    }
  }
  return undefined;
}

function subsequence(needle: string, hay: string): boolean {
  let j = 0;
  for (const c of hay) if (c === needle[j]) j++;
  return j === needle.length;
}

export default { meta, prepare, check } satisfies Rule<Prepared>;
