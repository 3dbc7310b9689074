import { describe, expect, it } from 'vitest';
import { compact } from '../../src/reports/compact.ts';
import { results } from './fixture.ts';

describe('compact', () => {
  it('writes one line per finding and a count', () => {
    expect(compact(results, { color: false })).toBe(
      'docs/story.txt:1:16: warning "Keir Starrer" looks like a misspelling of "Keir Starmer" [glossary/near-miss]\n' +
        'docs/story.txt:1:33: error "Cnn" is a known wrong form of "CNN" [glossary/variant]\n' +
        'docs/story.txt:2:5: warning "Gens" is not an English title: write "Gen." before the name [title/abbreviation]\n' +
        // the line break is folded and the control character replaced, so each finding stays one line
        'notes\\odd name #1.txt:2:1: info Say <b> & "c" \'d\' 🙂 not \uFFFD here, please: 100% [custom/odd-rule]\n' +
        '\n' +
        '4 problems (1 error, 2 warnings, 1 info)\n',
    );
  });

  it('writes only the count when nothing was found', () => {
    expect(compact([{ path: 'a.txt', source: 'Fine.', findings: [], dropped: [] }], { color: false })).toBe('0 problems (0 errors, 0 warnings, 0 info)\n');
  });
});
