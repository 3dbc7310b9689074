import { parseGlossary } from '../../../src/glossary/load.ts';
import { letters, prose, type AdversarialCase } from '../case.ts';

// #17 item 7: `/\w*\w*\w*\w*\w*\w*\w*\w*z/` was accepted and took over 60 s on an 80-letter word. Such
// patterns are refused at load now (tests/glossary/regex-polynomial.test.ts). Here the patterns that
// are accepted, one repeat each, on text built to make them backtrack: long runs of what they repeat.
const glossary = parseGlossary(
  JSON.stringify([
    { term: 'Olaf Scholz', variants: ['/[A-Z][a-z]+ (?:of|the) Sholz/', '/Starr?er/'] },
    { term: 'safe third-party agreement', variants: ['/\\bsafe third ?-? ?party agreement(?=s?\\b)/'] },
  ]),
  'json',
  'adversarial.json',
);

export default {
  name: '#17 item 7: accepted glossary patterns on runs built to make them backtrack',
  options: { glossaries: [glossary] },
  generate: (size, random) => {
    const quarter = Math.floor(size / 4);
    // under the i flag [A-Z][a-z]+ matches from every letter of a long word: starts are tried only
    // where a word can start (src/glossary/regex-variants.ts)
    const word = `a${letters(quarter, random)} of Sholy`;
    const words = `${'Aaaaaaaa of '.repeat(Math.floor(quarter / 12))}!`;
    const spaces = `safe third ${' -'.repeat(Math.floor(quarter / 2))} party`;
    return [word, words, spaces, prose(quarter, random)].join('\n');
  },
} satisfies AdversarialCase;
