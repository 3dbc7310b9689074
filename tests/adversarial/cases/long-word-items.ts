import { letters, prose, type AdversarialCase } from '../case.ts';

// #17 item 1: ten items with 1,000-letter words blocked the service's event loop for 11 s.
export default {
  name: '#17 item 1: ten paragraphs each with a 1,000-letter word',
  sizes: [20_000],
  generate: (size, random) => {
    const each = Math.floor(size / 10);
    return Array.from({ length: 10 }, () => `${prose(each - 1_020, random).trim()} The ${letters(1_000, random)} is here.`).join('\n\n');
  },
} satisfies AdversarialCase;
