import { tokenize, type Token } from '../../document/tokens.js';
import type { CompiledGlossary } from '../../glossary/compile.js';

/**
 * The tokens of a glossary term as objects of their own, for the rules that hold on to them
 * (near-miss keeps them per word, acronym/unknown per term).
 *
 * Not `TermWord.tokens` (CompiledGlossary.termTokens), which keeps the very objects tokenize() made:
 * the allocation site of every checked document's tokens. When enough of that site's objects live on,
 * V8 pretenures the site (allocation-site pretenuring): from then on each document's tokens are made in
 * old space, where only full collections free them. With the 50k glossary that cost ~0.2 ms of garbage
 * collection per 5 KB article. Copied here, the tokenize() objects die young like a document's.
 */
export function ownTermTokens(glossary: CompiledGlossary, id: number): readonly Token[] {
  const term = glossary.term(id);
  return tokenize(term, [{ start: 0, end: term.length }]).map(
    (t): Token => ({ start: t.start, end: t.end, text: t.text, lower: t.lower, kind: t.kind, spaceBefore: t.spaceBefore, segment: t.segment }),
  );
}

const caches = new WeakMap<CompiledGlossary, Map<number, readonly Token[]>>();
const CACHE_LIMIT = 20_000;

/** ownTermTokens, kept per compiled glossary. */
export function termTokensOf(glossary: CompiledGlossary, id: number): readonly Token[] {
  let cache = caches.get(glossary);
  if (!cache) caches.set(glossary, (cache = new Map()));
  let tokens = cache.get(id);
  if (!tokens) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(id, (tokens = ownTermTokens(glossary, id)));
  }
  return tokens;
}
