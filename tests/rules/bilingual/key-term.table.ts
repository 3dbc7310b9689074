import rule from '../../../src/rules/bilingual/key-term.ts';
import type { RuleTable } from '../../helpers/rule-tester.ts';

const glossary = [{ term: 'State Department', variants: ['Foreign Ministry'], source: { de: ['Außenministerium'] } }];

const sources = [{ term: 'State Department', variants: ['Foreign Ministry'], source: { de: ['Außenministerium'], fr: 'ministère des Affaires étrangères' } }, { term: 'Bundestag', source: { de: ['/Bundestag(?:es|s)?/'] } }];

export default {
  rule,
  glossary,
  defaults: { format: 'tsv' },
  valid: [
    "Das Außenministerium teilte mit.\tThe State Department said.",
    "Die Regierung teilte mit.\tThe government said.",
    { text: "Le ministère des Affaires étrangères a dit.\tThe State Department said.", format: 'tsv', glossary: sources },
    { text: "Der Bundestages Sitzung\tThe Bundestag session", format: 'tsv', glossary: sources },
  ],
  invalid: [
    { text: "Das Außenministerium teilte mit.\tThe Foreign Ministry announced.", errors: [{ flagged: 'Foreign Ministry', message: 'source has "Außenministerium": the target should say "State Department"', suggestion: 'State Department' }] },
    { text: "Das Außenministerium teilte mit.\tThe foreign office said.", errors: [{ flagged: 'The foreign office said.', message: 'source has "Außenministerium": the target should say "State Department"' }] },
    { text: "Le ministère des Affaires étrangères a dit.\tThe foreign office said.", format: 'tsv', glossary: sources, errors: [{ flagged: 'The foreign office said.', message: 'source has "ministère des Affaires étrangères": the target should say "State Department"' }] },
    { text: "Der Bundestages Sitzung\tThe parliament session", format: 'tsv', glossary: sources, errors: [{ flagged: 'The parliament session', message: 'source has "Bundestages": the target should say "Bundestag"' }] },
  ],
} satisfies RuleTable;
