// The judgement benchmark: concord's verdicts against the analysts' labels.
//   npm run bench:judgement [-- --json] [-- --dispute NAME] [-- --option key=value …]
//
// For each dispute, every labelled pair is judged with compare(a, b) and every labelled
// proposition with reconcile(corpus, { asOf }); the figures are printed per dispute and in total.
// It is a measure, not a gate: the exit code is 0 whatever the figures, 1 only when the inputs
// are broken (a corpus that does not parse, a label naming an unknown claim, a bad option).
//
// Env: BENCH_LIB (module to measure instead of dist/index.js), BENCH_JUDGEMENT_DIR (a folder of
//      disputes to read instead of this one).

import { execFileSync } from "node:child_process";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { measureDisputes, parseArguments, readDisputes, toJson, toText, USAGE } from "./measure.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const stop = (problems) => {
  for (const line of problems) console.error(`bench/judgement/run.mjs: ${line}`);
  process.exit(1);
};

const args = parseArguments(process.argv.slice(2));
if (!args.ok) stop(args.problems);
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}

// ---- the library (the built ESM bundle, or BENCH_LIB)
const libName = process.env.BENCH_LIB ?? "dist/index.js";
let lib;
try {
  lib = await import(
    pathToFileURL(process.env.BENCH_LIB ? resolve(process.env.BENCH_LIB) : join(here, "..", "..", "dist", "index.js"))
      .href
  );
} catch (e) {
  stop([`cannot import ${libName} (run \`npm run build\` first): ${e?.message ?? e}`]);
}
const missing = ["parseCorpus", "compare", "reconcile"].filter((name) => typeof lib[name] !== "function");
if (missing.length) stop([`${libName} does not export ${missing.join(", ")}`]);

const read = readDisputes(
  lib,
  process.env.BENCH_JUDGEMENT_DIR ? resolve(process.env.BENCH_JUDGEMENT_DIR) : here,
  args.dispute,
);
if (!read.ok) stop(read.problems);
const measured = measureDisputes(lib, read.disputes, args.options);
if (!measured.ok) stop(measured.problems);

// Which concord was measured: the last commit that changed src/ (HEAD may only have changed the
// benchmark), marked when src/ has uncommitted changes.
const source = (() => {
  try {
    const git = (...gitArgs) =>
      execFileSync("git", gitArgs, { cwd: here, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    const src = join(here, "..", "..", "src");
    const commit = git("log", "-1", "--format=%h", "--", src);
    const uncommitted = git("status", "--porcelain", "--", src).length > 0;
    return { commit, head: git("rev-parse", "--short", "HEAD"), uncommitted };
  } catch {
    return null;
  }
})();

if (args.json) console.log(JSON.stringify(toJson(measured, { lib: libName, source, options: args.options })));
else {
  const built =
    process.env.BENCH_LIB || source === null
      ? ""
      : `, src/ at ${source.commit}${source.uncommitted ? " with uncommitted changes" : ""} (HEAD ${source.head})`;
  console.log(
    toText(measured, {
      heading: `Judgement benchmark: ${libName}${process.env.BENCH_LIB ? " (BENCH_LIB)" : built}`,
      options: args.options,
    }),
  );
}
