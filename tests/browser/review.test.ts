import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseGlossary } from '../../src/glossary/load.ts';
import { REVIEW_PAGE_CSP } from '../../src/server/static.ts';
import { ROOT, SEED } from '../helpers/cli.ts';
import { browserMissing, CHROMIUM, launchChromium, serve, watchErrors, type Served } from './serve.ts';

interface ApiFinding {
  text: string;
  range: { start: { offset: number }; end: { offset: number } };
  suggestions: { text: string }[];
}

const OUT = join(ROOT, 'test-output');
const seed = readFileSync(join(ROOT, SEED), 'utf8');

if (browserMissing) console.warn(`tests/browser/review.test.ts: skipped: ${CHROMIUM} is not installed (apt-get install chromium); in CI (CI set) these tests run and fail instead`);

/** The test's own application of decisions: replacements by finding index, left to right. */
function apply(text: string, findings: ApiFinding[], replace: Map<number, string>): string {
  const edits = [...replace].map(([i, t]) => ({ f: findings[i]!, t })).sort((a, b) => a.f.range.start.offset - b.f.range.start.offset);
  let out = '';
  let pos = 0;
  for (const { f, t } of edits) {
    out += text.slice(pos, f.range.start.offset) + t;
    pos = f.range.end.offset;
  }
  return out + text.slice(pos);
}

/** Clicks Check; returns the findings the service gave the page and the body the page sent. */
async function runCheck(page: Page): Promise<ApiFinding[] & { sent?: unknown }> {
  const [res] = await Promise.all([page.waitForResponse((r) => r.url().endsWith('/v1/check')), page.click('#run')]);
  expect(res.status()).toBe(200);
  const findings: ApiFinding[] & { sent?: unknown } = ((await res.json()) as { findings: ApiFinding[] }).findings;
  findings.sent = res.request().postDataJSON();
  await page.locator('#suggestions li').nth(Math.max(0, findings.length - 1)).waitFor();
  return findings;
}

describe.skipIf(browserMissing)('review page in Chromium', () => {
  let browser: Browser;
  let server: Served;

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    [browser, server] = await Promise.all([launchChromium(), serve()]);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('reviews the seed: two accepted, one rejected, one edited; downloads the exact corrected text and a glossary patch', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = watchErrors(page);
    const res = await page.goto(server.url + '/');
    expect(res?.headers()['content-security-policy']).toBe(REVIEW_PAGE_CSP);
    expect(REVIEW_PAGE_CSP).toBe("default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
    await page.locator('#glossary option[value="news"]').waitFor({ state: 'attached' });
    await page.selectOption('#glossary', 'news');
    await page.selectOption('#lang', 'de');
    await page.fill('#source', seed);
    const findings = await runCheck(page);

    // the page sent the pasted text as is, with the options chosen; the test asks the service the same
    expect(findings.sent).toEqual({ text: seed, diff: true, glossary: 'news', sourceLang: 'de' });
    const direct = (await (await fetch(server.url + '/v1/check', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: seed, glossary: 'news', sourceLang: 'de' }) })).json()) as { findings: ApiFinding[] };
    expect([...findings]).toEqual(direct.findings);
    const at = (text: string) => {
      const i = findings.findIndex((f) => f.text === text);
      expect(i, text).toBeGreaterThanOrEqual(0);
      return i;
    };
    const cnn = at('Cnn');
    const trump = at('Trump government');
    const ministry = at('Foreign Ministry');
    const keir = at('Keir Starrer');
    expect([cnn, trump]).toEqual([1, 2]);
    const item = (i: number) => page.locator(`#suggestions li[data-index="${i}"]`);

    // keyboard: j to the second finding, a accepts and moves on, r rejects the next
    await page.locator('body').press('j');
    await page.keyboard.press('a');
    await page.keyboard.press('r');
    await expect.poll(() => item(trump).getAttribute('class')).toContain('state-rejected');
    await item(trump).locator('input[data-act="allow"]').check();
    // buttons: accept the near miss
    await item(keir).getByRole('button', { name: 'Accept' }).click();
    // edit from the highlighted text: Escape cancels, then e, type, Enter confirms
    await page.click(`#highlighted mark[data-index="${ministry}"]`);
    await page.keyboard.press('e');
    const input = item(ministry).locator('input.edit-input');
    expect(await input.inputValue()).toBe('State Department');
    await input.press('Escape');
    await expect.poll(() => item(ministry).locator('input.edit-input').count()).toBe(0);
    expect(await item(ministry).getAttribute('class')).toContain('state-pending');
    await page.keyboard.press('e');
    await input.fill('US State Department');
    await input.press('Enter');
    await item(ministry).locator('input[data-act="variant"]').check();

    expect(await page.textContent('#tally')).toBe(`2 accepted · 1 rejected · 1 edited · ${findings.length - 4} open`);
    const expected = apply(seed, findings, new Map([[cnn, 'CNN'], [keir, findings[keir]!.suggestions[0]!.text], [ministry, 'US State Department']]));
    expect(expected.startsWith(seed.slice(0, 90) + 'CNN\n\nThe Trump government spoke')).toBe(true);
    expect(expected).toContain('Keir Starmer');
    expect(expected).not.toContain('Keir Starrer');
    expect(expected).toContain('the US State Department');
    expect(expected.length).toBe(seed.length - 'Keir Starrer'.length + 'Keir Starmer'.length + 'US State Department'.length - 'Foreign Ministry'.length);

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
    expect(download.suggestedFilename()).toBe('corrected.txt');
    expect(readFileSync(await download.path(), 'utf8')).toBe(expected);
    expect(await page.textContent('#corrected')).toBe(expected);
    // phrase by phrase: a replaced run of words is one insertion
    expect(await page.locator('#diff ins').allTextContents()).toEqual(['CNN', 'US State Department ', 'Starmer']);
    expect(await page.locator('#diff del').allTextContents()).toEqual(['Cnn', 'Foreign Ministry ', 'Starrer']);

    const [patchDownload] = await Promise.all([page.waitForEvent('download'), page.click('#download-patch')]);
    expect(patchDownload.suggestedFilename()).toBe('glossary-patch.yaml');
    const patch = readFileSync(await patchDownload.path(), 'utf8');
    expect(patch).toContain('# Allow-list: rejected suggestions');
    const parsed = parseGlossary(patch, 'yaml', 'glossary-patch.yaml');
    expect(parsed.allow).toEqual(['Trump government']);
    expect(parsed.entries.map((e) => ({ term: e.term, category: e.category, variants: e.variants }))).toEqual([
      { term: 'US State Department', category: 'term', variants: [{ kind: 'literal', text: 'Foreign Ministry' }] },
    ]);

    await page.evaluate('document.getElementById("review").scrollIntoView()');
    await page.screenshot({ path: join(OUT, 'review-page.png') });
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBe(390);
    await page.evaluate('document.getElementById("review").scrollIntoView()');
    await page.screenshot({ path: join(OUT, 'review-page-phone.png') });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows markup in the input as text and never runs it', async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.goto(server.url + '/');
    const hostile = '<script>window.__pwned = 1</script>\nThe Cnn report <img src=x onerror="window.__pwned = 2"> said close close.\n<svg onload="window.__pwned = 3"></svg><b>Keir Starrer</b>';
    await page.fill('#source', hostile);
    const findings = await runCheck(page);
    expect(findings.map((f) => f.text)).toEqual(expect.arrayContaining(['Cnn', 'Keir Starrer']));
    expect(await page.textContent('#highlighted')).toBe(hostile);
    for (let i = 0; i < findings.length; i++) await page.keyboard.press('a');
    expect(await page.textContent('#corrected')).toContain('<img src=x onerror="window.__pwned = 2">');
    expect(await page.evaluate('window.__pwned')).toBeUndefined();
    expect(await page.locator('#review img, #review script, #review svg, #review b').count()).toBe(0);
    expect(await page.locator('img, svg').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('reviews an opened HTML file in its format: prose only, markup untouched, downloaded under its name', async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.goto(server.url + '/');
    const html = '<html><head><title>Cnn</title><script>var Cnn = "Keir Starrer";</script></head>\n<body><p>The <b>Cnn</b> said <a href="https://x.test/Cnn" title="Cnn">Keir&nbsp;Starrer</a> spoke.</p></body></html>\n';
    await page.setInputFiles('#file', { name: 'story.html', mimeType: 'text/html', buffer: Buffer.from(html) });
    await expect.poll(() => page.inputValue('#source')).toBe(html);
    const findings = await runCheck(page);
    expect(findings.sent).toEqual(expect.objectContaining({ text: html, filename: 'story.html' }));
    // only the paragraph's prose: not the title, the script, the URL or the attribute
    const cnn = html.indexOf('<b>Cnn</b>') + 3;
    expect(findings.map((f) => [f.text, f.range.start.offset])).toEqual(expect.arrayContaining([['Cnn', cnn]]));
    for (const f of findings) expect(f.range.start.offset).toBeGreaterThan(html.indexOf('<body>'));
    for (let i = 0; i < findings.length; i++) await page.keyboard.press('a');
    expect(await page.textContent('#download')).toBe('Download story.html');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
    expect(download.suggestedFilename()).toBe('story.html');
    const corrected = readFileSync(await download.path(), 'utf8');
    expect(corrected).toContain('<b>CNN</b>');
    expect(corrected).toContain('<title>Cnn</title><script>var Cnn = "Keir Starrer";</script>');
    expect(corrected).toContain('<a href="https://x.test/Cnn" title="Cnn">');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('offers no replacement over markup: Accept and Edit are off, and the download keeps every tag', async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.goto(server.url + '/');
    const html = '<html><body><p>At Cnn, the <b>the</b> envoy met Keir<wbr>Starrer.</p></body></html>\n';
    await page.setInputFiles('#file', { name: 'story.html', mimeType: 'text/html', buffer: Buffer.from(html) });
    await expect.poll(() => page.inputValue('#source')).toBe(html);
    const findings = await runCheck(page);
    const over = findings.map((f, i) => [f.text, i] as const).filter(([t]) => t.includes('<'));
    expect(over.map(([t]) => t)).toEqual(['the <b>the', 'Keir<wbr>Starrer']);
    for (const [, i] of over) {
      const item = page.locator(`#suggestions li[data-index="${i}"]`);
      expect(await item.locator('[data-act="accept"]').isDisabled()).toBe(true);
      expect(await item.locator('[data-act="edit"]').isDisabled()).toBe(true);
      expect(await item.locator('.by-hand').textContent()).toBe('the text holds markup: change it by hand');
    }
    // "a" on every finding, and "e" on those over markup: only the plain one is replaced, no edit field opens
    for (let i = 0; i < findings.length; i++) {
      await page.locator(`#suggestions li[data-index="${i}"] .msg`).click();
      await page.keyboard.press('a');
      if (!over.some(([, k]) => k === i)) continue;
      await page.keyboard.press('e');
      expect(await page.locator('.edit-input').count()).toBe(0);
      expect(await page.locator(`#suggestions li[data-index="${i}"] .state`).textContent()).toBe('open');
    }
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
    expect(readFileSync(await download.path(), 'utf8')).toBe(html.replace('Cnn', 'CNN'));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('offers no suggestion the file format needs escaped: Accept is off, an edit with such characters is refused, the download stays valid', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'translint-review-escape-'));
    const glossary = join(dir, 'g.json');
    writeFileSync(glossary, JSON.stringify([{ term: 'Marks & Spencer', variants: ['Marks and Spencer'] }, { term: 'CNN', variants: ['Cnn'], caseSensitive: true }]));
    const own = await serve({}, ['--no-default-glossary', '-g', glossary]);
    try {
      const page = await browser.newPage();
      const errors = watchErrors(page);
      await page.goto(own.url + '/');
      const html = '<html><body><p>Shares in Marks and Spencer rose, the Cnn said.</p></body></html>\n';
      await page.setInputFiles('#file', { name: 'story.html', mimeType: 'text/html', buffer: Buffer.from(html) });
      await expect.poll(() => page.inputValue('#source')).toBe(html);
      const findings = await runCheck(page);
      expect(findings.map((f) => [f.text, f.suggestions[0]?.text])).toEqual([
        ['Marks and Spencer', 'Marks & Spencer'],
        ['Cnn', 'CNN'],
      ]);
      const item = page.locator('#suggestions li[data-index="0"]');
      expect(await item.locator('.change').textContent()).toBe('Marks and Spencer → Marks & Spencer');
      expect(await item.locator('[data-act="accept"]').isDisabled()).toBe(true);
      expect(await item.locator('.by-hand').textContent()).toBe('this replacement has characters that html files need escaped: edit it or change it by hand');
      expect(await page.locator('#suggestions li[data-index="1"] [data-act="accept"]').isDisabled()).toBe(false);
      // "a" on each: only CNN is taken
      for (const i of [0, 1]) {
        await page.locator(`#suggestions li[data-index="${i}"] .msg`).click();
        await page.keyboard.press('a');
      }
      expect(await page.locator('#suggestions .state').allTextContents()).toEqual(['open', 'accepted']);
      // an edit with "&" is refused and the field stays open; one without it is taken
      await item.locator('[data-act="edit"]').click();
      await page.fill('.edit-input', 'M&S');
      await page.keyboard.press('Enter');
      expect(await page.textContent('#status')).toBe('this replacement has characters that html files need escaped; edit or reject it.');
      expect(await page.locator('.edit-input').count()).toBe(1);
      await page.fill('.edit-input', 'Marks plus Spencer');
      await page.keyboard.press('Enter');
      expect(await page.locator('#suggestions .state').allTextContents()).toEqual(['edited', 'accepted']);
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
      expect(readFileSync(await download.path(), 'utf8')).toBe(html.replace('Marks and Spencer', 'Marks plus Spencer').replace('Cnn', 'CNN'));
      expect(errors).toEqual([]);
      await page.close();
    } finally {
      await own.stop();
    }
  }, 120_000);

  it('asks for the token when the service needs one and keeps it out of storage', async () => {
    const guarded = await serve({ TRANSLINT_TOKEN: 'page-s3cret' });
    try {
      const page = await browser.newPage();
      const res = await page.goto(guarded.url + '/');
      expect(res?.status()).toBe(200);
      await page.locator('#token-form').waitFor();
      expect(await page.isVisible('#token-wrong')).toBe(false);
      await page.fill('#token', 'wrong');
      await page.press('#token', 'Enter');
      await page.locator('#token-wrong').waitFor();
      await page.fill('#token', 'page-s3cret');
      await page.press('#token', 'Enter');
      await page.locator('#glossary option[value="news"]').waitFor({ state: 'attached' });
      expect(await page.isVisible('#token-form')).toBe(false);
      await page.fill('#source', 'Then British Prime Minister Keir Starrer spoke.');
      expect((await runCheck(page)).map((f) => f.text)).toEqual(['Keir Starrer']);
      expect(await page.evaluate('JSON.stringify([localStorage.length, sessionStorage.length, document.cookie, document.getElementById("token").value])')).toBe('[0,0,"",""]');
      await page.close();
    } finally {
      await guarded.stop();
    }
  });
});
