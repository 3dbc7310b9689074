import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROOT, translint } from '../helpers/cli.ts';
import { browserMissing, launchChromium } from './serve.ts';

describe.skipIf(browserMissing)('the HTML report in Chromium', () => {
  it('opens offline with no console error, runs no injected markup, and shows every finding', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'translint-html-'));
    writeFileSync(
      join(dir, 'story.txt'),
      'Keir Starrer spoke. <script>window.__pwned = 1</script> <img src=x onerror="window.__pwned = 2"> The Gens Saddam Haftar came.\n',
    );
    const r = translint(['check', '--format', 'html', '-o', 'report.html', 'story.txt'], { cwd: dir });
    expect(r.status).not.toBe(2);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const errors: string[] = [];
      const requests: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('request', (q) => requests.push(q.url()));
      await page.goto(pathToFileURL(join(dir, 'report.html')).href);
      expect(await page.evaluate(() => (globalThis as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(await page.locator('script').count()).toBe(0);
      expect(await page.locator('img').count()).toBe(0);
      const marks = await page.locator('mark').allTextContents();
      expect(marks).toEqual(expect.arrayContaining(['Keir Starrer', 'Gens Saddam Haftar']));
      expect(await page.locator('body').innerText()).toContain('<script>window.__pwned = 1</script>');
      expect(errors).toEqual([]);
      expect(requests.filter((u) => !u.startsWith('file:'))).toEqual([]);
      mkdirSync(join(ROOT, 'test-output'), { recursive: true });
      await page.screenshot({ path: join(ROOT, 'test-output', 'html-report.png'), fullPage: false });
    } finally {
      await browser.close();
    }
  }, 60_000);
});
