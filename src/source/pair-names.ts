import type { Token } from '../document/tokens.js';
import { remember, rememberAt, type AlignedPair, type AlignedSource } from './aligned.js';
import { fold } from './name-key.js';
import { sourceCapitals, sourceNames, targetWords, type SourceName, type TargetWord } from './names.js';

// The names and words of an aligned pair's two sides, each made once per check and kept on the
// AlignedSource (aligned.ts, remember): several source rules ask for them.

/**
 * The names of pair `k`'s source (see sourceNames), once per check and `use` (the rules that share
 * one `kept` share its answer): with `kept`, dictionary names the target keeps too.
 */
export function pairNames(src: AlignedSource, k: number, use = '', kept?: (name: SourceName) => boolean, all = false): SourceName[] {
  return rememberAt(src, namesKind(use), k, () => {
    const p = src.pairs[k] as AlignedPair;
    return sourceNames(src.text, p.source, src.lang, kept, all);
  });
}

/** Every capitalised word of pair `k`'s source (sourceCapitals), once per check. */
export function pairSourceCapitals(src: AlignedSource, k: number): SourceName[] {
  return rememberAt(src, 'capitals', k, () => {
    const p = src.pairs[k] as AlignedPair;
    return sourceCapitals(src.text, p.source, src.lang);
  });
}

/** The capitalised words of pair `k`'s target (with `anyCase`, every word), once per check. */
export function pairTargetWords(src: AlignedSource, k: number, tokens: readonly Token[], anyCase = false): TargetWord[] {
  return rememberAt(src, anyCase ? 'words:any' : 'words:capital', k, () => targetWords(tokens, (src.pairs[k] as AlignedPair).target, anyCase));
}

/**
 * Whether some capitalised word of the whole target spells the name: as written or romanised, or an
 * inflection of that (up to three letters more or fewer, sharing at least four). Spelling only, not
 * sound keys: a translation keeps "Київ" as "Kyiv" but translates "Польща" as "Poland", which a
 * consonant skeleton would take for "Polish". Once per check: the target's spellings are indexed with
 * their last one to three letters cut, so each question is a few set look-ups.
 */
export function writtenAnywhere(src: AlignedSource, tokens: readonly Token[]): (name: SourceName) => boolean {
  return remember(src, 'written', () => {
    const whole = new Set<string>();
    const cut = new Set<string>();
    for (const { folded } of allTargetWords(src, tokens)) {
      whole.add(folded);
      for (let d = 1; d <= 3 && folded.length - d >= 4; d++) cut.add(folded.slice(0, folded.length - d));
    }
    const has = (f: string) => {
      if (whole.has(f) || (f.length >= 4 && cut.has(f))) return true;
      for (let d = 1; d <= 3 && f.length - d >= 4; d++) if (whole.has(f.slice(0, f.length - d))) return true;
      return false;
    };
    return (name: SourceName) => name.forms.some(has);
  });
}

/** The capitalised words of the whole target, once per check. */
export function allTargetWords(src: AlignedSource, tokens: readonly Token[]): TargetWord[] {
  return remember(src, 'words', () => targetWords(tokens, { start: 0, end: Number.MAX_SAFE_INTEGER }));
}

/** Every word of pair `k`'s source, folded, once per check. */
export function pairSourceWords(src: AlignedSource, k: number): Set<string> {
  return rememberAt(src, 'source-words', k, () => {
    const p = src.pairs[k] as AlignedPair;
    return new Set((src.text.slice(p.source.start, p.source.end).match(/[\p{L}\p{M}]+/gu) ?? []).map(fold));
  });
}

const namesKinds = new Map<string, string>();
/** The memo kind of pairNames for `use`: made once per `use` (a handful of constants in the rules). */
function namesKind(use: string): string {
  let kind = namesKinds.get(use);
  if (kind === undefined) namesKinds.set(use, (kind = `names:${use}`));
  return kind;
}
