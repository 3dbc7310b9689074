import rule from '../../../src/rules/glossary/variant.ts';
import type { RuleTable } from '../../helpers/rule-tester.ts';

const glossary = [{ term: 'Keir Starmer', variants: ['Keir Starrer'], category: 'person' }, { term: 'Vladimir Putin', variants: ['Wladimir Putin'], category: 'person' }, { term: 'executive order', variants: ['executive regulation'] }, { term: 'CNN', variants: ['Cnn'], caseSensitive: true }, { term: 'Volodymyr Zelensky', variants: ['/Wolodymyr Selenskyj?/'], category: 'person' }, { term: 'State Department', variants: ['Foreign Ministry'], fix: 'suggest' }, { term: 'Bundestag', variants: ['Federal Diet'], fix: 'warn' }];

const casing = [{ term: 'federal chancellor', variants: ['federal canzler'] }, { term: 'iPhone', variants: ['I-Phone'], caseSensitive: true }, { term: 'Keir Starmer', variants: ['Keir Starrer'], category: 'person' }, { term: 'Vladimir Putin', variants: ['Wladimir Putin'], context: { anyOf: ['Kremlin', 'Russia'] } }];

// variants that differ from the term only in case, matched in any case as the entry ignores case
const acme = (variants: string[]) => [{ term: 'Acme', variants, category: 'organisation' }];

export default {
  rule,
  glossary,
  valid: [
    'Vladimir Putin and Keir Starmer met.',
    'He is an executive.',
    { text: 'Wladimir Putin is a common name in Bavaria.', glossary: casing },
    // a name's capitalised variant written all in lower case is a common word ("chine", a boat's edge)
    { text: 'The boat\'s chines are planed smooth, and the chine is sealed.', glossary: [{ term: 'China', variants: ['Chine'], category: 'place' }] },
    // the term itself, as the glossary writes it, is never a wrong form of it
    { text: 'We saw Acme.', glossary: acme(['acme']) },
    { text: 'We saw Acme.', glossary: acme(['Acme']) },
    { text: 'We saw Acme.', glossary: acme(['ACME']) },
    { text: 'We saw Acme.', glossary: acme(['/Ac?me/']) },
    { text: "Acme's and Acmes' plans.", glossary: acme(['acme']) },
    // nor what the fix would write back unchanged (an entry that ignores case keeps the text's capitals)
    { text: 'The Internet. On the Internet, INTERNET.', glossary: [{ term: 'internet', variants: ['Internet'] }] },
    { text: 'We saw Acme.', glossary: [{ term: 'Acme', variants: ['/ac?me/i'], caseSensitive: true }] },
    // a place's one-word variant after a given name is a person's surname (the font engine's Werner Lemberg)
    { text: 'Copyright by David Turner and Werner Lemberg.', glossary: [{ term: 'Lviv', variants: ['Lemberg'], category: 'place' }] },
  ],
  invalid: [
    // after a preposition, a verb, or a place's own name, it is the place
    { text: 'The mayor of Lemberg spoke. Russia attacked Lemberg. Ukraine Lemberg. In Lemberg, As Lemberg, Soviet Lemberg, Jewish Lemberg.', glossary: [{ term: 'Lviv', variants: ['Lemberg'], category: 'place' }], errors: [1, 2, 3, 4, 5, 6, 7].map((occurrence) => ({ flagged: 'Lemberg', occurrence, message: '"Lemberg" is a known wrong form of "Lviv"', suggestion: 'Lviv' })), output: 'The mayor of Lviv spoke. Russia attacked Lviv. Ukraine Lviv. In Lviv, As Lviv, Soviet Lviv, Jewish Lviv.' },
    { text: 'Then the Chine delegation left.', glossary: [{ term: 'China', variants: ['Chine'], category: 'place' }], errors: [{ flagged: 'Chine', message: '"Chine" is a known wrong form of "China"', suggestion: 'China' }], output: 'Then the China delegation left.' },
    // a name's variant of several words matches in any case: MT writes such a description in lower case
    { text: 'The minister president of Bavaria rejected the plan.', glossary: [{ term: 'state premier', variants: ['Minister President'], category: 'title' }], errors: [{ flagged: 'minister president', message: '"minister president" is a known wrong form of "state premier"', suggestion: 'state premier' }], output: 'The state premier of Bavaria rejected the plan.' },
    // a term (not a name) matches in any case
    { text: 'EXECUTIVE REGULATION', errors: [{ flagged: 'EXECUTIVE REGULATION', message: '"EXECUTIVE REGULATION" is a known wrong form of "executive order"', suggestion: 'EXECUTIVE ORDER' }], output: 'EXECUTIVE ORDER' },
    { text: 'The CHINE delegation left.', glossary: [{ term: 'China', variants: ['Chine'], category: 'place' }], errors: [{ flagged: 'CHINE', message: '"CHINE" is a known wrong form of "China"', suggestion: 'China' }], output: 'The China delegation left.' },
    { text: 'Then Wladimir Putin spoke.', errors: [{ flagged: 'Wladimir Putin', message: '"Wladimir Putin" is a known wrong form of "Vladimir Putin"', suggestion: 'Vladimir Putin' }], output: 'Then Vladimir Putin spoke.' },
    { text: "Keir Starrer's plan.", errors: [{ flagged: 'Keir Starrer', message: '"Keir Starrer" is a known wrong form of "Keir Starmer"', suggestion: 'Keir Starmer' }], output: "Keir Starmer's plan." },
    { text: 'Executive regulations were signed.', errors: [{ flagged: 'Executive regulations', message: '"Executive regulations" is a known wrong form of "executive order"', suggestion: 'Executive orders' }], output: 'Executive orders were signed.' },
    { text: 'He signed an executive regulation.', errors: [{ flagged: 'executive regulation', message: '"executive regulation" is a known wrong form of "executive order"', suggestion: 'executive order' }], output: 'He signed an executive order.' },
    { text: 'We saw acme, Acme and ACME.', glossary: acme(['acme']), errors: [{ flagged: 'acme', message: '"acme" is a known wrong form of "Acme"', suggestion: 'Acme' }, { flagged: 'ACME', message: '"ACME" is a known wrong form of "Acme"', suggestion: 'Acme' }], output: 'We saw Acme, Acme and Acme.' },
    { text: 'We saw acme, Acme and ACME.', glossary: acme(['/Ac?me/']), errors: [{ flagged: 'acme', message: '"acme" is a known wrong form of "Acme"', suggestion: 'Acme' }, { flagged: 'ACME', message: '"ACME" is a known wrong form of "Acme"', suggestion: 'Acme' }], output: 'We saw Acme, Acme and Acme.' },
    { text: 'We saw acme, Acme and ACME.', glossary: [{ term: 'Acme', variants: ['/ac?me/i'], caseSensitive: true }], errors: [{ flagged: 'acme', message: '"acme" is a known wrong form of "Acme"', suggestion: 'Acme' }, { flagged: 'ACME', message: '"ACME" is a known wrong form of "Acme"', suggestion: 'Acme' }], output: 'We saw Acme, Acme and Acme.' },
    { text: 'Cnn reported; CNN reported.', errors: [{ flagged: 'Cnn', message: '"Cnn" is a known wrong form of "CNN"', suggestion: 'CNN' }], output: 'CNN reported; CNN reported.' },
    { text: 'Wolodymyr Selenskyj met Wolodymyr Selensky.', errors: [{ flagged: 'Wolodymyr Selenskyj', message: '"Wolodymyr Selenskyj" is a known wrong form of "Volodymyr Zelensky"', suggestion: 'Volodymyr Zelensky' }, { flagged: 'Wolodymyr Selensky', occurrence: 2, message: '"Wolodymyr Selensky" is a known wrong form of "Volodymyr Zelensky"', suggestion: 'Volodymyr Zelensky' }], output: 'Volodymyr Zelensky met Volodymyr Zelensky.' },
    { text: 'He called the Foreign Ministry.', errors: [{ flagged: 'Foreign Ministry', message: '"Foreign Ministry" is a known wrong form of "State Department"', suggestion: 'State Department' }] },
    { text: 'The Federal Diet voted.', errors: [{ flagged: 'Federal Diet', message: '"Federal Diet" is listed as a wrong form of "Bundestag"' }] },
    { text: "Line one.\nThen Wladimir Putin spoke.", errors: [{ flagged: 'Wladimir Putin', message: '"Wladimir Putin" is a known wrong form of "Vladimir Putin"', suggestion: 'Vladimir Putin' }], output: "Line one.\nThen Vladimir Putin spoke." },
    { text: 'The Federal Canzler spoke.', glossary: casing, errors: [{ flagged: 'Federal Canzler', message: '"Federal Canzler" is a known wrong form of "federal chancellor"', suggestion: 'Federal Chancellor' }], output: 'The Federal Chancellor spoke.' },
    { text: 'THE FEDERAL CANZLER SPOKE.', glossary: casing, errors: [{ flagged: 'FEDERAL CANZLER', message: '"FEDERAL CANZLER" is a known wrong form of "federal chancellor"', suggestion: 'FEDERAL CHANCELLOR' }], output: 'THE FEDERAL CHANCELLOR SPOKE.' },
    { text: 'I-Phone sales fell.', glossary: casing, errors: [{ flagged: 'I-Phone', message: '"I-Phone" is a known wrong form of "iPhone"', suggestion: 'iPhone' }], output: 'iPhone sales fell.' },
    { text: 'Keir Starrers plans.', glossary: casing, errors: [{ flagged: 'Keir Starrers', message: '"Keir Starrers" is a known wrong form of "Keir Starmer"', suggestion: 'Keir Starmers' }], output: 'Keir Starmers plans.' },
    { text: 'Wladimir Putin left the Kremlin.', glossary: casing, errors: [{ flagged: 'Wladimir Putin', message: '"Wladimir Putin" is a known wrong form of "Vladimir Putin"', suggestion: 'Vladimir Putin' }], output: 'Vladimir Putin left the Kremlin.' },
    { text: "Keir Starrer\r\nand Keir Starrer", glossary: casing, errors: [{ flagged: 'Keir Starrer', message: '"Keir Starrer" is a known wrong form of "Keir Starmer"', suggestion: 'Keir Starmer' }, { flagged: 'Keir Starrer', occurrence: 2, message: '"Keir Starrer" is a known wrong form of "Keir Starmer"', suggestion: 'Keir Starmer' }], output: "Keir Starmer\r\nand Keir Starmer" },
  ],
} satisfies RuleTable;
