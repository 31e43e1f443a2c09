// Named checks for the browser tests, printed as TAP lines ("ok - name", "not ok - name" with the
// error): a failed check is reported and the next one still runs.
'use strict';

let failures = 0;

async function check(name, body) {
  try {
    await body();
    console.log(`ok - ${name}`);
  } catch (error) {
    failures++;
    console.log(`not ok - ${name}\n  ${String(error.stack || error).split('\n').join('\n  ')}`);
  }
}

module.exports = { check, failed: () => failures > 0 };
