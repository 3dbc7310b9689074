import rule from '../../../src/rules/artefact/quotes.ts';
import type { RuleTable } from '../../helpers/rule-tester.ts';

export default {
  rule,
  valid: [
    'He said: “We are ready.”',
    "He is 5'10\" tall.",
    'She called it “a ‘gimmick’ of sorts.”',
    // a quoted symbol, or quoted spaces: what the sentence names
    'You can exclude them by prefixing them with a "-" character.',
    'The bar draws "=" for work done and "-" for work to do.',
    'The padding (default: "   ") goes before the bar.',
    'Arrows such as "=>" and "->" are operators.',
    // code: a value after "=", whatever it starts with; a quotation ending in dashes
    'Run ./configure SUID_CFLAGS="-fpie" SUID_LDFLAGS="-pie" first.',
    'Set TS_OPTS="--parallel=1 utmp" or fake="<yes|no>" there.',
    'Keep the part from "-----BEGIN CERTIFICATE-----" up to the end.',
    'He paused —"Yes," he said.',
    // a lone guillemet as an arrow at the end or start of a line
    'Read more »\n\nThe story goes on here.',
    '« Back to the list\n\nThe story goes on here.',
  ],
  invalid: [
    { text: 'It was " good " for all of us.', errors: [{ flagged: '"', occurrence: 2, message: 'A space before the closing quotation mark', suggestion: '"' }], output: 'It was " good" for all of us.' },
    { text: '« We are ready to govern », added Jordan Bardella.', errors: [{ flagged: '« ', message: '"«" is not an English quotation mark: write “', suggestion: '“' }, { flagged: '»', message: '"»" is not an English quotation mark: write ”', suggestion: '”' }], output: '“We are ready to govern”, added Jordan Bardella.' },
    { text: 'He said »never again« and left.', errors: [{ flagged: '»', message: '"»" is not an English quotation mark: write “', suggestion: '“' }, { flagged: '«', message: '"«" is not an English quotation mark: write ”', suggestion: '”' }], output: 'He said “never again” and left.' },
    { text: 'He said:” We are ready,” and left.', errors: [{ flagged: ':” ', message: 'A closing quotation mark after a colon, before the words it quotes: it should open the quotation', suggestion: ': “' }], output: 'He said: “We are ready,” and left.' },
    { text: 'said the decision was "a step in the right direction, but came too late.', errors: [{ flagged: '"', message: 'This quotation is never closed' }] },
  ],
} satisfies RuleTable;
