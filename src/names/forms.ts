import type { CompiledGlossary } from '../glossary/compile.js';
import { editDistance } from '../lang/edit-distance.js';
import type { Alignment, Pair } from './align.js';
import { nameData } from './data.js';
import { isNameTerm } from './words.js';
import type { NameIndex, NameTerm } from './name-index.js';
import type { ComparedWord } from './similarity.js';
import { mayShareSpelling } from './distance-bound.js';
import type { NameWord } from './words.js';

/** Relations between the forms of one name, on folded words (see fold.ts). */

/**
 * `adj` is an adjective or demonym of the name: "Franconia" + "n", "Israel" + "i", "Japan" + "ese"; a
 * final vowel may give way to a longer ending ("Kenya" → "Kenyan", "Somalia" → "Somali"), not to one
 * letter ("Bucha" → "Buchi" is a case ending), and a final y may go ("Germany" → "German"); the
 * adjective's stem may be spelt a letter apart ("Brazilian", "Brasília").
 */
export function isAdjective(name: string, adj: string): boolean {
  const { adjectiveEndings } = nameData();
  const stem = name.replace(/[aeiouy]$/, '');
  if (name.endsWith('y') && adj === stem) return true;
  return adjectiveEndings.some((e) => {
    if (!adj.endsWith(e)) return false;
    const base = adj.slice(0, -e.length);
    if (base === name || (e.length > 1 && base === stem)) return true;
    return e.length > 1 && base.length >= 5 && (editDistance(base, name, 1) <= 1 || editDistance(base, stem, 1) <= 1);
  });
}

/** The same surname in the other gender ("Korostyshevsky", "Korostyshevskaya"). */
export function otherGender(a: string, b: string): boolean {
  return nameData().genderEndings.some(([m, f]) => (a.endsWith(m) && b.endsWith(f) && a.slice(0, -m.length) === b.slice(0, -f.length)) || (a.endsWith(f) && b.endsWith(m) && a.slice(0, -f.length) === b.slice(0, -m.length)));
}

/**
 * `long` is `short` (four letters or more: "Kotha" is no longer name of "Kot") with an ending of two
 * letters or more that is not a Slavic case or adjective ending (caseEndings in corpora/names/particles.yaml):
 * a longer name ("Minposha" for "Minpo", "Ushigahara-jo"), which a suggestion of the shorter would cut.
 */
export function extendsName(long: string, short: string): boolean {
  return short.length >= 4 && long.length >= short.length + 2 && long.startsWith(short) && !nameData().caseEndings.has(long.slice(short.length));
}

/** The aligned words come in the term's order. */
export function inOrder(al: Alignment): boolean {
  const ordered = [...al.pairs].sort((x, y) => x.word - y.word);
  return ordered.every((p, i) => i === 0 || p.termWord > (ordered[i - 1] as Pair).termWord);
}

/** A word the same as a word of another name term of the glossary, or an accepted spelling of one. */
export function variantOfAnother(index: NameIndex, w: NameWord, term: NameTerm): boolean {
  return termsSpelling(index, w).some((other) => other.id !== term.id);
}

/** The name terms of the glossary with a word that is `w` or an accepted spelling of it (memo.ts keeps them per word). */
export function termsSpelling(index: NameIndex, w: NameWord): NameTerm[] {
  const cw = index.compared(w);
  const out: NameTerm[] = [];
  for (const id of index.candidates(w)) {
    const other = index.term(id);
    if (!other || !(other.isName ??= isNameTerm(other))) continue;
    // compareWords(cw, ow).kind is 'exact' or 'same' exactly when this holds (similarity.ts, compare), and
    // asked directly it needs no hashing, bounds or memo read: speed, once per (word spelling, candidate)
    for (const ow of other.compared) {
      // (an acceptable spelling in common is a spelling in common: the sorted spelling hashes rule most out first)
      if (cw.folded === ow.folded || (mayShareSpelling(cw, ow) && sharesSame(cw, ow))) {
        out.push(other);
        break;
      }
    }
  }
  return out;
}

/** An acceptable spelling in common. */
function sharesSame(a: ComparedWord, b: ComparedWord): boolean {
  for (const x of a.same) if (b.same.includes(x)) return true;
  return false;
}

/**
 * A plain term of one word that is the adjective or demonym of a glossary place ("Samoan" of "Samoa",
 * "Serbian" of "Serbia"): a word of its own, matched whole only, never found in a name a letter or two
 * off ("Samnan", "Șerban"). The place is looked for under the stems the adjective endings leave, as
 * written and with a final a, ia or y.
 */
export function demonymOfPlace(glossary: CompiledGlossary, index: NameIndex, term: NameTerm): boolean {
  const word = term.words[0];
  if (term.words.length !== 1 || !word) return false;
  const isPlace = (name: string) => (glossary.termWordsOf(name) ?? []).some(({ id }) => index.term(id)?.entry.category === 'place');
  // the place is the demonym and a y ("German", "Germany"; isAdjective)
  if (isPlace(word.folded + 'y')) return true;
  for (const e of nameData().adjectiveEndings) {
    if (!word.folded.endsWith(e) || word.folded.length - e.length < 3) continue;
    const base = word.folded.slice(0, -e.length);
    for (const name of [base, base + 'a', base + 'ia', base + 'y']) {
      if (isAdjective(name, word.folded) && isPlace(name)) return true;
    }
  }
  return false;
}

/**
 * `written` is `term` with a Slavic case ending of corpora/names/particles.yaml ("Dobrovinskoy" for
 * "Dobrovinsky", "Buchi" for "Bucha"); the stem, four letters or more, may lose a last "a", "o" or "y", the
 * endings Slavic languages decline ("Klychka" for Klychko); a name ending in "e", "i" or "u" is not declined
 * ("Grosse" is no case of Grossi).
 */
export function withCaseEnding(written: string, term: string): boolean {
  const { caseEndings } = nameData();
  for (const stem of [term, term.replace(/[aoy]$/, '')]) if (stem.length >= 4 && written.length > stem.length && written.startsWith(stem) && caseEndings.has(written.slice(stem.length))) return true;
  return false;
}
