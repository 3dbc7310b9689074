import { describe, expect, it } from 'vitest';
import { parseGlossary } from '../../../src/glossary/load.ts';
import { acceptable, correctedText, patchEntries, replaceable, tally, type Decision, type Finding } from '../../../web/review/src/model.ts';
import { glossaryPatch } from '../../../web/review/src/patch.ts';

function finding(source: string, text: string, suggestions: string[], from = 0): Finding {
  const start = source.indexOf(text, from);
  const pos = (offset: number) => ({ offset, line: 1, column: offset + 1 });
  return { ruleId: 'x/y', severity: 'warning', message: 'm', range: { start: pos(start), end: pos(start + text.length) }, text, confidence: 0.9, suggestions: suggestions.map((t) => ({ text: t, confidence: 0.9 })) };
}

const source = 'Cnn said Keir Starrer met Gens Haftar in close close.';
const f = [finding(source, 'Cnn', ['CNN']), finding(source, 'Keir Starrer', ['Keir Starmer']), finding(source, 'Gens Haftar', ['Gen. Haftar']), finding(source, 'close close', [])];

describe('review model', () => {
  it('applies accepted and edited replacements only', () => {
    const d: Decision[] = [{ kind: 'accepted' }, { kind: 'rejected', allow: true }, { kind: 'edited', text: 'General Haftar', variant: true }, { kind: 'accepted' }];
    // an accepted finding without a suggestion changes nothing
    expect(correctedText(source, f, d)).toBe('CNN said Keir Starrer met General Haftar in close close.');
    expect(correctedText(source, f, [])).toBe(source);
    expect(tally(d)).toEqual({ pending: 0, accepted: 2, rejected: 1, edited: 1 });
  });

  it('never replaces a text that holds markup, accepted or edited', () => {
    const html = 'At Cnn, <b>Gens</b> Haftar spoke.';
    const over = { ...finding(html, 'Gens</b> Haftar', ['Gen. Haftar']), editable: false as const };
    const plain = finding(html, 'Cnn', ['CNN']);
    expect(replaceable(over)).toBe(false);
    expect(replaceable(plain)).toBe(true);
    expect(correctedText(html, [plain, over], [{ kind: 'accepted' }, { kind: 'accepted' }])).toBe('At CNN, <b>Gens</b> Haftar spoke.');
    expect(correctedText(html, [over], [{ kind: 'edited', text: 'General Haftar', variant: false }])).toBe(html);
  });

  // as --diff and review decide (src/fix/escaping.ts): the format is the one the service checked the text in
  it.each([
    ['html', '<p>Marks and Spencer met Cnn.</p>', 'Marks and Spencer', 'Marks & Spencer', 'M&amp;S'],
    ['xliff', '<target>Marks and Spencer met Cnn.</target>', 'Marks and Spencer', 'Marks <b>and</b> Spencer', 'Marks > Spencer'],
    ['po', 'msgstr "Doc Brown met Cnn."', 'Doc Brown', 'Emmett "Doc" Brown', 'Doc \\ Brown'],
    ['json', '{"a": "Doc Brown met Cnn."}', 'Doc Brown', 'Emmett "Doc" Brown', 'Doc\nBrown'],
    ['tsv', 'a\tDoc Brown met Cnn.', 'Doc Brown', 'Doc\tBrown', 'Doc\nBrown'],
  ])('in %s, never puts in a replacement the format needs escaped, accepted or edited', (format, text, flagged, unsafe, edit) => {
    const escaped = finding(text, flagged, [unsafe]);
    const plain = finding(text, 'Cnn', ['CNN']);
    expect([acceptable(escaped, format), acceptable(plain, format)]).toEqual([false, true]);
    const both: Decision[] = [{ kind: 'accepted' }, { kind: 'accepted' }];
    expect(correctedText(text, [escaped, plain], both, format)).toBe(text.replace('Cnn', 'CNN'));
    expect(correctedText(text, [escaped], [{ kind: 'edited', text: edit, variant: false }], format)).toBe(text);
    // plain text takes it as it is, and so does a replacement without those characters
    expect(acceptable(escaped, 'text')).toBe(true);
    expect(correctedText(text, [escaped, plain], both, 'text')).toBe(text.replace(flagged, unsafe).replace('Cnn', 'CNN'));
    expect(correctedText(text, [escaped], [{ kind: 'edited', text: 'Emmett Brown', variant: false }], format)).toBe(text.replace(flagged, 'Emmett Brown'));
  });

  it('skips a replacement that overlaps an earlier one or no longer matches the text', () => {
    const overlap = finding(source, 'Starrer met', ['x']);
    expect(correctedText(source, [f[1]!, overlap], [{ kind: 'accepted' }, { kind: 'accepted' }])).toBe('Cnn said Keir Starmer met Gens Haftar in close close.');
    expect(correctedText('Cnn', [{ ...f[0]!, text: 'CNX' }], [{ kind: 'accepted' }])).toBe('Cnn');
  });

  it('collects allow-list entries and variants, trimmed and once each, into a valid glossary', () => {
    const g = [...f, finding(source, 'Keir Starrer', ['Keir Starmer'])];
    const d: Decision[] = [
      { kind: 'rejected', allow: false },
      { kind: 'rejected', allow: true },
      { kind: 'edited', text: ' Gen.: "Haftar" ', variant: true },
      { kind: 'edited', text: '', variant: true },
      { kind: 'rejected', allow: true },
    ];
    const entries = patchEntries(g, d);
    expect(entries).toEqual([
      { kind: 'allow', term: 'Keir Starrer' },
      { kind: 'variant', term: 'Gen.: "Haftar"', variant: 'Gens Haftar' },
    ]);
    const yaml = glossaryPatch(entries, 'story.txt');
    expect(yaml).toBe(
      [
        '# translint glossary patch from the review page (story.txt).',
        '# Load it with -g, or copy its parts into your glossary.',
        '',
        '# Allow-list: rejected suggestions; these texts are correct as written and never flagged.',
        'allow: [ Keir Starrer ]',
        '# New variants: edits made in review; the flagged text is a wrong form of the edited one. They only',
        '# suggest (fix: suggest), under the context condition of the entry that flagged the text, if any.',
        'entries:',
        `  - { term: 'Gen.: "Haftar"', variants: [ Gens Haftar ], fix: suggest }`,
        '',
      ].join('\n'),
    );
    const patch = parseGlossary(yaml, 'yaml');
    expect(patch.allow).toEqual(['Keir Starrer']);
    expect(patch.entries.map((e) => [e.term, e.category, e.fix, e.variants.map((v) => v.kind === 'literal' && v.text)])).toEqual([['Gen.: "Haftar"', 'term', 'suggest', ['Gens Haftar']]]);
  });

  it('scopes an edit the way the finding was: it only suggests, under the context condition that made it fire', () => {
    const text = 'Rubio spoke at the Foreign Ministry in Washington.';
    const context = { anyOf: ['US', 'Washington'], window: 30 };
    const flaggedInContext = { ...finding(text, 'Foreign Ministry', ['State Department']), entry: { term: 'State Department', context } };
    const entries = patchEntries([flaggedInContext], [{ kind: 'edited', text: 'Department of State', variant: true }]);
    expect(entries).toEqual([{ kind: 'variant', term: 'Department of State', variant: 'Foreign Ministry', context }]);
    const patch = parseGlossary(glossaryPatch(entries, 'story.txt'), 'yaml', 'patch.yaml');
    expect(patch.entries.map((e) => [e.term, e.fix, e.context])).toEqual([['Department of State', 'suggest', context]]);
  });
});
