// What an editor sees in `almanac serve` (started by serve.sh), in a real browser: an open page
// shows a title edited on disk within a second without being touched; a broken front matter
// puts the problem, with its position, over the page; fixed, the problem goes. Search works.
// Usage: node serve_test.js BASE_URL SITE_FOLDER
'use strict';
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { chromium } = require('playwright-core');
const { check, failed } = require('./checks');

const [base, site] = process.argv.slice(2);
const entry = path.join(site, 'content', 'conferences', 'mir.md');

(async () => {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox'] });
  const page = await (await browser.newContext({ locale: 'ru-RU' })).newPage();
  page.setDefaultTimeout(10000);
  const errors = [];
  page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
  const original = fs.readFileSync(entry, 'utf8');

  await check('a title edited on disk shows on the open page within a second', async () => {
    await page.goto(base + 'conferences/mir/');
    assert.equal((await page.textContent('h1')).trim(), 'Мир педиатров');
    // The page listens before the file changes.
    await page.waitForFunction(() => window.almanacPreview === 'ready');
    const saved = Date.now();
    fs.writeFileSync(entry, original.replace('title = "Мир педиатров"',
        'title = "Мир педиатров — итоги"'));
    await page.waitForFunction(() => document.querySelector('h1') &&
        document.querySelector('h1').textContent.trim() === 'Мир педиатров — итоги',
        null, { timeout: 1000 });
    console.log(`  # shown ${Date.now() - saved} ms after the save`);
  });

  await check('a broken front matter shows its problem and position over the page', async () => {
    fs.writeFileSync(entry, original.replace('title = "Мир педиатров"', 'title = "Мир педиатров'));
    const box = page.locator('#almanac-problems');
    await box.waitFor({ state: 'visible', timeout: 2000 });
    const text = await box.textContent();
    assert.match(text, /content\/conferences\/mir\.md:2:\d+: ошибка: кавычки не закрыты/);
    // The last good page is still there beneath it.
    assert.equal((await page.textContent('h1')).trim(), 'Мир педиатров — итоги');
  });

  await check('a page opened while the site is broken shows the problem too', async () => {
    const other = await page.context().newPage();
    await other.goto(base);
    await other.locator('#almanac-problems').waitFor({ state: 'visible', timeout: 2000 });
    await other.close();
  });

  await check('fixed, the problem goes and the page shows the fixed title', async () => {
    fs.writeFileSync(entry, original);
    await page.locator('#almanac-problems').waitFor({ state: 'detached', timeout: 2000 });
    await page.waitForFunction(() => document.querySelector('h1') &&
        document.querySelector('h1').textContent.trim() === 'Мир педиатров', null,
        { timeout: 2000 });
  });

  await check('search works on the served site', async () => {
    await page.goto(base);
    await page.fill('#site-search-query', 'педиатров');
    await page.press('#site-search-query', 'Enter');
    await page.locator('.search-result a:text("Мир педиатров")').waitFor({ timeout: 5000 });
  });

  await check('no page logged an error', async () => assert.deepEqual(errors, []));
  await browser.close();
  process.exit(failed() ? 1 : 0);
})();
