// What a visitor does on the published site, in a real browser (Debian's Chromium) against a
// real web server (nginx, started by run.sh): follow links, switch language, search, download a
// calendar file, read an annual report on a phone; no page may log an error, and axe-core finds
// no serious accessibility problem.
// Usage: node browser_test.js BASE_URL   (the site's address, ending in /)
'use strict';
const assert = require('assert');
const fs = require('fs');
const { chromium } = require('playwright-core');
const { check, failed } = require('./checks');

const base = process.argv[2];
const axeScript = require.resolve('axe-core/axe.min.js');


// What axe-core finds serious or critical on the page, one line each.
async function seriousProblems(page) {
  await page.addScriptTag({ path: axeScript });
  const result = await page.evaluate(() => window.axe.run(document,
      { resultTypes: ['violations'] }));
  return result.violations
      .filter((violation) => ['serious', 'critical'].includes(violation.impact))
      .map((violation) => `${violation.id}: ${violation.nodes.map((n) => n.target).join(', ')}`);
}

async function heading(page) {
  return (await page.textContent('h1')).trim();
}

(async () => {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox'] });
  const context = await browser.newContext({ acceptDownloads: true, locale: 'ru-RU' });
  const page = await context.newPage();
  page.setDefaultTimeout(10000);
  const errors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));

  await check('home page, then a conference, its organization, its country and back', async () => {
    await page.goto(base);
    assert.equal(await page.getAttribute('html', 'lang'), 'ru');
    await page.click('.site-header .menu a[href$="conferences/"]');
    assert.equal(page.url(), base + 'conferences/');
    await page.click('.entries a:text("Мир педиатров")');
    assert.equal(page.url(), base + 'conferences/mir/');
    assert.equal(await heading(page), 'Мир педиатров');
    await page.click('.facts a[href$="organizations/nizhny/"]');
    assert.equal(page.url(), base + 'organizations/nizhny/');
    assert.match(await page.textContent('main'), /Мир педиатров/);
    await page.goBack();
    await page.click('.facts a[href*="/countries/"]');
    assert.equal(await heading(page), 'Китай');
    await page.goBack();
    assert.equal(page.url(), base + 'conferences/mir/');
  });

  await check('the language switcher leads to the same page in English and back', async () => {
    await page.goto(base + 'conferences/mir/');
    await page.click('nav.languages a[hreflang="en"]');
    assert.equal(page.url(), base + 'en/conferences/mir/');
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    assert.equal(await heading(page), 'World of Pediatricians');
    await page.click('nav.languages a[hreflang="ru"]');
    assert.equal(page.url(), base + 'conferences/mir/');
  });

  await check('a conference page offers its calendar file, an all-day VEVENT', async () => {
    await page.goto(base + 'conferences/mir/');
    const [download] = await Promise.all([page.waitForEvent('download'),
      page.click('p.calendar a')]);
    const ics = fs.readFileSync(await download.path(), 'utf8');
    assert.match(ics, /^BEGIN:VCALENDAR\r\n/);
    assert.match(ics, /\r\nBEGIN:VEVENT\r\n/);
    assert.match(ics, /\r\nDTSTART;VALUE=DATE:20250520\r\n/);
    assert.match(ics, /\r\nDTEND;VALUE=DATE:20250524\r\n/);
    assert.match(ics, /\r\nSUMMARY:Мир педиатров\r\n/);
    assert.match(ics, new RegExp('\\r\\nURL:' + base + 'conferences/mir/\\r\\n'));
    const response = await page.request.get(base + 'conferences/calendar.ics');
    assert.equal(response.headers()['content-type'], 'text/calendar');
  });

  await check('a search for another form of a Russian word finds the entry', async () => {
    await page.goto(base);
    await page.fill('#site-search-query', 'конференции');
    await page.press('#site-search-query', 'Enter');
    await page.waitForSelector('.search-result a');
    assert.equal(new URL(page.url()).pathname, new URL(base).pathname + 'search/');
    assert.match(await page.textContent('.search-results .count'), /Найден/);
    // A result shows its title, kind and date, and a snippet with the matching word marked.
    const result = page.locator('.search-result', { hasText: 'Мир педиатров' });
    assert.match(await result.locator('.meta').textContent(), /^Конференция · 1 марта 2025/);
    assert.match(await result.locator('.summary mark').first().textContent(), /^конференц/i);
    await page.click('.search-result a:text("Мир педиатров")');
    assert.equal(page.url(), base + 'conferences/mir/');
    // ё is е, case is ignored, the last word may be unfinished.
    await page.goto(base + 'search/?q=' + encodeURIComponent('КИТАЕ'));
    await page.waitForSelector('.search-result a');
    await page.goto(base + 'search/?q=' + encodeURIComponent('в Нижнём'));  // the text: "в Нижнем"
    await page.waitForSelector('.search-result a:text("Мир педиатров")');
    await page.goto(base + 'search/?q=' + encodeURIComponent('педиат'));
    await page.waitForSelector('.search-result a:text("Мир педиатров")');
    await page.goto(base + 'search/?q=' + encodeURIComponent('несуществующееслово'));
    await page.waitForSelector('.search-results .count');
    assert.equal(await page.locator('.search-result').count(), 0);
  });

  await check('without JavaScript the search box is hidden and the search page says why', async () => {
    const plain = await browser.newContext({ javaScriptEnabled: false });
    const noScript = await plain.newPage();
    await noScript.goto(base);
    assert.equal(await noScript.isVisible('form.site-search'), false);
    await noScript.goto(base + 'search/');
    assert.match(await noScript.textContent('main'), /JavaScript/);
    await plain.close();
  });

  for (const [name, path] of [['the home page', ''], ['a list', 'conferences/'],
    ['an entry', 'conferences/mir/'], ['the search page', 'search/?q=%D0%BC%D0%B8%D1%80']]) {
    await check(`axe-core finds no serious or critical problem on ${name}`, async () => {
      await page.goto(base + path);
      if (path.startsWith('search/')) await page.waitForSelector('.search-result');
      assert.deepEqual(await seriousProblems(page), []);
    });
  }

  for (const javaScriptEnabled of [true, false]) {
    await check(`on a 390 px phone the header is one line with a menu button (JavaScript ${
      javaScriptEnabled ? 'on' : 'off'})`, async () => {
      const phone = await browser.newContext({ viewport: { width: 390, height: 844 },
        javaScriptEnabled });
      const small = await phone.newPage();
      await small.goto(base + 'conferences/mir/');
      const header = await small.locator('.site-header').boundingBox();
      assert.ok(header.height <= 60, `the header is ${header.height} px high`);
      assert.equal(await small.isVisible('.site-header .menu'), false);
      await small.click('.menu-button');
      assert.equal(await small.isVisible('.site-header .menu'), true);
      await small.click('.site-header .menu a[href$="conferences/"]');
      assert.equal(small.url(), base + 'conferences/');
      if (javaScriptEnabled) assert.deepEqual(await seriousProblems(small), []);
      await phone.close();
    });
  }

  for (const language of ['', 'en/']) {
    await check(`the ${language ? 'English' : 'Russian'} annual report reads on a 390 px phone ` +
        'without sideways scrolling', async () => {
      const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
      const small = await phone.newPage();
      await small.goto(new URL(`../reports-stress/${language}reports/2025/`, base).href);
      const widths = await small.evaluate(() => ({
        page: document.documentElement.scrollWidth,
        screen: document.documentElement.clientWidth,
        // The widest table scrolls inside its own box instead.
        boxes: [...document.querySelectorAll('.table-box')].map((box) =>
          box.getBoundingClientRect().right),
      }));
      assert.ok(widths.page <= widths.screen, `the page is ${widths.page} px wide`);
      assert.ok(widths.boxes.length > 0);
      for (const right of widths.boxes) assert.ok(right <= widths.screen);
      assert.deepEqual(await seriousProblems(small), []);
      await phone.close();
    });
  }

  await check('the 404 page is served for an address that does not exist', async () => {
    const response = await page.goto(base + 'no/such/page/');
    assert.equal(response.status(), 404);
    await page.click('main a');  // its links lead into the site from any address
    assert.equal(page.url(), base);
  });

  await check('no page logged an error', async () => {
    // The 404 above is expected; anything else is not.
    assert.deepEqual(errors.filter((e) => !e.includes('no/such/page')), []);
  });

  await browser.close();
  console.log(failed() ? 'some browser checks failed' : 'all browser checks passed');
  process.exit(failed() ? 1 : 0);
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
