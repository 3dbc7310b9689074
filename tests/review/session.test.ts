import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings/finding.ts';
import { countDecisions, planEdits, reviewItems, runSession, type Decision, type ReviewItem, type ReviewUi } from '../../src/review/session.ts';
import { summaryLine } from '../../src/review/render.ts';
import { findingAt } from '../reports/fixture.ts';

const TEXT = 'Prime Minister Keir Starrer met Cnn reporters.\nThe Gens Saddam Haftar spoke.\n';

function finding(text: string, suggestion: string | undefined, extra: Partial<Finding> = {}, source = TEXT): Finding {
  return {
    ...findingAt(source, text, { ruleId: 'test/rule', severity: 'warning', message: `about ${text}`, confidence: 0.9, suggestions: suggestion === undefined ? [] : [{ text: suggestion, confidence: 0.9 }] }),
    ...extra,
  };
}

const starrer = finding('Keir Starrer', 'Keir Starmer');
const cnn = finding('Cnn', 'CNN');
const gens = finding('Gens Saddam Haftar', 'Gen. Saddam Haftar');
const items = reviewItems([gens, finding('reporters', undefined), starrer, cnn]);

/** A UI that answers from a script and records what the session asked and said. */
function scripted(answers: string[]): ReviewUi & { log: string[] } {
  const log: string[] = [];
  const next = async () => answers.shift();
  return {
    log,
    show: (item, i, total) => void log.push(`show ${i + 1}/${total} ${item.finding.text}`),
    ask: async (i) => {
      const a = await next();
      log.push(`ask ${i + 1}: ${a ?? 'EOF'}`);
      return a;
    },
    askReplacement: async (item) => {
      const a = await next();
      log.push(`replace ${item.finding.text}: ${a ?? 'EOF'}`);
      return a;
    },
    help: () => void log.push('help'),
    overlap: (item, earlier) => void log.push(`overlap ${item.finding.text} / ${earlier.finding.text}`),
    refused: (reason) => void log.push(`refused ${reason}`),
  };
}

describe('reviewItems', () => {
  it('keeps findings with a replacement, in document order, with the edit of the first suggestion', () => {
    expect(items.map((i) => [i.finding.text, i.edit])).toEqual([
      ['Keir Starrer', { start: 15, end: 27, text: 'Keir Starmer' }],
      ['Cnn', { start: 32, end: 35, text: 'CNN' }],
      ['Gens Saddam Haftar', { start: 51, end: 69, text: 'Gen. Saddam Haftar' }],
    ]);
  });

  it('takes a safe fix before the suggestions', () => {
    const f = finding('Cnn', 'Cnn?', { fix: { start: 32, end: 35, text: 'CNN' } });
    expect(reviewItems([f])[0]!.edit.text).toBe('CNN');
  });
});

describe('runSession', () => {
  it('turns y, n, e and s into decisions, asking one item at a time', async () => {
    const ui = scripted(['y', 'n', 'e', 'Gen. Saddam Haftar']);
    const r = await runSession(items, ui);
    expect(r).toEqual({ decisions: [{ kind: 'accepted' }, { kind: 'rejected' }, { kind: 'edited', text: 'Gen. Saddam Haftar' }], quit: false });
    expect(ui.log).toEqual([
      'show 1/3 Keir Starrer',
      'ask 1: y',
      'show 2/3 Cnn',
      'ask 2: n',
      'show 3/3 Gens Saddam Haftar',
      'ask 3: e',
      'replace Gens Saddam Haftar: Gen. Saddam Haftar',
    ]);
  });

  it('prints help for ? and unknown answers and asks again; answers are trimmed and case-insensitive', async () => {
    const ui = scripted(['?', 'maybe', ' Y ', 'S', 'n']);
    const r = await runSession(items, ui);
    expect(r.decisions).toEqual([{ kind: 'accepted' }, { kind: 'skipped' }, { kind: 'rejected' }]);
    expect(ui.log.slice(0, 5)).toEqual(['show 1/3 Keir Starrer', 'ask 1: ?', 'help', 'ask 1: maybe', 'help']);
  });

  it('goes back to the question on an empty replacement', async () => {
    const ui = scripted(['e', '', 'y', 'n', 'n']);
    const r = await runSession(items, ui);
    expect(r.decisions[0]).toEqual({ kind: 'accepted' });
    expect(ui.log.slice(0, 4)).toEqual(['show 1/3 Keir Starrer', 'ask 1: e', 'replace Keir Starrer: ', 'ask 1: y']);
  });

  it('stops at q and at the end of input, leaving the rest undecided', async () => {
    expect(await runSession(items, scripted(['y', 'q']))).toEqual({ decisions: [{ kind: 'accepted' }, { kind: 'skipped' }, { kind: 'skipped' }], quit: true });
    expect(await runSession(items, scripted(['n']))).toEqual({ decisions: [{ kind: 'rejected' }, { kind: 'skipped' }, { kind: 'skipped' }], quit: true });
    expect(await runSession(items, scripted(['e']))).toEqual({ decisions: [{ kind: 'skipped' }, { kind: 'skipped' }, { kind: 'skipped' }], quit: true });
  });

  it('passes over an item overlapping one accepted earlier, but asks when the earlier one was rejected', async () => {
    const wide = reviewItems([finding('Minister Keir', 'minister Keir'), starrer]);
    const accepted = scripted(['y', 'y']);
    expect((await runSession(wide, accepted)).decisions).toEqual([{ kind: 'accepted' }, { kind: 'skipped' }]);
    expect(accepted.log).toEqual(['show 1/2 Minister Keir', 'ask 1: y', 'overlap Keir Starrer / Minister Keir']);
    const rejected = scripted(['n', 'y']);
    expect((await runSession(wide, rejected)).decisions).toEqual([{ kind: 'rejected' }, { kind: 'accepted' }]);
  });

  it('refuses a replacement the file format cannot hold and asks again', async () => {
    const refuse = (t: string) => (t.includes('"') ? 'needs escaping' : undefined);
    const quoted = reviewItems([finding('Cnn', '"CNN"')]);
    const ui = scripted(['y', 'e', 'say "CNN"', 'e', 'CNN']);
    expect((await runSession(quoted, ui, { refuse })).decisions).toEqual([{ kind: 'edited', text: 'CNN' }]);
    expect(ui.log.filter((l) => l.startsWith('refused'))).toEqual(['refused needs escaping', 'refused needs escaping']);
  });
});

describe('planEdits', () => {
  const decide = (...ds: Decision[]) => ds;

  it('applies accepted suggestions and edited text, and nothing else', () => {
    const r = planEdits(TEXT, items, decide({ kind: 'accepted' }, { kind: 'rejected' }, { kind: 'edited', text: 'Gen. S. Haftar' }));
    expect(r.output).toBe('Prime Minister Keir Starmer met Cnn reporters.\nThe Gen. S. Haftar spoke.\n');
    expect(r.applied.map((i) => i.finding.text)).toEqual(['Keir Starrer', 'Gens Saddam Haftar']);
    expect(r.notApplied).toEqual([]);
    expect(planEdits(TEXT, items, decide({ kind: 'skipped' }, { kind: 'rejected' }, { kind: 'skipped' })).output).toBe(TEXT);
  });

  it('leaves out a change overlapping an earlier accepted one, and a stale one', () => {
    const overlapping: ReviewItem[] = reviewItems([starrer, finding('Starrer met', 'Starmer met')]);
    const r = planEdits(TEXT, overlapping, decide({ kind: 'accepted' }, { kind: 'accepted' }));
    expect(r.output).toBe(TEXT.replace('Keir Starrer', 'Keir Starmer'));
    expect(r.notApplied.map((i) => i.finding.text)).toEqual(['Starrer met']);
    const stale = planEdits(TEXT.replace('Cnn', 'ABC'), items, decide({ kind: 'skipped' }, { kind: 'accepted' }, { kind: 'skipped' }));
    expect(stale.output).toBe(TEXT.replace('Cnn', 'ABC'));
    expect(stale.notApplied.map((i) => i.finding.text)).toEqual(['Cnn']);
  });

  it('deletes and inserts', () => {
    const source = 'close\nStory.\n';
    const del = reviewItems([finding('close\n', '', {}, source)]);
    expect(planEdits(source, del, decide({ kind: 'accepted' })).output).toBe('Story.\n');
    const insert = reviewItems([finding('', '\u201c', {}, source)]);
    expect(insert[0]!.edit).toEqual({ start: 0, end: 0, text: '\u201c' });
    expect(planEdits(source, insert, decide({ kind: 'accepted' })).output).toBe('\u201cclose\nStory.\n');
  });
});

describe('counts', () => {
  it('counts each kind and says so in one line', () => {
    const c = countDecisions([{ kind: 'accepted' }, { kind: 'accepted' }, { kind: 'edited', text: 'x' }, { kind: 'rejected' }, { kind: 'skipped' }, { kind: 'skipped' }, { kind: 'skipped' }]);
    expect(c).toEqual({ accepted: 2, edited: 1, rejected: 1, skipped: 3 });
    expect(summaryLine(c)).toBe('2 accepted, 1 edited, 1 rejected, 3 skipped');
  });
});
