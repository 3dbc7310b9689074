import rule from '../../../src/rules/artefact/foreign-sentence.ts';
import type { RuleTable } from '../../helpers/rule-tester.ts';

const DE = 'Die Regierung hat am Montag einen neuen Haushalt vorgestellt, der viele Kürzungen enthält';
const FR = 'Le conseil a voté une nouvelle loi pour les écoles de la région';
const RU = 'Правительство представило новый бюджет в понедельник';
const HE = 'הממשלה הציגה תקציב חדש ביום שני';

export default {
  rule,
  valid: [
    'The minister spoke to reporters on Monday about the new budget.',
    // names and titles of another language inside an English sentence
    'He met María de la Cruz at the Banco de la Nación in Buenos Aires on Monday.',
    'The paper Frankfurter Allgemeine Zeitung and Le Monde both ran the story.',
    // words of other languages that English writes too ("no", "la")
    'No bags, no seats, certainly no meals and no refunds.',
    'They hummed la-la-la la-la-la la-la-la for hours.',
    // a quoted sentence is quoted on purpose (a slogan, a song)
    `The crowd chanted "${FR}" and left.`,
    // short: a name in another script, a three-word phrase
    'The word Слава Україні was painted on the wall.',
    'Then he said: auf Wiedersehen, Herr Schmidt.',
  ],
  invalid: [
    { text: `The minister spoke.\n${DE}.\nThe opposition objected.`, errors: [{ flagged: DE, message: 'A sentence left in German, not translated' }], output: null },
    { text: `The vote was close. ${FR}. It passed.`, errors: [{ flagged: FR, message: 'A sentence left in French, not translated' }], output: null },
    { text: `The minister spoke.\n${RU}.\n`, errors: [{ flagged: RU, message: 'A sentence left in Cyrillic script, not translated' }], output: null },
    { text: `${HE}.\nThe minister spoke.`, errors: [{ flagged: HE, message: 'A sentence left in Hebrew script, not translated' }], output: null },
  ],
} satisfies RuleTable;
