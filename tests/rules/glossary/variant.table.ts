import rule from '../../../src/rules/glossary/variant.ts';
import type { RuleTable } from '../../helpers/rule-tester.ts';

const glossary = [{ term: 'Keir Starmer', variants: ['Keir Starrer'], category: 'person' }, { term: 'Vladimir Putin', variants: ['Wladimir Putin'], category: 'person' }, { term: 'executive order', variants: ['executive regulation'] }, { term: 'CNN', variants: ['Cnn'], caseSensitive: true }, { term: 'Volodymyr Zelensky', variants: ['/Wolodymyr Selenskyj?/'], category: 'person' }, { term: 'State Department', variants: ['Foreign Ministry'], fix: 'suggest' }, { term: 'Bundestag', variants: ['Federal Diet'], fix: 'warn' }];

export default {
  rule,
  glossary,
  valid: [
    'Vladimir Putin and Keir Starmer met.',
    'He is an executive.',
  ],
  invalid: [
    { text: 'Then Wladimir Putin spoke.', errors: [{ flagged: 'Wladimir Putin', message: '"Wladimir Putin" is a known wrong form of "Vladimir Putin"', suggestion: 'Vladimir Putin' }], output: 'Then Vladimir Putin spoke.' },
    { text: "Keir Starrer's plan.", errors: [{ flagged: 'Keir Starrer', message: '"Keir Starrer" is a known wrong form of "Keir Starmer"', suggestion: 'Keir Starmer' }], output: "Keir Starmer's plan." },
    { text: 'Executive regulations were signed.', errors: [{ flagged: 'Executive regulations', message: '"Executive regulations" is a known wrong form of "executive order"', suggestion: 'Executive orders' }], output: 'Executive orders were signed.' },
    { text: 'He signed an executive regulation.', errors: [{ flagged: 'executive regulation', message: '"executive regulation" is a known wrong form of "executive order"', suggestion: 'executive order' }], output: 'He signed an executive order.' },
    { text: 'Cnn reported; CNN reported.', errors: [{ flagged: 'Cnn', message: '"Cnn" is a known wrong form of "CNN"', suggestion: 'CNN' }], output: 'CNN reported; CNN reported.' },
    { text: 'Wolodymyr Selenskyj met Wolodymyr Selensky.', errors: [{ flagged: 'Wolodymyr Selenskyj', message: '"Wolodymyr Selenskyj" is a known wrong form of "Volodymyr Zelensky"', suggestion: 'Volodymyr Zelensky' }, { flagged: 'Wolodymyr Selensky', occurrence: 2, message: '"Wolodymyr Selensky" is a known wrong form of "Volodymyr Zelensky"', suggestion: 'Volodymyr Zelensky' }], output: 'Volodymyr Zelensky met Volodymyr Zelensky.' },
    { text: 'He called the Foreign Ministry.', errors: [{ flagged: 'Foreign Ministry', message: '"Foreign Ministry" is a known wrong form of "State Department"', suggestion: 'State Department' }] },
    { text: 'The Federal Diet voted.', errors: [{ flagged: 'Federal Diet', message: '"Federal Diet" is listed as a wrong form of "Bundestag"' }] },
    { text: "Line one.\nThen Wladimir Putin spoke.", errors: [{ flagged: 'Wladimir Putin', message: '"Wladimir Putin" is a known wrong form of "Vladimir Putin"', suggestion: 'Vladimir Putin' }], output: "Line one.\nThen Vladimir Putin spoke." },
  ],
} satisfies RuleTable;
