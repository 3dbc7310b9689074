import rule from '../../../src/rules/calque/fr.ts';
import type { RuleTable } from '../../helpers/rule-tester.ts';

export default {
  rule,
  defaults: { sourceLang: 'fr' },
  valid: [
    'The disappointment among staff is great.',
    // capitalised inside a sentence: a word of a name, not the French "journal"
    { text: 'The editor of the Springfield Daily Journal warned readers.', sourceLang: undefined },
    'The editor of the Springfield Daily Journal warned readers.',
    'Ministers dined at Reunion Tower.',
    // a credit line, and (missed) a headline in Title Case: alike, so neither is flagged
    'Source: Springfield Daily Journal',
    'NATO Ministers Hold Reunion On Budget Cuts',
  ],
  invalid: [
    { text: 'The daily journal Le Monde wrote it.', sourceLang: undefined, errors: [{ flagged: 'journal', message: '"journal" looks like a calque (French "journal" (newspaper))', suggestion: 'newspaper' }] },
    // in capitals a capital says nothing
    { text: 'NATO MINISTERS HOLD REUNION ON BUDGET CUTS', errors: [{ flagged: 'REUNION', message: '"REUNION" looks like a calque (French "réunion" (meeting))', suggestion: 'MEETING' }] },
    // at a sentence start the capital says nothing
    { text: 'Journal Le Monde wrote it.', errors: [{ flagged: 'Journal', message: '"Journal" looks like a calque (French "journal" (newspaper))', suggestion: 'Newspaper' }] },
    { text: 'The deception among staff is great.', errors: [{ flagged: 'deception', message: '"deception" looks like a calque (French "déception" (disappointment), not trickery)', suggestion: 'disappointment' }] },
  ],
} satisfies RuleTable;
