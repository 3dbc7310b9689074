import { fileURLToPath } from 'node:url';
import { matchCasing } from '../../glossary/casing.js';
import { CompiledGlossary, type GlossaryMatch } from '../../glossary/compile.js';
import { contextHolds } from '../../glossary/context.js';
import { loadGlossaryFile } from '../../glossary/load.js';
import { subsetGlossary } from '../../glossary/subset.js';
import type { GlossaryEntry } from '../../glossary/types.js';
import type { RuleContext, SourceLang } from '../types.js';
import { isAllCaps, isCapitalized, startsSentence } from '../../document/tokens.js';

/** Where a language's pack lives (the same relative path from src/ and from dist/). */
export function packPath(lang: SourceLang): string {
  return fileURLToPath(new URL(`../../../corpora/rules/calque-${lang}.yaml`, import.meta.url));
}

/** A language's pack, compiled. */
export function packGlossary(lang: SourceLang): CompiledGlossary {
  return new CompiledGlossary(loadGlossaryFile(packPath(lang)).entries);
}

/**
 * What a calque rule compiles once per checker: its whole pack, for texts whose source language is
 * known, and the entries safe without one (see `safeWithoutSource`), for the others: most texts come
 * without a source language, and a trie of a few entries is walked much faster than the whole pack.
 */
export interface Pack {
  full: CompiledGlossary;
  safe: CompiledGlossary;
}

export function preparePack(lang: SourceLang): Pack {
  const glossary = loadGlossaryFile(packPath(lang));
  // the whole pack from its cached index (glossary cache), not a trie built again from its entries
  // the safe part's index cached as the pack's is (glossary/subset.ts)
  return { full: new CompiledGlossary([glossary]), safe: new CompiledGlossary([subsetGlossary(glossary, 'calque-safe', safeWithoutSource)]) };
}

/**
 * An entry may run without a known source language only when its `context` asks for positive
 * evidence (`anyOf`): a bare "actually" or "handy" is correct English unless we know the text was
 * translated, while "carpet" next to "documents" is wrong whatever the source. Hedged entries
 * (`severity: info`, "eventually" near "if") need the source language whatever their context: the
 * same words are everyday English ("weapons it refused to supply would eventually reach Kyiv if …").
 * Reads its entry only: its text keys the cached subset (glossary/subset.ts).
 */
export function safeWithoutSource(e: GlossaryEntry): boolean {
  return (e.context?.anyOf?.length ?? 0) > 0 && e.severity !== 'info';
}

/**
 * 0.9 for `fix: auto`, 0.8 for `suggest`, 0.7 for `warn`; 0.1 less when the entry depends on
 * context words, 0.2 less for entries marked `severity: info` (hedged guesses such as
 * "eventually"), 0.1 less when the source language is unknown.
 */
export function packConfidence(e: GlossaryEntry, sourceKnown: boolean): number {
  let c = e.fix === 'auto' ? 0.9 : e.fix === 'suggest' ? 0.8 : 0.7;
  if (e.context) c -= 0.1;
  if (e.severity === 'info') c -= 0.2;
  if (!sourceKnown) c -= 0.1;
  return Math.round(c * 100) / 100;
}

export const PACK_CONFIDENCE =
  '0.9 for an entry marked fix: auto (a phrase that is never English), 0.8 for fix: suggest; 0.1 lower when the ' +
  'entry depends on context words, 0.2 lower for hedged entries (severity: info, e.g. "eventually" for "possibly"), ' +
  '0.1 lower when the source language is unknown (then only entries whose context asks for supporting words run, ' +
  'and no hedged entry). ' +
  '--fix applies only fix: auto entries and only when the source language is known.';

/** Checks a text against one language's pack (compiled by `preparePack` in the rule's `prepare`). */
export function checkPack(lang: SourceLang, ctx: RuleContext, pack: Pack): void {
  const sourceKnown = ctx.sourceLang === lang;
  if (ctx.sourceLang !== undefined && !sourceKnown) return;
  const glossary = sourceKnown ? pack.full : pack.safe;
  if (glossary.size === 0) return;
  const found = glossary.match(ctx.text, ctx.tokens, ctx.doc.segments);
  const candidates = found.filter(
    (m) =>
      m.kind === 'variant' &&
      (sourceKnown || safeWithoutSource(m.entry)) &&
      contextHolds(m.entry.context, ctx.tokens, m.firstToken, m.lastToken) &&
      !inName(ctx, m),
  );
  // longest first, so "assisted at" wins over a shorter overlapping entry
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  // the tokens already taken, one flag each: a list of taken matches to compare with made a text of
  // many calques quadratic
  const taken = new Uint8Array(ctx.tokens.length);
  for (const m of candidates) {
    if (taken.subarray(m.firstToken, m.lastToken).includes(1)) continue;
    taken.fill(1, m.firstToken, m.lastToken);
    report(ctx, m, sourceKnown);
  }
}

/**
 * A calque is a common word used in a foreign sense, written in lower case where it stands. Capitalised
 * inside a sentence, the words belong to a name instead ("the Providence Daily Journal", "the Wall Street
 * Journal" for French "journal"), unless the pack itself writes them so, or they are in capitals ("FLOODS
 * FORCE HABITANTS TO FLEE"). A calque in a headline in Title Case is taken for a name too, and missed
 * ("Floods Force Habitants To Flee"): a byline, a credit line or a list of names ("Source: Springfield
 * Daily Journal") looks the same, and a flag there would be false.
 */
function inName(ctx: RuleContext, m: GlossaryMatch): boolean {
  const written = ctx.text.slice(m.start, m.end);
  if (!isCapitalized(written) || isAllCaps(written) || m.entry.variants.some((v) => isCapitalized(v.text))) return false;
  return !startsSentence(ctx.text, ctx.tokens, m.firstToken);
}

function report(ctx: RuleContext, m: GlossaryMatch, sourceKnown: boolean): void {
  const e = m.entry;
  const text = ctx.text.slice(m.start, m.end);
  const confidence = packConfidence(e, sourceKnown);
  const source = e.note ? ` (${e.note})` : '';
  ctx.report({
    start: m.start,
    end: m.end,
    message: `"${text}" looks like a calque${source}`,
    confidence,
    suggestions: e.fix === 'warn' ? [] : [{ text: matchCasing(text, e.term) + m.suffix, confidence }],
    autofix: e.fix === 'auto' && sourceKnown,
    entry: e,
    ...(e.severity ? { severity: e.severity } : {}),
  });
}
