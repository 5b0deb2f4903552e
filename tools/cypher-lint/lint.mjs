#!/usr/bin/env node
// Lint Cypher statements with Neo4j's own linter (@neo4j-cypher/language-support,
// pinned in ./package.json).  Its `lintCypherQuery` runs the ANTLR Cypher parser
// plus Neo4j's real semantic analysis (the Scala front-end compiled to JS).
//
// stdin:  {"statements": [{"name": "...", "cypher": "..."}],
//          "schema": {"labels": [...], "relationshipTypes": [...], "propertyKeys": [...],
//                     "parameters"?: {...} | [...], "procedures"?: ..., "functions"?: ...},
//          "cypherVersion"?: "5" | "25",                  (default "5")
//          "workers"?: n}              (worker threads; default 1 or $CYPHER_LINT_WORKERS)
// stdout: [{"name": "...", "diagnostics": [{"severity": "error"|"warning"|"information"|"hint",
//           "message", "line", "column", "endLine", "endColumn", "deprecated"?}]}]
//          line/column are 1-based, relative to that statement's "cypher" text.
//
// Notes on the library (2.0.0-next.20):
//  * The package's ESM build uses extension-less relative imports that Node's ESM
//    resolver rejects, so the CommonJS build is loaded through createRequire.
//  * Undeclared labels / relationship types are *warnings*, and are only checked when
//    the schema has BOTH `labels` and `relationshipTypes`.
//  * Undeclared procedures / functions are *errors*, but only checked when the schema
//    has `procedures` / `functions` (then the list must include built-ins too).
//  * Every `$param` not in schema.parameters is an *error* ("Parameter $x is not
//    defined.").  Project statements get their parameters at run time, so when the
//    input has no `parameters` the parameters each statement uses are declared for it.
//  * The library swallows exceptions thrown by the semantic analysis and then reports
//    nothing; a canary query is linted first so a broken analysis fails loudly.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

// Keep stdout for our JSON only, whatever the library may log.
const out = process.stdout.write.bind(process.stdout);
console.log = console.info = console.debug = console.warn = (...a) =>
  process.stderr.write(a.map(String).join(' ') + '\n');

const require = createRequire(import.meta.url);
const ls = require('@neo4j-cypher/language-support');
const PKG_VERSION = JSON.parse(readFileSync(new URL(
  './node_modules/@neo4j-cypher/language-support/package.json', import.meta.url), 'utf8')).version;

// LSP DiagnosticSeverity, as set by the library
const SEVERITY = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' };
const DEPRECATED_TAG = 2; // LSP DiagnosticTag.Deprecated

function fail(msg) {
  process.stderr.write(`cypher-lint: ${msg}\n`);
  process.exit(2);
}

async function readStdin() {
  const chunks = [];
  for await (const c of process.stdin) chunks.push(c);
  return Buffer.concat(chunks).toString('utf8');
}

function versionKey(v) {
  const s = String(v ?? '5').trim().toUpperCase().replace(/^CYPHER\s*/, '');
  if (!ls.cypherVersions.includes(`CYPHER ${s}`)) fail(`unsupported cypherVersion ${v}`);
  return `CYPHER ${s}`;
}

// procedures / functions may be given as
//   "bundled"                    -> the Neo4j procedure/function catalogue shipped in the package
//   {"CYPHER 5": {name: sig}}    -> the library's own version-scoped registry
//   {name: sig, ...}             -> one registry, used for the selected version
//   [sig | name, ...]            -> signature objects (the library's Neo4jProcedure /
//                                   Neo4jFunction shape) or names from the bundled catalogue
function registry(value, kind, version) {
  if (value === undefined || value === null) return undefined;
  const bundled = ls.testData.mockSchema[kind];
  if (value === 'bundled') return bundled;
  // A bare name is taken from the bundled catalogue: a made-up signature would make the
  // semantic analysis report wrong argument counts / "void procedure" errors.
  const resolve = (x) => {
    if (typeof x !== 'string') return x;
    const sig = bundled[version]?.[x] ?? bundled['CYPHER 5']?.[x];
    if (!sig) {
      fail(`schema.${kind}: "${x}" is not in the bundled catalogue; give its signature object`);
    }
    return sig;
  };
  let reg;
  if (Array.isArray(value)) {
    reg = Object.fromEntries(value.map(resolve).map((x) => [x.name, x]));
  } else if (typeof value === 'object') {
    if (Object.keys(value).some((k) => /^CYPHER /.test(k))) return value;
    reg = Object.fromEntries(Object.entries(value).map(([k, x]) => [k, resolve(x ?? k)]));
  } else {
    fail(`schema.${kind} must be "bundled", an object or a list`);
  }
  return { [version]: reg };
}

function buildSchema(schema, version) {
  schema = schema ?? {};
  const db = { defaultLanguage: version };
  for (const k of ['labels', 'relationshipTypes', 'propertyKeys', 'databaseNames',
                   'aliasNames', 'userNames', 'roleNames']) {
    if (schema[k] !== undefined) db[k] = schema[k];
  }
  const procedures = registry(schema.procedures, 'procedures', version);
  const functions = registry(schema.functions, 'functions', version);
  if (procedures) db.procedures = procedures;
  if (functions) db.functions = functions;
  let parameters;
  if (Array.isArray(schema.parameters)) {
    parameters = Object.fromEntries(schema.parameters.map((p) => [p, null]));
  } else if (schema.parameters && typeof schema.parameters === 'object') {
    parameters = schema.parameters;
  }
  return { db, parameters };
}

function convert(d) {
  const r = {
    severity: SEVERITY[d.severity] ?? String(d.severity),
    message: d.message,
    line: d.range.start.line + 1,
    column: d.range.start.character + 1,
    endLine: d.range.end.line + 1,
    endColumn: d.range.end.character + 1,
  };
  if (d.tags?.includes(DEPRECATED_TAG)) r.deprecated = true;
  return r;
}

function lintOne(cypher, db, parameters) {
  const params = parameters ??
    Object.fromEntries(ls.parseParameters(cypher, false).map((p) => [p, null]));
  return ls.lintCypherQuery(cypher, { ...db, parameters: params }, false)
    .map(convert)
    .sort((a, b) => a.line - b.line || a.column - b.column);
}

function checkCanary(db) {
  const canary = lintOne('MATCH (n) RETURN n AS x, undefinedVar', db, undefined);
  if (!canary.some((d) => d.severity === 'error' && /undefinedVar/.test(d.message))) {
    throw new Error('semantic analysis is not running (canary query reported no undefined '
                    + 'variable); check the procedures/functions given in the schema');
  }
}

// Lints the statements at positions k, k+step, k+2*step, ... (interleaved for balance).
function lintShare({ statements, db, parameters, version, k, step }) {
  ls._internalFeatureFlags.cypher25 = version !== 'CYPHER 5';
  checkCanary(db);
  const done = [];
  const seen = new Map();
  for (let i = k; i < statements.length; i += step) {
    let diagnostics = seen.get(statements[i].cypher);
    if (diagnostics) {
      done.push([i, diagnostics]);
      continue;
    }
    try {
      diagnostics = lintOne(statements[i].cypher, db, parameters);
      seen.set(statements[i].cypher, diagnostics);
    } catch (e) {
      diagnostics = [{ severity: 'error', message: `linter crashed: ${e?.message ?? e}`,
                       line: 1, column: 1, endLine: 1, endColumn: 1 }];
    }
    done.push([i, diagnostics]);
  }
  return done;
}

if (!isMainThread) {
  parentPort.postMessage(lintShare(workerData));
} else {
  if (process.argv.includes('--version')) {
    out(JSON.stringify({ '@neo4j-cypher/language-support': PKG_VERSION }) + '\n');
    process.exit(0);
  }
  let input;
  try {
    input = JSON.parse(await readStdin());
  } catch (e) {
    fail(`stdin is not JSON: ${e.message}`);
  }
  if (!input || !Array.isArray(input.statements)) fail('input must be {"statements": [...]}');
  const statements = input.statements.map((s, i) => {
    if (!s || typeof s.cypher !== 'string') fail(`statement ${i + 1}: "cypher" must be a string`);
    return { name: s.name ?? `statement ${i + 1}`, cypher: s.cypher };
  });
  const version = versionKey(input.cypherVersion);
  // Make the procedure/function registry lookups honour CYPHER 25 as well.
  ls._internalFeatureFlags.cypher25 = version !== 'CYPHER 5';
  const { db, parameters } = buildSchema(input.schema, version);

  // The semantic analysis costs ~10-70 ms per statement.  Big batches can be spread over
  // worker threads (still one node process) with "workers" / CYPHER_LINT_WORKERS, but each
  // worker pays ~1-2 s CPU to load and JIT the analyser, so the default is 1 (no workers).
  const requested = Number(input.workers ?? process.env.CYPHER_LINT_WORKERS ?? 1);
  const step = Math.max(1, Math.min(statements.length, availableParallelism(),
                                    Number.isFinite(requested) ? requested : 1));
  const share = { statements, db, parameters, version, step };
  const workers = [];
  for (let k = 1; k < step; k++) {
    workers.push(new Promise((resolve, reject) => {
      const w = new Worker(new URL(import.meta.url), { workerData: { ...share, k } });
      w.once('message', resolve);
      w.once('error', reject);
      w.once('exit', (code) => reject(new Error(`worker exited with code ${code}`)));
    }));
  }
  const diagnostics = new Array(statements.length);
  try {
    for (const part of [lintShare({ ...share, k: 0 }), ...(await Promise.all(workers))]) {
      for (const [i, d] of part) diagnostics[i] = d;
    }
  } catch (e) {
    fail(e?.message ?? String(e));
  }
  out(JSON.stringify(statements.map((s, i) => ({ name: s.name, diagnostics: diagnostics[i] })))
      + '\n');
}
