// jsonata-js side of the benchmark: the same cases, evaluations per second, as JSON on stdout.
// Usage: node bench.mjs JSONATA_MODULE_DIR CORPUS.json [SUITE_DIR] [MS]
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';

const [moduleDir, corpusPath, suiteDir, msArg] = process.argv.slice(2);
const require = createRequire(path.join(path.resolve(moduleDir), 'index.js'));
const jsonata = require('jsonata');
const ms = Number(msArg || 200);

const corpus = JSON.parse(fs.readFileSync(corpusPath, 'utf8'));
const cases = corpus.expressions.map(e => ({ name: e.name, expr: e.expr, data: corpus.data, bindings: {} }));
if (suiteDir && suiteDir !== '-') {
  const groups = path.join(suiteDir, 'groups');
  const datasets = {};
  const files = [];
  for (const g of fs.readdirSync(groups).sort())
    for (const f of fs.readdirSync(path.join(groups, g)).sort())
      if (f.endsWith('.json')) files.push([g, f]);
  files.sort((a, b) => (a[0] + '/' + a[1] < b[0] + '/' + b[1] ? -1 : 1));
  for (const [g, f] of files) {
    const doc = JSON.parse(fs.readFileSync(path.join(groups, g, f), 'utf8'));
    const list = Array.isArray(doc) ? doc : [doc];
    list.forEach((c, i) => {
      if (c.expr === undefined || c.result === undefined || c.timelimit !== undefined) return;
      let data;
      if (c.data !== undefined) data = c.data;
      else if (typeof c.dataset === 'string') {
        datasets[c.dataset] ??= JSON.parse(fs.readFileSync(path.join(suiteDir, 'datasets', c.dataset + '.json'), 'utf8'));
        data = datasets[c.dataset];
      }
      const name = g + '/' + f.replace(/\.json$/, '') + (list.length > 1 ? `[${i}]` : '');
      cases.push({ name, expr: c.expr, data, bindings: c.bindings || {} });
    });
  }
}

const results = {};
for (const c of cases) {
  let compiled;
  try { compiled = jsonata(c.expr); } catch { continue; }
  try {
    for (let i = 0; i < 10; i++) await compiled.evaluate(c.data, c.bindings);
    const start = process.hrtime.bigint();
    let n = 0;
    let elapsed = 0;
    do {
      for (let i = 0; i < 16; i++) await compiled.evaluate(c.data, c.bindings);
      n += 16;
      elapsed = Number(process.hrtime.bigint() - start) / 1e9;
    } while (elapsed * 1000 < ms);
    results[c.name] = n / elapsed;
  } catch { /* an error case: not timed */ }
}
process.stdout.write(JSON.stringify(results, null, 1) + '\n');
