import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/source/missing.ts';
import { runWithSource } from './helpers.ts';

const run = (source: string, target: string) => runWithSource('source/missing', source, target, 'de').described;

describe('source/missing', () => {
  it('reports a number the translation lacks on the aligned sentence', () => {
    expect(run('Bei dem Unglück gab es 12 Tote. Die Polizei ermittelt.', 'There were deaths in the accident. The police are investigating.')).toEqual([
      'There were deaths in the accident. | the original has "12", which this sentence of the translation lacks',
    ]);
  });

  it('reports a name the translation keeps elsewhere but drops here', () => {
    const source = 'Friedhelm Ringe vom Nabu stellte die Schilder auf. Danach sagte Friedhelm Ringe, die Bienen fliegen schon.';
    const target = 'Friedhelm Ringe of Nabu put up the signs. Then Friedhelm Ringe said that the bees are already flying.';
    expect(run(source, target)).toEqual([]);
    const dropped = 'Kagame put up the signs. Then Paul said that the bees are already flying.';
    expect(run('Herr Kagame stellte die Schilder auf. Danach sagte Paul Kagame, die Bienen fliegen schon.', dropped)).toEqual([
      'Then Paul said that the bees are already flying. | the original has "Kagame", which this sentence of the translation lacks',
    ]);
  });

  it('leaves names alone that the translation translates everywhere', () => {
    expect(run('Der Nabu pflanzt Blumen. Der Nabu lädt ein.', 'The nature conservation union plants flowers. It invites everyone.')).toEqual([]);
  });

  it('leaves a name to source/names when the translation misspells it', () => {
    expect(run('Keir Starmer reiste nach Kigali.', 'Keir Starrer travelled to Kigali.')).toEqual([]);
  });

  it('has examples that the rule flags', () => {
    for (const ex of rule.meta.examples) {
      expect(runWithSource('source/missing', ex.source!, ex.text, 'de').findings.map((f) => f.text)).toEqual([ex.flagged]);
    }
  });
});
