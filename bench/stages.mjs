// What comes after reconcile, timed against parseCorpus + reconcile, in its own process:
//   node --expose-gc bench/stages.mjs SIZE SHAPE STAGE[,STAGE…]
// STAGE: toText, toMarkdown, toHtml (each report of the whole reconciliation, default options) or
// explainAll (explain(proposition, index) for every proposition, with the index made once by indexCorpus, inside the time).
//
// First the baseline: JSON.parse, parseCorpus and reconcile of the corpus, best of a few runs. Then
// each stage, best of a few runs. Prints one JSON line per event on stdout, as it happens, so the
// parent (bench/run.mjs) can stop a stage that takes too long and still keep what came before:
//   {"event":"baseline", …}                  the baseline's figures
//   {"event":"run","stage":S,"run":k}        run k of stage S starts
//   {"event":"sample","stage":S,"ms":…,"chars":…}  it ended: its time and the output's length
//   {"event":"error","stage":S,"message":…}  it threw (e.g. RangeError: Invalid string length)
//
// Env: BENCH_LIB, BENCH_SEED, BENCH_REPS (as bench/case.mjs), BENCH_REPEAT_S (start no further run of
// the baseline or of a stage once its runs took this long; default 4).

import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { corpusText } from "./cache.mjs";
import { ALL_SHAPES, DEFAULT_SEED, parseSize } from "./generate.mjs";

export const STAGES = ["toText", "toMarkdown", "toHtml", "explainAll"];

const here = dirname(fileURLToPath(import.meta.url));
const die = (msg) => {
  console.error(`bench/stages.mjs: ${msg}`);
  process.exit(1);
};

const [sizeArg, shape, stageArg = ""] = process.argv.slice(2);
const stages = stageArg.split(",").filter(Boolean);
if (!sizeArg || !ALL_SHAPES.includes(shape) || stages.some((stage) => !STAGES.includes(stage))) {
  die(`usage: node --expose-gc bench/stages.mjs SIZE (${ALL_SHAPES.join("|")}) STAGE[,STAGE…] (${STAGES.join("|")})`);
}
if (typeof globalThis.gc !== "function") die("run with node --expose-gc");
const gc = globalThis.gc;
const size = parseSize(sizeArg);
const seed = Number(process.env.BENCH_SEED ?? DEFAULT_SEED);
const reps = Number(process.env.BENCH_REPS ?? (size <= 10_000 ? 5 : 3));
const repeatMs = 1000 * Number(process.env.BENCH_REPEAT_S ?? 4);

const libName = process.env.BENCH_LIB ?? "dist/index.js";
let lib;
try {
  lib = await import(
    pathToFileURL(process.env.BENCH_LIB ? resolve(process.env.BENCH_LIB) : join(here, "..", "dist", "index.js")).href
  );
} catch (e) {
  die(`cannot import ${libName} (run \`npm run build\` first): ${e?.message ?? e}`);
}
const needed = [
  "parseCorpus",
  "reconcile",
  ...(stages.includes("explainAll") ? ["explain"] : []),
  ...stages.filter((stage) => stage !== "explainAll"),
];
const missing = needed.filter((name) => typeof lib[name] !== "function");
if (missing.length) die(`${libName} does not export ${missing.join(", ")}`);

let text;
try {
  text = corpusText(size, shape, seed);
} catch (e) {
  die(e?.message ?? String(e));
}
const emit = (event) => process.stdout.write(`${JSON.stringify(event)}\n`);
const now = () => performance.now();
const round = (x, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

// ---- baseline: JSON.parse, parseCorpus, reconcile (the last run's corpus and reconciliation are kept)
const samples = { jsonParse: [], parseCorpus: [], reconcile: [] };
let corpus;
let reconciliation;
const started = now();
for (let r = 0; r < reps; r++) {
  corpus = undefined;
  reconciliation = undefined;
  gc();
  const t0 = now();
  const input = JSON.parse(text);
  const t1 = now();
  const parsed = lib.parseCorpus(input);
  const t2 = now();
  if (!parsed?.ok)
    die(
      `parseCorpus rejected the generated corpus (${shape}, ${size} claims): ${JSON.stringify(parsed?.errors?.slice(0, 3))}`,
    );
  reconciliation = lib.reconcile(parsed.corpus);
  const t3 = now();
  corpus = parsed.corpus;
  samples.jsonParse.push(t1 - t0);
  samples.parseCorpus.push(t2 - t1);
  samples.reconcile.push(t3 - t2);
  if (now() - started > repeatMs) break;
}
text = null;
const best = (xs) => Math.min(...xs);
emit({
  event: "baseline",
  size,
  shape,
  seed,
  claims: corpus.claims.length,
  propositions: reconciliation.propositions.length,
  runs: samples.reconcile.length,
  jsonParseMs: round(best(samples.jsonParse)),
  parseCorpusMs: round(best(samples.parseCorpus)),
  reconcileMs: round(best(samples.reconcile)),
  samplesMs: Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, v.map((x) => round(x))])),
  library: libName,
  node: process.version,
});

// ---- the stages; each returns the length of what it made, so that nothing is optimised away
const run = {
  toText: () => lib.toText(reconciliation, corpus).length,
  toMarkdown: () => lib.toMarkdown(reconciliation, corpus).length,
  toHtml: () => lib.toHtml(reconciliation, corpus).length,
  explainAll: () => {
    // The look-ups made once, as the API asks of a caller explaining many things (and counted).
    const index = typeof lib.indexCorpus === "function" ? lib.indexCorpus(corpus) : corpus;
    let chars = 0;
    for (const proposition of reconciliation.propositions) chars += lib.explain(proposition, index).length;
    return chars;
  },
};
for (const stage of stages) {
  let spent = 0;
  for (let r = 0; r < reps && spent < repeatMs; r++) {
    gc();
    emit({ event: "run", stage, run: r + 1 });
    const t0 = now();
    let chars;
    try {
      chars = run[stage]();
    } catch (e) {
      emit({ event: "error", stage, message: `${e?.name ?? "Error"}: ${e?.message ?? e}` });
      break;
    }
    const ms = now() - t0;
    spent += ms;
    emit({ event: "sample", stage, ms: round(ms), chars });
  }
}
