import type { Rule, RuleContext } from '../types.js';
import { checkPack, PACK_CONFIDENCE, type Pack, preparePack } from './pack.js';

export const meta = {
  id: 'calque/fr',
  severity: 'warning',
  description:
    'Calques and false friends of English machine-translated from French, from the data in corpora/rules/calque-fr.yaml ' +
    '(glossary format; many entries fire only near context words). Runs when the source language is fr, or when it is ' +
    'unknown, then only for entries whose context asks for supporting words.',
  confidence: PACK_CONFIDENCE,
  examples: [{ text: 'The deception among staff is great.', flagged: 'deception', suggestion: 'disappointment' }],
} satisfies Rule['meta'];

/** The pack, compiled once per checker. */
export function prepare(): Pack {
  return preparePack('fr');
}

export function check(ctx: RuleContext, pack: Pack): void {
  checkPack('fr', ctx, pack);
}

export default { meta, prepare, check } satisfies Rule<Pack>;
