// The judgement benchmark: concord's verdicts against the analysts' labels.
//   npm run bench:judgement [-- --json] [-- --dispute NAME] [-- --option key=value …]
//
// For each dispute, every labelled pair is judged with compare(a, b) and every labelled
// proposition with reconcile(corpus, { asOf }); the figures are printed per dispute and in total.
// It is a measure, not a gate: the exit code is 0 whatever the figures, 1 only when the inputs
// are broken (a corpus that does not parse, a label naming an unknown claim, a bad option).
//
// Env: BENCH_LIB (module to measure instead of dist/index.js).

import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { labelIssues, questionKey } from "./labels.mjs";
import { pairScores, scorePair, scoreProposition, setScores, statusScores, summaryLines, TARGET } from "./score.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const die = (lines) => {
  for (const line of [lines].flat()) console.error(`bench/judgement/run.mjs: ${line}`);
  process.exit(1);
};

// ---- arguments
const usage = "usage: node bench/judgement/run.mjs [--json] [--dispute NAME] [--option key=value]…";
const args = { json: false, dispute: undefined, options: {} };
{
  const argv = process.argv.slice(2);
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index];
    const value = () => {
      const next = argv[++index];
      if (next === undefined) die(`${arg} needs a value; ${usage}`);
      return next;
    };
    if (arg === "--json") args.json = true;
    else if (arg === "--dispute") args.dispute = value();
    else if (arg === "--option") {
      const option = value();
      const at = option.indexOf("=");
      if (at <= 0) die(`--option wants key=value, got ${JSON.stringify(option)}`);
      const raw = option.slice(at + 1);
      // Options such as tolerance are numbers; a date such as asOf stays text.
      args.options[option.slice(0, at)] = raw.trim() !== "" && Number.isFinite(Number(raw)) ? Number(raw) : raw;
    } else if (arg === "--help" || arg === "-h") {
      console.log(usage);
      process.exit(0);
    } else die(`unknown argument ${JSON.stringify(arg)}; ${usage}`);
  }
}

// ---- the library (the built ESM bundle, or BENCH_LIB)
const libName = process.env.BENCH_LIB ?? "dist/index.js";
let lib;
try {
  lib = await import(pathToFileURL(process.env.BENCH_LIB ? resolve(process.env.BENCH_LIB) : join(here, "..", "..", "dist", "index.js")).href);
} catch (e) {
  die(`cannot import ${libName} (run \`npm run build\` first): ${e?.message ?? e}`);
}
const missing = ["parseCorpus", "compare", "reconcile"].filter((name) => typeof lib[name] !== "function");
if (missing.length) die(`${libName} does not export ${missing.join(", ")}`);
const { parseCorpus, compare, reconcile } = lib;

// ---- the inputs: every folder with a corpus.json, all problems reported before stopping
const names = readdirSync(here, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(here, entry.name, "corpus.json")))
  .map((entry) => entry.name)
  .sort();
if (args.dispute !== undefined && !names.includes(args.dispute)) die(`no dispute ${JSON.stringify(args.dispute)}; disputes: ${names.join(", ")}`);
const chosen = args.dispute === undefined ? names : [args.dispute];

const broken = [];
const readJson = (name, file) => {
  try {
    return JSON.parse(readFileSync(join(here, name, file), "utf8"));
  } catch (e) {
    broken.push(`${name}/${file}: ${e?.message ?? e}`);
    return undefined;
  }
};
const showPath = (path) => path.map((part) => (typeof part === "number" ? `[${part}]` : `.${part}`)).join("") || "(top)";
const disputes = [];
for (const name of chosen) {
  const input = readJson(name, "corpus.json");
  const labels = readJson(name, "labels.json");
  if (input === undefined || labels === undefined) continue;
  const parsed = parseCorpus(input);
  if (!parsed.ok) {
    for (const error of parsed.errors) broken.push(`${name}/corpus.json${showPath(error.path)}: ${error.code}: ${error.message}`);
    continue;
  }
  const issues = labelIssues(labels, parsed.corpus);
  for (const issue of issues) broken.push(`${name}/labels.json${showPath(issue.path)}: ${issue.code}: ${issue.message}`);
  if (issues.length === 0) disputes.push({ name, corpus: parsed.corpus, labels });
}
if (broken.length) die(["the inputs are broken:", ...broken.map((line) => `  ${line}`)]);

// ---- judging
const judge = (name, action) => {
  try {
    return action();
  } catch (e) {
    const issues = e?.issues?.map((issue) => `${showPath(issue.path)}: ${issue.message}`);
    return die(`${name}: ${issues?.join("; ") ?? e?.stack ?? e}`);
  }
};
const results = [];
for (const { name, corpus, labels } of disputes) {
  const claims = new Map(corpus.claims.map((claim) => [claim.id, claim]));
  const pairRows = labels.pairs.map((label) =>
    scorePair(label, judge(`${name}: compare(${label.a}, ${label.b})`, () => compare(claims.get(label.a), claims.get(label.b), args.options))),
  );
  const pictures = new Map();
  const picture = (asOf) => {
    const key = asOf ?? "";
    if (!pictures.has(key)) {
      const options = asOf === undefined ? args.options : { ...args.options, asOf };
      const reconciliation = judge(`${name}: reconcile(${asOf === undefined ? "" : `asOf ${asOf}`})`, () => reconcile(corpus, options));
      pictures.set(key, new Map(reconciliation.propositions.map((proposition) => [questionKey(proposition.subject, proposition.attribute), proposition])));
    }
    return pictures.get(key);
  };
  const propositionRows = labels.propositions.map((label) =>
    scoreProposition(label, picture(label.asOf).get(questionKey(label.subject, label.attribute))),
  );
  results.push({ name, claims: corpus.claims.length, pairRows, propositionRows });
}

const measure = (pairRows, propositionRows) => {
  const pairs = pairScores(pairRows);
  const statuses = statusScores(propositionRows);
  const sets = setScores(propositionRows);
  return { pairs, statuses, sets, summary: summaryLines(pairs, statuses, sets) };
};
const perDispute = results.map((result) => ({ ...result, ...measure(result.pairRows, result.propositionRows) }));
const total = measure(
  results.flatMap((result) => result.pairRows),
  results.flatMap((result) => result.propositionRows),
);

// Which concord was measured: the last commit that changed src/ (HEAD may only have changed the
// benchmark), marked when src/ has uncommitted changes.
const source = (() => {
  try {
    const git = (...gitArgs) => execFileSync("git", gitArgs, { cwd: here, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    const src = join(here, "..", "..", "src");
    const commit = git("log", "-1", "--format=%h", "--", src);
    const dirty = git("status", "--porcelain", "--", src).length > 0;
    return { commit, head: git("rev-parse", "--short", "HEAD"), uncommitted: dirty };
  } catch {
    return null;
  }
})();
const sourceText =
  source === null ? "" : `, src/ at ${source.commit}${source.uncommitted ? " with uncommitted changes" : ""} (HEAD ${source.head})`;

// ---- output
if (args.json) {
  const disagreements = (rows) => rows.filter((row) => !row.agrees);
  console.log(
    JSON.stringify({
      lib: libName,
      source,
      options: args.options,
      target: TARGET,
      disputes: perDispute.map(({ name, claims, pairRows, propositionRows, pairs, statuses, sets, summary }) => ({
        dispute: name,
        claims,
        pairs,
        propositions: { statuses, sets },
        summary,
        disagreements: { pairs: disagreements(pairRows), propositions: disagreements(propositionRows) },
      })),
      total: { pairs: total.pairs, propositions: { statuses: total.statuses, sets: total.sets }, summary: total.summary },
    }),
  );
  process.exit(0);
}

const percent = (value) => (value === null ? "—" : `${(100 * value).toFixed(1)}%`);
const table = (header, rows, rightFrom = 1) => {
  const all = [header, ...rows].map((row) => row.map(String));
  const widths = header.map((_, column) => Math.max(...all.map((row) => row[column].length)));
  const render = (row) =>
    row
      .map((cell, column) => (column < rightFrom ? cell.padEnd(widths[column]) : cell.padStart(widths[column])))
      .join("  ")
      .trimEnd();
  return [render(all[0]), widths.map((width) => "-".repeat(width)).join("  "), ...all.slice(1).map(render)].join("\n");
};
const matrixTable = (scores, corner) =>
  table(
    [corner, ...scores.columns, "labelled", "agreed"],
    scores.classes.map((label) => [
      label,
      ...scores.columns.map((column) => scores.matrix[label][column]),
      scores.perClass[label].labelled,
      scores.perClass[label].agreed,
    ]),
  );
const reversedNote = (scores) => {
  const notes = Object.entries(scores.reversed)
    .filter(([, count]) => count > 0)
    .map(([label, count]) => `${count} ${label}`);
  return notes.length ? `\nOn the diagonal, ${notes.join(" and ")} name the other claim as newer: counted as disagreements.` : "";
};
const classTable = (scores) =>
  table(
    ["class", "labelled", "agreed", "agreement", "concord's", "precision", "recall"],
    scores.classes.map((label) => {
      const figures = scores.perClass[label];
      return [label, figures.labelled, figures.agreed, percent(figures.agreement), figures.predicted, percent(figures.precision), percent(figures.recall)];
    }),
  );
const setLine = (sets) =>
  `current sets match ${sets.current.agreed}/${sets.current.labelled} (${percent(sets.current.agreement)}), ` +
  `stale sets ${sets.stale.agreed}/${sets.stale.labelled} (${percent(sets.stale.agreement)}), ` +
  `status, current and stale all ${sets.all.agreed}/${sets.all.labelled} (${percent(sets.all.agreement)})`;
const showCurrent = (current) => {
  const sides = Object.keys(current);
  return sides.length ? `{${sides.map((side) => `${side}: ${current[side].join(", ")}`).join("; ")}}` : "{}";
};
const showPair = (label) => (label.newer === undefined ? label.relation ?? label.kind : `${label.relation ?? label.kind} (newer ${label.newer})`);
const pairLine = (row) =>
  `  pair ${row.a} × ${row.b}: label ${showPair(row.label)}; concord ${showPair(row.verdict)}${row.reason ? ` [${row.reason}]` : ""} — ${row.why}`;
const propositionLine = (row) => {
  const parts = [row.statusAgrees ? `status ${row.expected} (agrees)` : `status label ${row.expected}, concord ${row.actual}`];
  if (row.found && !row.currentAgrees) parts.push(`current label ${showCurrent(row.label.current)}, concord ${showCurrent(row.verdict.current)}`);
  if (row.found && !row.staleAgrees) parts.push(`stale label [${row.label.stale.join(", ")}], concord [${row.verdict.stale.join(", ")}]`);
  if (!row.found) parts.push(`label current ${showCurrent(row.label.current)}, stale [${row.label.stale.join(", ")}]`);
  return `  proposition ${row.subject} ${row.attribute}${row.asOf ? ` as of ${row.asOf}` : ""}: ${parts.join("; ")} — ${row.why}`;
};
const section = (title, { pairs, statuses, sets }) =>
  [
    title,
    "",
    "Pairs: label (rows) × concord's compare (columns)",
    matrixTable(pairs, "label \\ concord") + reversedNote(pairs),
    "",
    classTable(pairs),
    "",
    "Propositions: labelled status (rows) × concord's status (columns)",
    matrixTable(statuses, "label \\ concord"),
    "",
    classTable(statuses),
    "",
    setLine(sets),
  ].join("\n");

const out = [];
out.push(`Judgement benchmark: ${libName}${process.env.BENCH_LIB ? " (BENCH_LIB)" : sourceText}`);
if (Object.keys(args.options).length) out.push(`Options passed to compare and reconcile: ${JSON.stringify(args.options)}`);
out.push("");
for (const result of perDispute) {
  const title = `== ${result.name}: ${result.claims} claims, ${result.pairRows.length} pairs, ${result.propositionRows.length} propositions`;
  out.push(section(title, result), "");
  const pairMisses = result.pairRows.filter((row) => !row.agrees);
  const propositionMisses = result.propositionRows.filter((row) => !row.agrees);
  out.push(`Disagreements in ${result.name}: ${pairMisses.length} pairs, ${propositionMisses.length} propositions`);
  out.push(...pairMisses.map(pairLine), ...propositionMisses.map(propositionLine), "");
}
if (perDispute.length > 1) out.push(section(`== all ${perDispute.length} disputes`, total), "");
out.push(`Summary${perDispute.length > 1 ? " (all disputes)" : ` (${perDispute[0]?.name})`}: target agreement ≥ ${percent(TARGET).replace(".0", "")}`);
out.push(
  table(
    ["class", "labelled", "agreement", "precision", "recall", "target", "met"],
    total.summary.map((line) => [
      line.group === "pairs" ? `pairs: ${line.class}` : `propositions: ${line.class}`,
      line.labelled,
      percent(line.agreement),
      percent(line.precision),
      percent(line.recall),
      `≥ ${percent(line.target).replace(".0", "")}`,
      line.met === null ? "—" : line.met ? "yes" : "no",
    ]),
  ),
);
console.log(out.join("\n"));
