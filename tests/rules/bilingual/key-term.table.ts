import rule from '../../../src/rules/bilingual/key-term.ts';
import type { RuleTable } from '../../helpers/rule-tester.ts';

const glossary = [{ term: 'State Department', variants: ['Foreign Ministry'], source: { de: ['Außenministerium'] } }];

export default {
  rule,
  glossary,
  defaults: { format: 'tsv' },
  valid: [
    "Das Außenministerium teilte mit.\tThe State Department said.",
    "Die Regierung teilte mit.\tThe government said.",
  ],
  invalid: [
    { text: "Das Außenministerium teilte mit.\tThe Foreign Ministry announced.", errors: [{ flagged: 'Foreign Ministry', message: 'source has "Außenministerium": the target should say "State Department"', suggestion: 'State Department' }] },
    { text: "Das Außenministerium teilte mit.\tThe foreign office said.", errors: [{ flagged: 'The foreign office said.', message: 'source has "Außenministerium": the target should say "State Department"' }] },
  ],
} satisfies RuleTable;
