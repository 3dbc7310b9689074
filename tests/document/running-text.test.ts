import { describe, expect, it } from 'vitest';
import { inRunningText } from '../../src/document/running-text.ts';
import { createDocument } from '../../src/document/document.ts';
import { tokenize } from '../../src/document/tokens.ts';

/** inRunningText of the first occurrence of `word` in `text`. */
function running(text: string, word: string): boolean {
  const doc = createDocument(text);
  const tokens = tokenize(text, doc.segments);
  const at = text.indexOf(word);
  const i = tokens.findIndex((t) => t.start === at);
  if (i < 0) throw new Error(`no token at "${word}"`);
  return inRunningText(text, tokens, i, i + 1);
}

describe('inRunningText', () => {
  it.each([
    ['The editor of the Springfield Daily Journal warned readers.', 'Journal', true],
    ['The first guest was Queen Marie of Rumania, who came by train.', 'Marie', true],
    ['Ukraine launched a major Kharkow offensive in September.', 'Kharkow', true],
    // short sentences, lists of names, questions: running text (a word in lower case, or a sentence's end)
    ['Mr. Houtz agreed.', 'Houtz', true],
    ['I saw Queen Marie.', 'Marie', true],
    ['Guests: Queen Marie, Mrs. Dalton and Miss Martha.', 'Marie', true],
    ['Was it Queen Marie?', 'Marie', true],
    ['"Welcome, Queen Marie!"', 'Marie', true],
    ['Ministers dined at Reunion Tower.', 'Reunion', true],
    // every word capitalised, or in capitals: a headline
    ['Major Kharkow Offensive Stalls As Winter Nears', 'Kharkow', false],
    ['Floods Force Habitants To Flee Their Homes', 'Habitants', false],
    ['FLOODS FORCE HABITANTS TO FLEE THEIR HOMES', 'HABITANTS', false],
    // the words Title Case leaves in lower case say nothing
    ['Talks of the Ministers in the Capital of the Nation', 'Ministers', false],
    // a headline line above running text is read alone
    ['Major Kharkow Offensive Stalls\n\nthe troops were tired and the roads were bad.', 'Kharkow', false],
    // a line broken inside a paragraph does not end it
    ['ministers of the regions had read the\nSpringfield Daily Journal\nand agreed.', 'Journal', true],
    // a possessive's "s" and a word after a hyphen are no lower-case words of running text
    ["Floods Force France's Habitants To Flee", 'Habitants', false],
    ["Ministers' Long-awaited Reunion Ends Without Deal", 'Reunion', false],
    ['NATO Ministers Hold Reunion about Ukraine', 'Reunion', false],
  ])('%s (%s): %s', (text, word, expected) => {
    expect(running(text, word)).toBe(expected);
  });
});
