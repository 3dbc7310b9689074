import rule from '../../../src/rules/bilingual/key-term.ts';
import type { RuleTable } from '../../helpers/rule-tester.ts';

const glossary = [{ term: 'State Department', variants: ['Foreign Ministry'], source: { de: ['Außenministerium'] } }];

// two entries share a source term; a longer source term holds a shorter one of another entry
const offices = [
  { term: 'Foreign Office', variants: ['Foreign Ministry'], source: { de: ['Auswärtiges Amt'] } },
  { term: 'Federal Foreign Office', variants: ['foreign bureau'], source: { de: ['Auswärtiges Amt'] } },
  { term: 'Office', variants: ['agency'], source: { de: ['Amt', 'Behörde'] } },
];

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
    {
      name: 'a source term inside a longer one is left out; the first variant of the entries sharing the longer one is reported',
      text: "Das Auswärtiges Amt und seine Leute\tThe agency and the foreign bureau, the Foreign Ministry",
      glossary: offices,
      errors: [{ flagged: 'foreign bureau', message: 'source has "Auswärtiges Amt": the target should say "Foreign Office" or "Federal Foreign Office"', suggestion: 'Federal Foreign Office' }],
    },
    {
      name: 'a shorter source term on its own is checked, and each of several in one unit',
      text: "Das Amt, die Behörde und das Außenministerium\tThe agency, the Office and the Foreign Ministry",
      glossary: [...offices, ...glossary],
      errors: [{ flagged: 'Foreign Ministry', message: 'source has "Außenministerium": the target should say "State Department"', suggestion: 'State Department' }],
    },
  ],
} satisfies RuleTable;
