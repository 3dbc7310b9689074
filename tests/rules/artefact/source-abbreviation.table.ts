import rule from '../../../src/rules/artefact/source-abbreviation.ts';
import type { RuleTable } from '../../helpers/rule-tester.ts';

export default {
  rule,
  valid: [
    'investments in rail, e.g. in new high-speed lines',
    'around 450 million smartphones',
  ],
  invalid: [
    { text: 'social support, such as: B. a scholarship', errors: [{ flagged: 'such as: B.', message: '"B." is left over from the source abbreviation "z. B.", whose other half became "such as": remove it', suggestion: 'such as' }], output: 'social support, such as a scholarship' },
    { text: 'investments in rail, z. B. in new high-speed lines', errors: [{ flagged: 'z. B.', message: '"z. B." is the source-language abbreviation "z. B.", left untranslated: write "e.g."', suggestion: 'e.g.' }], output: 'investments in rail, e.g. in new high-speed lines' },
    { text: 'in Texas bzw. California', errors: [{ flagged: 'bzw.', message: '"bzw." is the source-language abbreviation "bzw.", left untranslated: write "or"', suggestion: 'or' }] },
    { text: 'around 450 Mio. smartphones', errors: [{ flagged: 'Mio.', message: '"Mio." is the source-language abbreviation "Mio.", left untranslated: write "million"', suggestion: 'million' }], output: 'around 450 million smartphones' },
  ],
} satisfies RuleTable;
