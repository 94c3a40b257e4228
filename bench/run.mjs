// concord benchmark driver:  npm run bench   (= npm run build && node --expose-gc bench/run.mjs)
//
//   node --expose-gc bench/run.mjs [--quick] [--sizes=10k,100k] [--shapes=spread,piled]
//        [--parts=main,reports,cases] [--report-sizes=10k,100k] [--cases=instant,side-per-claim,explain-all]
//
// main:    every (size, shape) case in its own child process (bench/case.mjs): parseCorpus + reconcile
//          against JSON.parse. --quick or BENCH_QUICK=1 skips the 1M size.
// reports: toText, toMarkdown and toHtml of the main shapes at the report sizes (default: the sizes
//          up to 100k), against parseCorpus + reconcile (bench/stages.mjs).
// cases:   the shape cases, each at two sizes 10× apart (SHAPE_CASES below).
// Prints Markdown tables and writes bench/results.json.
// Env: BENCH_LIB, BENCH_SEED, BENCH_REPS, BENCH_CASE_BUDGET_S, BENCH_REPEAT_S (passed through to the children),
//      BENCH_MAX_OLD_SPACE_MB (child heap limit, default 8192), BENCH_TIMEOUT_S (per case, default 1800),
//      BENCH_STAGE_BUDGET_S (stop a report or explain run after this long, default 15).

import { spawn } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import os from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { DEFAULT_SEED, parseSize, SHAPES } from "./generate.mjs";

const REPORTS = ["toText", "toMarkdown", "toHtml"];
// Each singles out one dimension that today's code handles in more than linear time, at two sizes
// 10× apart: large enough that the super-linear part outweighs warm-up and noise, small enough that
// the larger run still ends (or is stopped) within the stage budget. A case may time its stages at
// other sizes than the rest (side-per-claim: reconcile is quadratic from about 40k claims, toHtml
// long before).
const SHAPE_CASES = [
  {
    name: "instant",
    shape: "instant",
    about: "one proposition, every claim stated at the same instant",
    runs: [{ sizes: [10_000, 100_000], stages: REPORTS }],
  },
  {
    name: "side-per-claim",
    shape: "side-per-claim",
    about: "one proposition, every claim speaks for a side of its own",
    runs: [
      { sizes: [2_000, 20_000], stages: ["toHtml"] },
      { sizes: [10_000, 100_000], stages: ["toText", "toMarkdown"] },
    ],
  },
  {
    name: "explain-all",
    shape: "spread",
    about: "explain(proposition, index) for every proposition of the spread shape, the index made once",
    runs: [{ sizes: [2_000, 20_000], stages: ["explainAll"] }],
  },
];
const STAGE_LABEL = { toText: "toText", toMarkdown: "toMarkdown", toHtml: "toHtml", explainAll: "explain-all" };

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const flag = (name) => args.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
const quick =
  args.includes("--quick") || ["1", "true", "yes"].includes(String(process.env.BENCH_QUICK ?? "").toLowerCase());
const sizes = (flag("sizes")?.split(",") ?? (quick ? ["10k", "100k"] : ["10k", "100k", "1M"])).map(parseSize);
const shapes = flag("shapes")?.split(",") ?? SHAPES;
for (const s of shapes) if (!SHAPES.includes(s)) throw new Error(`unknown shape ${s}`);
const parts = flag("parts")?.split(",") ?? ["main", "reports", "cases"];
for (const part of parts) if (!["main", "reports", "cases"].includes(part)) throw new Error(`unknown part ${part}`);
const reportSizes = flag("report-sizes")?.split(",").map(parseSize) ?? sizes.filter((size) => size <= 100_000);
const caseNames = flag("cases")?.split(",") ?? SHAPE_CASES.map((c) => c.name);
for (const name of caseNames) if (!SHAPE_CASES.some((c) => c.name === name)) throw new Error(`unknown case ${name}`);
const stageBudgetS = Number(process.env.BENCH_STAGE_BUDGET_S ?? 15);
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
console.log(
  `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB, Node ${machine.node}, ${machine.platform}`,
);
if (process.env.BENCH_LIB) console.log(`Library: ${process.env.BENCH_LIB} (BENCH_LIB), not dist/index.js`);
console.log(
  `Sizes: ${parts.includes("main") ? sizes.map(fmtSize).join(", ") : "–"}${quick ? " (quick)" : ""}; shapes: ${shapes.join(", ")}; seed ${process.env.BENCH_SEED ?? DEFAULT_SEED}`,
);
console.log(
  `Parts: ${parts.join(", ")}` +
    (parts.includes("reports") ? `; report sizes: ${reportSizes.map(fmtSize).join(", ") || "none"}` : "") +
    (parts.includes("cases") ? `; shape cases: ${caseNames.join(", ")}` : "") +
    `; a report or explain run is stopped after ${seconds(stageBudgetS * 1000)}`,
);
console.log();

if (!process.env.BENCH_LIB && !existsSync(join(here, "..", "dist", "index.js"))) {
  console.error("dist/index.js not found: build first (npm run build), or use npm run bench.");
  process.exit(1);
}

function seconds(ms) {
  return `${Number((ms / 1000).toFixed(1))} s`;
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

/**
 * Runs bench/stages.mjs for these stages. A run that outlasts the stage budget is stopped (the
 * child killed): the stage is marked stopped, and the stages after it get a child of their own.
 */
async function runStages(size, shape, stages) {
  const out = { size, shape, ok: true, baseline: undefined, stages: {}, wallS: 0 };
  for (const stage of stages) out.stages[stage] = { samplesMs: [] };
  const started = Date.now();
  let remaining = [...stages];
  while (remaining.length > 0) {
    const { stopped, error } = await spawnStages(size, shape, remaining, out);
    if (error) {
      out.ok = false;
      out.error = error;
      break;
    }
    if (stopped === undefined) break;
    remaining = remaining.slice(remaining.indexOf(stopped) + 1);
  }
  out.wallS = Math.round((Date.now() - started) / 100) / 10;
  return out;
}

function spawnStages(size, shape, stages, out) {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [
        "--expose-gc",
        `--max-old-space-size=${maxOldSpace}`,
        join(here, "stages.mjs"),
        String(size),
        shape,
        stages.join(","),
      ],
      { stdio: ["ignore", "pipe", "inherit"] },
    );
    let pending = "";
    let current;
    let stopped;
    let stageTimer;
    const caseTimer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    const onLine = (line) => {
      let event;
      try {
        event = JSON.parse(line);
      } catch {
        return;
      }
      if (event.event === "baseline") {
        out.baseline ??= event;
      } else if (event.event === "run") {
        current = event.stage;
        stageTimer = setTimeout(() => {
          stopped = current;
          child.kill("SIGKILL");
        }, stageBudgetS * 1000);
      } else if (event.event === "sample") {
        clearTimeout(stageTimer);
        out.stages[event.stage].samplesMs.push(event.ms);
        out.stages[event.stage].chars = event.chars;
        current = undefined;
      } else if (event.event === "error") {
        clearTimeout(stageTimer);
        out.stages[event.stage].error = event.message;
        current = undefined;
      }
    };
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (chunk) => {
      pending += chunk;
      for (let end = pending.indexOf("\n"); end >= 0; end = pending.indexOf("\n")) {
        onLine(pending.slice(0, end));
        pending = pending.slice(end + 1);
      }
    });
    child.on("close", (code, signal) => {
      clearTimeout(stageTimer);
      clearTimeout(caseTimer);
      if (stopped !== undefined) {
        const stage = out.stages[stopped];
        // A stage stopped after runs that ended keeps them: it was only its repetition that was cut.
        if (stage.samplesMs.length === 0) stage.stoppedAfterS = stageBudgetS;
        return resolve({ stopped });
      }
      if (code === 0 && out.baseline) return resolve({});
      resolve({ error: signal === "SIGKILL" ? `timed out after ${timeoutMs / 1000} s` : `exit ${code ?? signal}` });
    });
  });
}

const results = [];
for (const shape of parts.includes("main") ? shapes : []) {
  for (const size of sizes) {
    process.stderr.write(`running ${shape} ${fmtSize(size)} …\n`);
    const r = await runCase(size, shape);
    process.stderr.write(r.ok ? `  ${r.totalMs} ms (ratio ${r.ratio}), ${r.wallS} s wall\n` : `  FAILED: ${r.error}\n`);
    results.push(r);
  }
}

const reports = [];
for (const shape of parts.includes("reports") ? shapes : []) {
  for (const size of reportSizes) {
    process.stderr.write(`running reports ${shape} ${fmtSize(size)} …\n`);
    const r = await runStages(size, shape, REPORTS);
    process.stderr.write(r.ok ? `  ${r.wallS} s wall\n` : `  FAILED: ${r.error}\n`);
    reports.push(r);
  }
}
const shapeCases = [];
for (const spec of parts.includes("cases") ? SHAPE_CASES.filter((c) => caseNames.includes(c.name)) : []) {
  for (const { sizes: caseSizes, stages } of spec.runs) {
    for (const size of caseSizes) {
      process.stderr.write(`running case ${spec.name} ${fmtSize(size)} (${stages.join(", ")}) …\n`);
      const r = await runStages(size, spec.shape, stages);
      process.stderr.write(r.ok ? `  ${r.wallS} s wall\n` : `  FAILED: ${r.error}\n`);
      shapeCases.push({ name: spec.name, ...r });
    }
  }
}

// ---- figures of a stage run: best time, or the budget it outlasted
function stageFigure(r, stage) {
  const s = r?.ok ? r.stages[stage] : undefined;
  if (!s) return undefined;
  const base = r.baseline.parseCorpusMs + r.baseline.reconcileMs;
  if (s.samplesMs.length > 0) {
    const ms = Math.min(...s.samplesMs);
    return { ms, ratio: ms / base, runs: s.samplesMs.length, chars: s.chars, atLeast: false };
  }
  if (s.stoppedAfterS !== undefined)
    return { ms: s.stoppedAfterS * 1000, ratio: (s.stoppedAfterS * 1000) / base, atLeast: true };
  return { error: s.error ?? "not run" };
}
function growth(a, b) {
  if (!a || !b || a.error || b.error || a.atLeast) return undefined;
  return { times: b.ms / a.ms, atLeast: b.atLeast };
}

// ---- tables
const num = (x, d = 1) =>
  x == null ? "–" : x.toLocaleString("en-US", { minimumFractionDigits: d, maximumFractionDigits: d });
const times = (x, d = 2) => (x == null ? "–" : `${num(x, d)}×`);
const find = (shape, size) => results.find((r) => r.ok && r.shape === shape && r.size === size);

if (results.length > 0) {
  console.log(`## Time (best of N runs) and peak memory`);
  console.log();
  console.log(
    `Ratio = (parseCorpus + reconcile) / JSON.parse of the same text; target ≤ ${TARGET}×. Pipeline = (JSON.parse + parseCorpus + reconcile) / JSON.parse.`,
  );
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
}

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
  console.log(
    "| shape | claims | ratio | ratio change | JSON.parse time | parseCorpus time | reconcile time | total time | peak RSS |",
  );
  console.log("|---|---|--:|--:|--:|--:|--:|--:|--:|");
  for (const s of scaling) {
    console.log(
      `| ${s.shape} | ${fmtSize(s.from)} → ${fmtSize(s.to)} | ${times(s.ratioFrom)} → ${times(s.ratioTo)} | ${times(s.ratioChange)} | ${times(s.jsonParseGrowth, 1)} | ${times(s.parseCorpusGrowth, 1)} | ${times(s.reconcileGrowth, 1)} | ${times(s.totalGrowth, 1)} | ${times(s.peakRssGrowth, 1)} |`,
    );
  }
  console.log();
}

const msText = (f) =>
  f === undefined ? "–" : f.error ? f.error : f.atLeast ? `stopped > ${seconds(f.ms)}` : num(f.ms);
const ratioText = (f, mark = false) =>
  f === undefined || f.error
    ? "–"
    : f.atLeast
      ? `> ${times(f.ratio)}`
      : `${times(f.ratio)}${mark ? (f.ratio <= TARGET ? " ✓" : " ✗") : ""}`;
const growthText = (g) => (g === undefined ? "–" : `${g.atLeast ? "> " : ""}${times(g.times, 1)}`);
const base = (r) => r.baseline.parseCorpusMs + r.baseline.reconcileMs;

if (reports.length > 0) {
  console.log(`## Reports: time as a ratio to parseCorpus + reconcile`);
  console.log();
  console.log(
    `Ratio = report time / (parseCorpus + reconcile) of the same corpus, measured in the same process (best of N runs each); target ≤ ${TARGET}× at 100k claims. Output in millions of characters.`,
  );
  console.log();
  console.log(
    "| shape | claims | parseCorpus + reconcile ms | toText ms | **toText ratio** | toMarkdown ms | **toMarkdown ratio** | toHtml ms | **toHtml ratio** | output M chars (text / md / html) |",
  );
  console.log("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|");
  for (const r of reports) {
    if (!r.ok) {
      console.log(`| ${r.shape} | ${fmtSize(r.size)} | FAILED: ${r.error} | | | | | | | |`);
      continue;
    }
    const f = REPORTS.map((stage) => stageFigure(r, stage));
    const chars = f.map((x) => (x?.chars === undefined ? "–" : num(x.chars / 1e6))).join(" / ");
    console.log(
      `| ${r.shape} | ${fmtSize(r.size)} | ${num(base(r))} | ${f.map((x) => `${msText(x)} | **${ratioText(x, true)}**`).join(" | ")} | ${chars} |`,
    );
  }
  console.log();
  const rows = [];
  for (const a of reports) {
    const b = reports.find((r) => r.ok && a.ok && r.shape === a.shape && r.size === a.size * 10);
    if (!b) continue;
    const g = REPORTS.map((stage) => growthText(growth(stageFigure(a, stage), stageFigure(b, stage))));
    const output = REPORTS.map((stage) => {
      const [from, to] = [a.stages[stage]?.chars, b.stages[stage]?.chars];
      return from && to ? times(to / from, 1) : "–";
    });
    rows.push(
      `| ${a.shape} | ${fmtSize(a.size)} → ${fmtSize(b.size)} | ${times(base(b) / base(a), 1)} | ${g.join(" | ")} | ${output.join(" / ")} |`,
    );
  }
  if (rows.length > 0) {
    console.log(`## Reports: corpus grown 10×`);
    console.log();
    console.log(
      `Time growth for 10× the claims: near 10× is linear; a report growing faster than parseCorpus + reconcile, or faster than its own output, has work that is more than linear in the claims.`,
    );
    console.log();
    console.log(
      "| shape | claims | parseCorpus + reconcile | toText | toMarkdown | toHtml | output growth (text / md / html) |",
    );
    console.log("|---|---|--:|--:|--:|--:|--:|");
    for (const row of rows) console.log(row);
    console.log();
  }
}

if (shapeCases.length > 0) {
  const stagesShown = [
    ...new Set(
      SHAPE_CASES.filter((c) => caseNames.includes(c.name)).flatMap((c) => c.runs.flatMap((run) => run.stages)),
    ),
  ];
  console.log(`## Shape cases`);
  console.log();
  for (const spec of SHAPE_CASES.filter((c) => caseNames.includes(c.name)))
    console.log(`- **${spec.name}**: ${spec.about}.`);
  console.log();
  console.log(
    `Each stage's time in ms, and in brackets as a ratio to parseCorpus + reconcile; a run longer than ${seconds(stageBudgetS * 1000)} is stopped. reconcile / JSON.parse as in the main table.`,
  );
  console.log();
  console.log(
    `| case | claims | JSON.parse ms | parseCorpus ms | reconcile ms | reconcile / JSON.parse | ${stagesShown.map((stage) => STAGE_LABEL[stage]).join(" | ")} |`,
  );
  console.log(`|---|--:|--:|--:|--:|--:|${stagesShown.map(() => "--:").join("|")}|`);
  for (const r of shapeCases) {
    if (!r.ok) {
      console.log(
        `| ${r.name} | ${fmtSize(r.size)} | FAILED: ${r.error} |${stagesShown.map(() => " |").join("")} | | |`,
      );
      continue;
    }
    const cells = stagesShown.map((stage) => {
      const f = stageFigure(r, stage);
      return f === undefined ? "–" : f.error ? f.error : `${msText(f)} (${ratioText(f)})`;
    });
    const b = r.baseline;
    console.log(
      `| ${r.name} | ${fmtSize(r.size)} | ${num(b.jsonParseMs)} | ${num(b.parseCorpusMs)} | ${num(b.reconcileMs)} | ${times(b.reconcileMs / b.jsonParseMs)} | ${cells.join(" | ")} |`,
    );
  }
  console.log();
  console.log(`## Shape cases: corpus grown 10×`);
  console.log();
  console.log(
    `Time growth for 10× the claims: near 10× is linear (JSON.parse's own growth is the yardstick), near 100× quadratic; "> N×" where the larger run was stopped.`,
  );
  console.log();
  console.log(
    `| case | claims | JSON.parse | parseCorpus | reconcile | ${stagesShown.map((stage) => STAGE_LABEL[stage]).join(" | ")} |`,
  );
  console.log(`|---|---|--:|--:|--:|${stagesShown.map(() => "--:").join("|")}|`);
  for (const a of shapeCases) {
    const b = shapeCases.find((r) => r.ok && a.ok && r.name === a.name && r.size === a.size * 10);
    if (!b) continue;
    const g = stagesShown.map((stage) => growthText(growth(stageFigure(a, stage), stageFigure(b, stage))));
    const grow = (key) => times(b.baseline[key] / a.baseline[key], 1);
    console.log(
      `| ${a.name} | ${fmtSize(a.size)} → ${fmtSize(b.size)} | ${grow("jsonParseMs")} | ${grow("parseCorpusMs")} | ${grow("reconcileMs")} | ${g.join(" | ")} |`,
    );
  }
  console.log();
}

const out = join(here, "results.json");
writeFileSync(
  out,
  `${JSON.stringify(
    {
      date: new Date().toISOString(),
      library: process.env.BENCH_LIB ?? "dist/index.js",
      machine,
      quick,
      target: TARGET,
      stageBudgetS,
      cases: results,
      scaling,
      reports,
      shapeCases,
    },
    null,
    2,
  )}\n`,
);
console.log(`Results written to bench/results.json`);

const failed = [
  ...results.filter((r) => !r.ok).map((r) => `${r.shape} ${fmtSize(r.size)}`),
  ...reports.filter((r) => !r.ok).map((r) => `reports ${r.shape} ${fmtSize(r.size)}`),
  ...shapeCases.filter((r) => !r.ok).map((r) => `${r.name} ${fmtSize(r.size)}`),
];
if (failed.length) {
  console.error(`${failed.length} case(s) failed: ${failed.join(", ")}`);
  process.exit(1);
}
