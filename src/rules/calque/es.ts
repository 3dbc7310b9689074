import type { Rule, RuleContext } from '../types.js';
import { checkPack, PACK_CONFIDENCE, type Pack, preparePack } from './pack.js';

export const meta = {
  id: 'calque/es',
  severity: 'warning',
  description:
    'Calques and false friends of English machine-translated from Spanish, from the data in corpora/rules/calque-es.yaml ' +
    '(glossary format; many entries fire only near context words). Runs when the source language is es, or when it is ' +
    'unknown, then only for entries whose context asks for supporting words.',
  confidence: PACK_CONFIDENCE,
  examples: [{ text: 'She handed over a carpet with evidence on 30 arms dealers.', flagged: 'carpet', suggestion: 'folder' }],
} satisfies Rule['meta'];

/** The pack, compiled once per checker. */
export function prepare(): Pack {
  return preparePack('es');
}

export function check(ctx: RuleContext, pack: Pack): void {
  checkPack('es', ctx, pack);
}

export default { meta, prepare, check } satisfies Rule<Pack>;
