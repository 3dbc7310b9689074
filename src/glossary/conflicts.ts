import { DEFAULT_GLOSSARY_NAME } from './default.js';
import type { Glossary, GlossaryEntry } from './types.js';

const where = (e: GlossaryEntry) => `${e.glossary}:${e.line ?? '?'}`;

/**
 * What two or more glossaries loaded together define twice: the same term, the same wrong form (for
 * any term), or a wrong form in one that is a term in another. One warning each, naming both files and
 * lines; within one glossary the loader reports these itself. Nothing is merged or dropped: the
 * matcher keeps the longer or earlier entry where they meet.
 *
 * A newsroom glossary overlaps the bundled one all the time, so a term that a user glossary defines
 * again exactly as the bundled glossary does (same case rule and fix mode) is not worth a warning on
 * every run; two user glossaries repeating each other, or any disagreement, are.
 */
export function conflictsAcross(glossaries: readonly Glossary[]): string[] {
  if (glossaries.length < 2) return [];
  const terms = new Map<string, GlossaryEntry>();
  const variants = new Map<string, GlossaryEntry>();
  const warnings: string[] = [];
  for (const g of glossaries) {
    const ownTerms = new Map<string, GlossaryEntry>();
    const ownVariants = new Map<string, GlossaryEntry>();
    for (const e of g.entries) {
      const key = e.term.toLowerCase();
      const first = terms.get(key);
      if (first && !sameAsBundled(first, e)) warnings.push(`${where(e)}: term "${e.term}" is also defined in ${where(first)}${differences(first, e)}`);
      const asVariant = variants.get(key);
      if (asVariant && asVariant.term.toLowerCase() !== key) warnings.push(`${where(e)}: term "${e.term}" is a wrong form of "${asVariant.term}" in ${where(asVariant)}`);
      if (!ownTerms.has(key)) ownTerms.set(key, e);
      for (const v of e.variants) {
        if (v.kind !== 'literal') continue;
        const vk = v.text.toLowerCase();
        const other = variants.get(vk);
        // the same wrong form of the same term is said by the term's warning already
        if (other && other.term.toLowerCase() !== key) warnings.push(`${where(e)}: variant "${v.text}" of "${e.term}" is also a variant of "${other.term}" in ${where(other)}`);
        const asTerm = terms.get(vk);
        if (asTerm && asTerm.term.toLowerCase() !== key) warnings.push(`${where(e)}: variant "${v.text}" of "${e.term}" is the term of ${where(asTerm)}`);
        if (!ownVariants.has(vk)) ownVariants.set(vk, e);
      }
    }
    for (const [k, e] of ownTerms) if (!terms.has(k)) terms.set(k, e);
    for (const [k, e] of ownVariants) if (!variants.has(k)) variants.set(k, e);
  }
  return warnings;
}

/** The same term defined the same way, once in the bundled glossary and once in a user's. */
function sameAsBundled(a: GlossaryEntry, b: GlossaryEntry): boolean {
  return (a.glossary === DEFAULT_GLOSSARY_NAME) !== (b.glossary === DEFAULT_GLOSSARY_NAME) && a.caseSensitive === b.caseSensitive && a.fix === b.fix;
}

/** How two definitions of one term differ, for the warning: " (fix: suggest there, auto here)". */
function differences(first: GlossaryEntry, again: GlossaryEntry): string {
  const said: string[] = [];
  if (first.fix !== again.fix) said.push(`fix: ${first.fix} there, ${again.fix} here`);
  if (first.caseSensitive !== again.caseSensitive) said.push(`caseSensitive: ${first.caseSensitive} there, ${again.caseSensitive} here`);
  return said.length ? ` (${said.join('; ')})` : '';
}
