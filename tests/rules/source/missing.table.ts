import rule from '../../../src/rules/source/missing.ts';
import type { RuleTable } from '../../helpers/rule-tester.ts';

/** Each case checks a translation against its original (`source`), as `translint check --source` does. */
export default {
  rule,
  valid: [
    { text: 'Keir Starmer left. Then Keir Starmer spoke with Paul Kagame.', source: 'Keir Starmer reiste ab. Danach sprach Keir Starmer mit Paul Kagame.' },
  ],
  invalid: [
    { text: 'Keir Starmer left. Then Keir spoke with Paul Kagame.', source: 'Keir Starmer reiste ab. Danach sprach Keir Starmer mit Paul Kagame.', errors: [{ flagged: 'Then Keir spoke with Paul Kagame.', message: 'the original has "Starmer", which this sentence of the translation lacks' }] },
  ],
} satisfies RuleTable;
