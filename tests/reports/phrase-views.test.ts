import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inlineDiffHtml, sideBySideHtml } from '../../src/reports/html-diff.ts';
import { junit } from '../../src/reports/junit.ts';
import { stylish } from '../../src/reports/stylish.ts';
import { coloredWordDiff } from '../../src/reports/word-diff.ts';
import { renderItem } from '../../src/review/render.ts';
import { reviewItems } from '../../src/review/session.ts';
import { findingAt } from './fixture.ts';

const BEFORE = 'CNN asked the Foreign Ministry for comment.\n\nLeave a Comment\n';
const AFTER = 'CNN asked the State Department for comment.\n';
const plain = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, '');

describe('replacements are shown phrase by phrase, deletions the same way everywhere', () => {
  it('in the terminal --diff view', () => {
    const out = plain(coloredWordDiff('a.txt', BEFORE, AFTER, true));
    expect(out).toContain('CNN asked the Foreign Ministry → State Department for comment.');
    expect(out).not.toContain('Foreign → State');
  });

  it('in the HTML report, inline and side by side', () => {
    expect(inlineDiffHtml(BEFORE, AFTER)).toContain('<del>Foreign Ministry</del><span class="to" aria-label="replaced by"> → </span><ins>State Department</ins>');
    const sbs = sideBySideHtml(BEFORE, AFTER);
    expect(sbs).toContain('<del>Foreign Ministry</del>');
    expect(sbs).toContain('<ins>State Department</ins>');
  });

  it('in translint review', () => {
    const [item] = reviewItems([findingAt(BEFORE, 'Foreign Ministry', { ruleId: 'context/institution', severity: 'warning', message: 'm', confidence: 0.9, suggestions: [{ text: 'State Department', confidence: 0.9 }] })]);
    expect(renderItem('a.txt', BEFORE, item!, false)).toContain('  CNN asked the [-Foreign Ministry-]{+State Department+} for comment.');
    expect(plain(renderItem('a.txt', BEFORE, item!, true))).toContain('  CNN asked the Foreign Ministry → State Department for comment.');
  });

  it('a deletion is "(delete)" in stylish, JUnit, review and the review page', () => {
    const f = findingAt(BEFORE, 'Leave a Comment', { ruleId: 'artefact/page-furniture', severity: 'warning', message: 'm', confidence: 0.9, suggestions: [{ text: '', confidence: 0.9 }] });
    const results = [{ path: 'a.txt', source: BEFORE, findings: [f], dropped: [] }];
    expect(plain(stylish(results, { color: false }))).toContain('→ (delete)');
    expect(junit(results, { color: false })).toContain('Suggestion: (delete)');
    expect(renderItem('a.txt', BEFORE, reviewItems([f])[0]!, false)).toContain('suggestion: (delete)');
    expect(readFileSync(new URL('../../web/review/src/render.ts', import.meta.url), 'utf8')).toContain("s === '' ? DELETE_LABEL");
  });
});

describe('the review page follows the system dark mode', () => {
  const css = readFileSync(new URL('../../web/review/style.css', import.meta.url), 'utf8');
  const vars = (block: string) => new Set([...block.matchAll(/(--[\w-]+)\s*:/g)].map((m) => m[1]));

  it('gives every colour variable a dark value under prefers-color-scheme: dark', () => {
    const light = /:root\s*\{([^}]*)\}/.exec(css)![1]!;
    const dark = /@media \(prefers-color-scheme: dark\)\s*\{\s*:root\s*\{([^}]*)\}/.exec(css)?.[1];
    expect(dark).toBeDefined();
    expect([...vars(light)].filter((v) => !vars(dark!).has(v))).toEqual([]);
    expect(dark).toContain('color-scheme: dark');
  });

  it('tells the browser before the style sheet loads', () => {
    expect(readFileSync(new URL('../../web/review/index.html', import.meta.url), 'utf8')).toContain('<meta name="color-scheme" content="light dark" />');
  });

  it('uses no fixed light background outside the variables', () => {
    const rules = css.replace(/:root\s*\{[^}]*\}/g, '');
    expect(rules.match(/background:\s*#f[0-9a-f]{2,5}\b/gi) ?? []).toEqual([]);
  });
});

describe('GitHub annotations', () => {
  it('write a deletion "(delete)" after the message, as the other formats do', async () => {
    const { github } = await import('../../src/reports/github.ts');
    const f = findingAt(BEFORE, 'Leave a Comment', { ruleId: 'artefact/page-furniture', severity: 'warning', message: 'm', confidence: 0.9, suggestions: [{ text: '', confidence: 0.9 }] });
    expect(github([{ path: 'a.txt', source: BEFORE, findings: [f], dropped: [] }], { color: false })).toContain('::m → (delete)');
  });
});
