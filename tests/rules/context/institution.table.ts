import rule from '../../../src/rules/context/institution.ts';
import type { RuleTable } from '../../helpers/rule-tester.ts';

const glossary = [{ term: 'Johann Wadephul', category: 'person', titles: ['Foreign Minister'] }, { term: 'Marco Rubio', category: 'person', titles: ['Secretary of State'] }];

export default {
  rule,
  glossary,
  valid: [
    "Libya's Foreign Ministry in Tripoli said nothing.",
    'German Foreign Minister Johann Wadephul met officials in Washington.',
    'The Council of Foreign Ministers met in Brussels.',
    'The Foreign Ministry in Berlin said nothing.',
    { text: 'Secretary of State Marco Rubio spoke at the State Department.' },
  ],
  invalid: [
    { text: 'CNN turned to the Foreign Ministry in Washington for comment.', errors: [{ flagged: 'Foreign Ministry', message: '"Foreign Ministry" names a US institution: the US name is "State Department"', suggestion: 'State Department' }] },
    { text: 'The Trump administration wants deals. "We work with other countries," said Foreign Minister Marco Rubio.', errors: [{ flagged: 'Foreign Minister', message: '"Foreign Minister" is not a title of Marco Rubio: the US title is "Secretary of State"', suggestion: 'Secretary of State' }], output: 'The Trump administration wants deals. "We work with other countries," said Secretary of State Marco Rubio.' },
    { text: 'The US Foreign Ministry said nothing.', errors: [{ flagged: 'Foreign Ministry', message: '"Foreign Ministry" names a US institution: the US name is "State Department"', suggestion: 'State Department' }] },
    { text: "Trump's Foreign Ministry said on Monday that talks would go on.", errors: [{ flagged: 'Foreign Ministry', message: '"Foreign Ministry" names a US institution: the US name is "State Department"', suggestion: 'State Department' }] },
    { text: 'The Foreign Ministry in Washington and the Foreign Ministry in Moscow disagreed.', errors: [{ flagged: 'Foreign Ministry', message: '"Foreign Ministry" names a US institution: the US name is "State Department"', suggestion: 'State Department' }] },
  ],
} satisfies RuleTable;
