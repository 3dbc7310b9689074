import rule from '../../../src/rules/calque/es.ts';
import type { RuleTable } from '../../helpers/rule-tester.ts';

export default {
  rule,
  defaults: { sourceLang: 'es' },
  valid: [
    'She handed over a folder with evidence on 30 arms dealers.',
  ],
  invalid: [
    { text: 'She handed over a carpet with evidence on 30 arms dealers.', errors: [{ flagged: 'carpet', message: '"carpet" looks like a calque (Spanish "carpeta" (folder))', suggestion: 'folder' }] },
  ],
} satisfies RuleTable;
