import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as translint from '../src/index.ts';

describe('the library API', () => {
  it('checks a file in its format through the exported registry, as README shows', () => {
    const text = readFileSync(new URL('../corpora/samples/starmer-kigali.xlf', import.meta.url), 'utf8');
    const doc = translint.formatForPath('messages.xlf').parse(text, 'messages.xlf');
    const glossary = translint.parseGlossary('[{"term": "Keir Starmer", "variants": ["Keir Starrer"]}]', 'json', 'g.json');
    const { findings } = translint.createChecker({ defaultGlossary: false, glossaries: [glossary], rules: ['glossary/'] }).check(doc);
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) expect(text.slice(f.range.start.offset, f.range.end.offset)).toBe(f.text);
  });

  it('exports the pieces README documents', () => {
    for (const name of ['createChecker', 'check', 'applyFixes', 'fixText', 'unifiedDiff', 'loadGlossaryFile', 'parseGlossary', 'rules', 'reporters', 'inputFormats', 'formatForContent', 'checkInFormat', 'fixInFormat', 'loadConfig', 'findConfigFile', 'ConfigResolver', 'createBaseline', 'applyBaseline', 'readBaseline']) {
      expect(translint).toHaveProperty(name);
    }
  });
});
