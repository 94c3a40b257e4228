// concord benchmark driver:  npm run bench   (= npm run build && node --expose-gc bench/run.mjs)
//
//   node --expose-gc bench/run.mjs [--quick] [--sizes=10k,100k] [--shapes=spread,piled]
//
// Runs every (size, shape) case in its own child process (bench/case.mjs), prints Markdown tables and
// writes bench/results.json. --quick or BENCH_QUICK=1 skips the 1M size.
// Env: BENCH_LIB, BENCH_SEED, BENCH_REPS, BENCH_CASE_BUDGET_S (passed through to the cases),
//      BENCH_MAX_OLD_SPACE_MB (child heap limit, default 8192), BENCH_TIMEOUT_S (per case, default 1800).

import { spawn } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import os from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { DEFAULT_SEED, parseSize, SHAPES } from "./generate.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const flag = (name) => args.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
const quick = args.includes("--quick") || ["1", "true", "yes"].includes(String(process.env.BENCH_QUICK ?? "").toLowerCase());
const sizes = (flag("sizes")?.split(",") ?? (quick ? ["10k", "100k"] : ["10k", "100k", "1M"])).map(parseSize);
const shapes = flag("shapes")?.split(",") ?? SHAPES;
for (const s of shapes) if (!SHAPES.includes(s)) throw new Error(`unknown shape ${s}`);
const maxOldSpace = Number(process.env.BENCH_MAX_OLD_SPACE_MB ?? 8192);
const timeoutMs = 1000 * Number(process.env.BENCH_TIMEOUT_S ?? 1800);
const TARGET = 2;

const cpus = os.cpus();
const machine = {
  cpu: cpus[0]?.model?.trim() ?? "unknown",
  cores: cpus.length,
  memoryGB: Math.round(os.totalmem() / 2 ** 30),
  node: process.version,
  platform: `${os.platform()} ${os.release()} ${os.arch()}`,
};
console.log(`# concord benchmark`);
console.log();
console.log(`Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB, Node ${machine.node}, ${machine.platform}`);
if (process.env.BENCH_LIB) console.log(`Library: ${process.env.BENCH_LIB} (BENCH_LIB), not dist/index.js`);
console.log(`Sizes: ${sizes.map(fmtSize).join(", ")}${quick ? " (quick)" : ""}; shapes: ${shapes.join(", ")}; seed ${process.env.BENCH_SEED ?? DEFAULT_SEED}`);
console.log();

if (!process.env.BENCH_LIB && !existsSync(join(here, "..", "dist", "index.js"))) {
  console.error("dist/index.js not found: build first (npm run build), or use npm run bench.");
  process.exit(1);
}

function fmtSize(n) {
  return n >= 1e6 && n % 1e6 === 0 ? `${n / 1e6}M` : n >= 1e3 && n % 1e3 === 0 ? `${n / 1e3}k` : String(n);
}

function runCase(size, shape) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(
      process.execPath,
      ["--expose-gc", `--max-old-space-size=${maxOldSpace}`, join(here, "case.mjs"), String(size), shape],
      { stdio: ["ignore", "pipe", "inherit"] },
    );
    let stdout = "";
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (d) => (stdout += d));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, timeoutMs);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      const wallS = Math.round((Date.now() - started) / 100) / 10;
      const line = stdout.trim().split("\n").pop();
      if (code === 0 && line) {
        try {
          return resolve({ ok: true, wallS, ...JSON.parse(line) });
        } catch {
          /* fall through */
        }
      }
      const error = timedOut ? `timed out after ${timeoutMs / 1000} s` : `exit ${code ?? signal}`;
      resolve({ ok: false, size, shape, wallS, error });
    });
  });
}

const results = [];
for (const shape of shapes) {
  for (const size of sizes) {
    process.stderr.write(`running ${shape} ${fmtSize(size)} …\n`);
    const r = await runCase(size, shape);
    process.stderr.write(r.ok ? `  ${r.totalMs} ms (ratio ${r.ratio}), ${r.wallS} s wall\n` : `  FAILED: ${r.error}\n`);
    results.push(r);
  }
}

// ---- tables
const num = (x, d = 1) => (x == null ? "–" : x.toLocaleString("en-US", { minimumFractionDigits: d, maximumFractionDigits: d }));
const times = (x, d = 2) => (x == null ? "–" : `${num(x, d)}×`);
const find = (shape, size) => results.find((r) => r.ok && r.shape === shape && r.size === size);

console.log(`## Time (best of N runs) and peak memory`);
console.log();
console.log(`Ratio = (parseCorpus + reconcile) / JSON.parse of the same text; target ≤ ${TARGET}×. Pipeline = (JSON.parse + parseCorpus + reconcile) / JSON.parse.`);
console.log();
console.log(
  "| shape | claims | propositions | JSON MB | runs | JSON.parse ms | parseCorpus ms | reconcile ms | total ms | **ratio** | parseCorpus / JSON.parse | reconcile / JSON.parse | pipeline | peak RSS MB | peak RSS, JSON.parse only MB |",
);
console.log("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|");
for (const r of results) {
  if (!r.ok) {
    console.log(`| ${r.shape} | ${fmtSize(r.size)} | FAILED: ${r.error} | | | | | | | | | | | | |`);
    continue;
  }
  const mark = r.ratio <= TARGET ? "✓" : "✗";
  console.log(
    `| ${r.shape} | ${fmtSize(r.size)} | ${r.propositions.toLocaleString("en-US")} | ${num(r.bytes / 1048576)} | ${r.runs} | ${num(r.jsonParseMs)} | ${num(r.parseCorpusMs)} | ${num(r.reconcileMs)} | ${num(r.totalMs)} | **${times(r.ratio)}** ${mark} | ${times(r.parseCorpusRatio)} | ${times(r.reconcileRatio)} | ${times(r.pipelineRatio)} | ${num(r.peakRssMB, 0)} | ${num(r.peakRssJsonOnlyMB, 0)} |`,
  );
}
console.log();

const scaling = [];
for (const shape of shapes) {
  for (const size of sizes) {
    const a = find(shape, size);
    const b = find(shape, size * 10);
    if (!a || !b) continue;
    scaling.push({
      shape,
      from: size,
      to: size * 10,
      ratioFrom: a.ratio,
      ratioTo: b.ratio,
      ratioChange: b.ratio / a.ratio,
      jsonParseGrowth: b.jsonParseMs / a.jsonParseMs,
      totalGrowth: b.totalMs / a.totalMs,
      parseCorpusGrowth: b.parseCorpusMs / a.parseCorpusMs,
      reconcileGrowth: b.reconcileMs / a.reconcileMs,
      peakRssGrowth: b.peakRssMB / a.peakRssMB,
    });
  }
}
if (scaling.length) {
  console.log(`## Scaling: corpus grown 10×`);
  console.log();
  console.log(`Time growth near 10× is linear; a ratio that stays flat means the library scales like JSON.parse.`);
  console.log();
  console.log("| shape | claims | ratio | ratio change | JSON.parse time | parseCorpus time | reconcile time | total time | peak RSS |");
  console.log("|---|---|--:|--:|--:|--:|--:|--:|--:|");
  for (const s of scaling) {
    console.log(
      `| ${s.shape} | ${fmtSize(s.from)} → ${fmtSize(s.to)} | ${times(s.ratioFrom)} → ${times(s.ratioTo)} | ${times(s.ratioChange)} | ${times(s.jsonParseGrowth, 1)} | ${times(s.parseCorpusGrowth, 1)} | ${times(s.reconcileGrowth, 1)} | ${times(s.totalGrowth, 1)} | ${times(s.peakRssGrowth, 1)} |`,
    );
  }
  console.log();
}

const out = join(here, "results.json");
writeFileSync(
  out,
  JSON.stringify({ date: new Date().toISOString(), library: process.env.BENCH_LIB ?? "dist/index.js", machine, quick, target: TARGET, cases: results, scaling }, null, 2) + "\n",
);
console.log(`Results written to bench/results.json`);

const failed = results.filter((r) => !r.ok);
if (failed.length) {
  console.error(`${failed.length} case(s) failed: ${failed.map((r) => `${r.shape} ${fmtSize(r.size)}`).join(", ")}`);
  process.exit(1);
}
