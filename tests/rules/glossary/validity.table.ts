import rule from '../../../src/rules/glossary/validity.ts';
import type { RuleTable } from '../../helpers/rule-tester.ts';

const glossary = [{ term: 'Rishi Sunak', category: 'person', titles: ['Prime Minister'], validUntil: '2024-07-05' }, { term: 'Keir Starmer', category: 'person', titles: ['Prime Minister'], validFrom: '2024-07-05' }];

const qualified = [{ term: 'Rishi Sunak', category: 'person', titles: ['Prime Minister'], validUntil: '2024-07-05' }];

export default {
  rule,
  glossary,
  defaults: { date: '2025-03-01' },
  valid: [
    { text: 'Prime Minister Rishi Sunak said.', name: 'Prime Minister Rishi Sunak said. (date 2023-05-01)', date: '2023-05-01' },
    'Former Prime Minister Rishi Sunak said.',
    'Rishi Sunak, who led the Conservatives, said.',
    'Prime Minister Keir Starmer spoke.',
    { text: 'Then Prime Minister Rishi Sunak said.', glossary: qualified },
    { text: 'Ex-Prime Minister Rishi Sunak said.', glossary: qualified },
    { text: 'Outgoing Prime Minister Rishi Sunak said.', glossary: qualified },
    { text: 'Prime Minister Rishi Sunak said.', name: 'Prime Minister Rishi Sunak said. (dated 2024-07-05)', date: '2024-07-05', glossary: qualified },
  ],
  invalid: [
    { text: 'British Prime Minister Rishi Sunak said on Monday.', errors: [{ flagged: 'Prime Minister Rishi Sunak', message: 'Rishi Sunak was Prime Minister until 2024-07-05; the story is dated 2025-03-01', suggestion: 'former Prime Minister Rishi Sunak' }] },
    { text: 'Prime Minister Keir Starmer spoke.', name: 'Prime Minister Keir Starmer spoke. (date 2023-05-01)', date: '2023-05-01', errors: [{ flagged: 'Prime Minister Keir Starmer', message: 'Keir Starmer became Prime Minister only on 2024-07-05; the story is dated 2023-05-01' }] },
    { text: 'Prime Minister Rishi Sunak said.', errors: [{ flagged: 'Prime Minister Rishi Sunak', message: 'Rishi Sunak was Prime Minister until 2024-07-05; the story is dated 2025-03-01', suggestion: 'former Prime Minister Rishi Sunak' }] },
  ],
} satisfies RuleTable;
