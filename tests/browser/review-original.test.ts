import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.ts';
import { browserMissing, launchChromium, serve, watchErrors, type Served } from './serve.ts';

const original = [
  'Der britische Premierminister Keir Starmer traf am Dienstag in Kigali ein.',
  'Er sprach mit Präsident Paul Kagame über Migration und Handel.',
  'Beide Regierungen unterzeichneten drei Abkommen über Bildung, Gesundheit und <b>Landwirtschaft</b>.',
].join(' ');
const story = [
  'British Prime Minister Keir Starrer arrived in Kigali on Tuesday.',
  'He spoke with President Paul Kagame about migration and trade.',
  'Both governments signed three agreements on education, health and <b>agriculture</b>.',
].join(' ');

describe.skipIf(browserMissing)('review page: the original beside the story', () => {
  let browser: Browser;
  let server: Served;
  beforeAll(async () => {
    [browser, server] = await Promise.all([launchChromium(), serve()]);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('pastes a German original and the English story, checks, and shows the original sentence beside the flagged one', async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.goto(server.url + '/');
    expect(await page.isHidden('#aligned-pane')).toBe(true);
    await page.fill('#source', story);
    await page.click('#original-box summary');
    await page.fill('#original', original);
    await page.selectOption('#lang', 'de');
    const [res] = await Promise.all([page.waitForResponse((r) => r.url().endsWith('/v1/check')), page.click('#run')]);
    const sent = res.request().postDataJSON() as { source?: string; sourceLang?: string };
    expect([sent.source, sent.sourceLang]).toEqual([original, 'de']);
    const body = (await res.json()) as { findings: { ruleId: string; text: string }[]; alignment: { pairs: unknown[] } };
    expect(body.alignment.pairs).toHaveLength(3);
    // the bundled glossary lists Keir Starmer, so source/glossary-name reports the word (it precedes source/names: the
    // glossary's spelling is offered where the two differ)
    const flagged = body.findings.findIndex((f) => f.ruleId === 'source/glossary-name' && f.text === 'Starrer');
    expect(flagged).toBeGreaterThanOrEqual(0);

    await page.locator('#aligned .arow:not(.ahead)').nth(2).waitFor();
    const rows = await page.$$eval('#aligned .arow:not(.ahead)', (els) =>
      els.map((el) => [el.querySelector('.orig')?.textContent, el.querySelector('.mine')?.textContent, el.className]),
    );
    expect(rows).toEqual([
      ['Der britische Premierminister Keir Starmer traf am Dienstag in Kigali ein.', 'British Prime Minister Keir Starrer arrived in Kigali on Tuesday.', expect.stringMatching(/^arow( current)?$/)],
      ['Er sprach mit Präsident Paul Kagame über Migration und Handel.', 'He spoke with President Paul Kagame about migration and trade.', expect.stringMatching(/^arow( current)?$/)],
      ['Beide Regierungen unterzeichneten drei Abkommen über Bildung, Gesundheit und <b>Landwirtschaft</b>.', 'Both governments signed three agreements on education, health and <b>agriculture</b>.', expect.stringMatching(/^arow( current)?$/)],
    ]);
    // the flagged name, marked in the story's cell, sits in the same row as the original's sentence
    const mark = page.locator(`#aligned mark[data-index="${flagged}"]`);
    expect(await mark.textContent()).toBe('Starrer');
    const row = mark.locator('xpath=ancestor::div[contains(@class, "arow")]');
    expect(await row.locator('.orig').textContent()).toContain('Keir Starmer');
    expect(await row.locator('.orig').getAttribute('lang')).toBe('de');
    // side by side: the original's cell left of the story's, on the same line
    const [o, m] = [await row.locator('.orig').boundingBox(), await row.locator('.mine').boundingBox()];
    expect(o!.x + o!.width).toBeLessThanOrEqual(m!.x);
    expect(Math.abs(o!.y - m!.y)).toBeLessThan(2);
    // clicking it there selects the finding in the list
    await mark.click();
    expect(await page.getAttribute('#suggestions li.current', 'data-index')).toBe(String(flagged));
    expect(await row.getAttribute('class')).toContain('current');
    // markup in either text stays text
    expect(await page.locator('#aligned b').count()).toBe(0);

    // dark mode recolours the pane; a phone puts each original sentence right above its translation
    mkdirSync(join(ROOT, 'test-output'), { recursive: true });
    await page.locator('#aligned-pane').screenshot({ path: join(ROOT, 'test-output', 'review-original.png') });
    const bg = () => page.evaluate('getComputedStyle(document.getElementById("aligned-pane")).backgroundColor');
    const light = await bg();
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await bg()).not.toBe(light);
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBe(390);
    const [po, pm] = [await row.locator('.orig').boundingBox(), await row.locator('.mine').boundingBox()];
    expect(po!.y + po!.height).toBeLessThanOrEqual(pm!.y + 1);
    await page.locator('#aligned-pane').screenshot({ path: join(ROOT, 'test-output', 'review-original-phone-dark.png') });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('greys an unsure pair and a sentence only one side has, labelled, never side by side as if sure', async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    // the service's real answer, with the second pair made unsure and the third left out
    await page.route('**/v1/check', async (route) => {
      const res = await route.fetch();
      const body = (await res.json()) as { alignment: { pairs: { confidence: number }[] } };
      body.alignment.pairs[1]!.confidence = 0.3;
      body.alignment.pairs.splice(2, 1);
      await route.fulfill({ response: res, json: body });
    });
    await page.goto(server.url + '/');
    await page.fill('#source', story);
    await page.click('#original-box summary');
    await page.fill('#original', original);
    await page.click('#run');
    await page.locator('#aligned .arow:not(.ahead)').nth(3).waitFor();
    const rows = await page.$$eval('#aligned .arow:not(.ahead)', (els) =>
      els.map((el) => [el.className.replace(' current', ''), el.querySelector('.note')?.textContent, el.querySelector('.orig')?.textContent?.slice(0, 12), el.querySelector('.mine')?.textContent?.slice(0, 12)]),
    );
    expect(rows).toEqual([
      ['arow', undefined, 'Der britisch', 'British Prim'],
      ['arow unsure', 'unsure match', 'unsure match', 'He spoke wit'],
      ['arow alone', 'only in the original', 'only in the ', ''],
      ['arow alone', 'only in the story', '', 'only in the '],
    ]);
    expect(await page.textContent('#aligned .arow.alone .orig')).toBe('only in the originalBeide Regierungen unterzeichneten drei Abkommen über Bildung, Gesundheit und <b>Landwirtschaft</b>.');
    const colour = (sel: string) => page.evaluate(`getComputedStyle(document.querySelector(${JSON.stringify(sel)})).color`);
    expect(await colour('#aligned .arow.unsure .mine')).not.toBe(await colour('#aligned .arow:not(.unsure):not(.alone):not(.ahead) .mine'));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('without an original shows no column, and says why an original was not used', async () => {
    const page = await browser.newPage();
    await page.goto(server.url + '/');
    await page.fill('#source', story);
    await page.click('#run');
    await page.locator('#suggestions li').first().waitFor();
    expect(await page.isHidden('#aligned-pane')).toBe(true);
    await page.click('#original-box summary');
    await page.fill('#original', story);
    await page.click('#run');
    await expect.poll(() => page.textContent('#status')).toContain("Original: the source is in English, not in the original's language; checked without the source.");
    expect(await page.isHidden('#aligned-pane')).toBe(true);
    await page.close();
  });
});
