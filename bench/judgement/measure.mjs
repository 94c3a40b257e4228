// The judgement benchmark's machinery, apart from the process around it (bench/judgement/run.mjs):
// reading the arguments, reading and checking the disputes, judging them with a concord build, and
// rendering the figures. Every failure is a value with the lines to print, so that the runner alone
// decides exit codes and the tests can call all of this in-process.

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { labelIssues, questionKey } from "./labels.mjs";
import { pairScores, scorePair, scoreProposition, setScores, statusScores, summaryLines, TARGET } from "./score.mjs";

/** How to call the runner. */
export const USAGE = "usage: node bench/judgement/run.mjs [--json] [--dispute NAME] [--option key=value]…";

/**
 * Reads the runner's arguments. `--option key=value` may repeat; a numeric value becomes a
 * number, anything else stays text (a date for `asOf`, a name).
 *
 * @param {readonly string[]} argv - The arguments after the script's name.
 * @returns {{ ok: true, json: boolean, help: boolean, dispute?: string, options: Record<string, string | number> } | { ok: false, problems: string[] }}
 *   The arguments, or what is wrong with them.
 * @example
 * parseArguments(["--option", "tolerance=0.05", "--json"]);
 * // => { ok: true, json: true, help: false, options: { tolerance: 0.05 } }
 */
export function parseArguments(argv) {
  const parsed = { ok: true, json: false, help: false, options: {} };
  const problems = [];
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index];
    const value = () => {
      const next = argv[++index];
      if (next === undefined) problems.push(`${arg} needs a value; ${USAGE}`);
      return next;
    };
    if (arg === "--json") parsed.json = true;
    else if (arg === "--help" || arg === "-h") parsed.help = true;
    else if (arg === "--dispute") {
      const name = value();
      if (name !== undefined) parsed.dispute = name;
    } else if (arg === "--option") {
      const option = value();
      if (option === undefined) continue;
      const at = option.indexOf("=");
      if (at <= 0) {
        problems.push(`--option wants key=value, got ${JSON.stringify(option)}`);
        continue;
      }
      const raw = option.slice(at + 1);
      parsed.options[option.slice(0, at)] = raw.trim() !== "" && Number.isFinite(Number(raw)) ? Number(raw) : raw;
    } else problems.push(`unknown argument ${JSON.stringify(arg)}; ${USAGE}`);
  }
  return problems.length ? { ok: false, problems } : parsed;
}

const showPath = (path) =>
  path.map((part) => (typeof part === "number" ? `[${part}]` : `.${part}`)).join("") || "(top)";

/**
 * Reads the disputes in a folder (each a folder with corpus.json and labels.json), parses each
 * corpus with the library's `parseCorpus` and checks its labels. Every problem in every chosen
 * dispute is reported, not the first.
 *
 * @param {{ parseCorpus: (input: unknown) => { ok: boolean, corpus?: object, errors?: object[] } }} lib - The concord build.
 * @param {string} folder - The folder of disputes.
 * @param {string | undefined} dispute - Only this dispute, when given.
 * @returns {{ ok: true, disputes: { name: string, corpus: object, labels: object }[] } | { ok: false, problems: string[] }}
 *   The disputes, by name, or the problems (file, path, code and message).
 * @example
 * readDisputes(lib, "bench/judgement", "derna-flood-2023-09").disputes?.[0].name; // => "derna-flood-2023-09"
 */
export function readDisputes(lib, folder, dispute) {
  const names = readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(folder, entry.name, "corpus.json")))
    .map((entry) => entry.name)
    .sort();
  if (names.length === 0)
    return {
      ok: false,
      problems: [`no dispute in ${folder}: each dispute is a folder with corpus.json and labels.json`],
    };
  if (dispute !== undefined && !names.includes(dispute)) {
    return { ok: false, problems: [`no dispute ${JSON.stringify(dispute)}; disputes: ${names.join(", ")}`] };
  }
  const problems = [];
  const readJson = (name, file) => {
    try {
      return JSON.parse(readFileSync(join(folder, name, file), "utf8"));
    } catch (e) {
      problems.push(`${name}/${file}: ${e?.message ?? e}`);
      return undefined;
    }
  };
  const disputes = [];
  for (const name of dispute === undefined ? names : [dispute]) {
    const input = readJson(name, "corpus.json");
    const labels = readJson(name, "labels.json");
    if (input === undefined || labels === undefined) continue;
    const parsed = lib.parseCorpus(input);
    if (!parsed.ok) {
      for (const error of parsed.errors)
        problems.push(`${name}/corpus.json${showPath(error.path)}: ${error.code}: ${error.message}`);
      continue;
    }
    const issues = labelIssues(labels, parsed.corpus);
    for (const issue of issues)
      problems.push(`${name}/labels.json${showPath(issue.path)}: ${issue.code}: ${issue.message}`);
    if (issues.length === 0) disputes.push({ name, corpus: parsed.corpus, labels });
  }
  return problems.length
    ? { ok: false, problems: ["the inputs are broken:", ...problems.map((line) => `  ${line}`)] }
    : { ok: true, disputes };
}

/** Thrown inside {@link measureDisputes} to stop at a call concord refused; never escapes it. */
class Refused extends Error {}

/**
 * Judges every labelled pair with `compare(a, b, options)` and every labelled proposition with
 * `reconcile(corpus, { ...options, asOf })` (one reconciliation per distinct `asOf`), and scores
 * them per dispute and in total.
 *
 * @param {{ compare: Function, reconcile: Function }} lib - The concord build.
 * @param {readonly { name: string, corpus: object, labels: object }[]} disputes - From {@link readDisputes}.
 * @param {Record<string, unknown>} options - Passed to compare and reconcile as they are.
 * @returns {{ ok: true, disputes: object[], total: object } | { ok: false, problems: string[] }} The
 *   scored rows and figures, or the call concord refused (an option it rejects, an `asOf` it cannot read).
 * @example
 * measureDisputes(lib, readDisputes(lib, "bench/judgement").disputes, {}).total.pairs.total.labelled; // => 377
 */
export function measureDisputes(lib, disputes, options) {
  const judge = (what, action) => {
    try {
      return action();
    } catch (e) {
      const issues = e?.issues?.map((issue) => `${showPath(issue.path)}: ${issue.message}`);
      throw new Refused(`${what}: ${issues?.join("; ") ?? e?.stack ?? e}`);
    }
  };
  try {
    const results = disputes.map(({ name, corpus, labels }) => {
      const claims = new Map(corpus.claims.map((claim) => [claim.id, claim]));
      const pairRows = labels.pairs.map((label) =>
        scorePair(
          label,
          judge(`${name}: compare(${label.a}, ${label.b})`, () =>
            lib.compare(claims.get(label.a), claims.get(label.b), options),
          ),
        ),
      );
      const pictures = new Map();
      const picture = (asOf) => {
        const key = asOf ?? "";
        if (!pictures.has(key)) {
          const settings = asOf === undefined ? options : { ...options, asOf };
          const reconciliation = judge(`${name}: reconcile(${asOf === undefined ? "" : `asOf ${asOf}`})`, () =>
            lib.reconcile(corpus, settings),
          );
          pictures.set(
            key,
            new Map(
              reconciliation.propositions.map((proposition) => [
                questionKey(proposition.subject, proposition.attribute),
                proposition,
              ]),
            ),
          );
        }
        return pictures.get(key);
      };
      const propositionRows = labels.propositions.map((label) =>
        scoreProposition(label, picture(label.asOf).get(questionKey(label.subject, label.attribute))),
      );
      return { name, claims: corpus.claims.length, pairRows, propositionRows, ...figures(pairRows, propositionRows) };
    });
    const total = figures(
      results.flatMap((result) => result.pairRows),
      results.flatMap((result) => result.propositionRows),
    );
    return { ok: true, disputes: results, total };
  } catch (e) {
    if (e instanceof Refused) return { ok: false, problems: [e.message] };
    throw e;
  }
}

const figures = (pairRows, propositionRows) => {
  const pairs = pairScores(pairRows);
  const statuses = statusScores(propositionRows);
  const sets = setScores(propositionRows);
  return { pairs, statuses, sets, summary: summaryLines(pairs, statuses, sets) };
};

/**
 * The measurement as one JSON-ready object: what was measured, and per dispute and in total the
 * figures, the summary and (per dispute) every disagreement.
 *
 * @param {ReturnType<typeof measureDisputes> & { ok: true }} measured - From {@link measureDisputes}.
 * @param {{ lib: string, source: object | null, options: object }} about - Which build, which sources, which options.
 * @returns {object} The object `--json` prints.
 * @example
 * toJson(measured, { lib: "dist/index.js", source: null, options: {} }).total.summary[0].class; // => "agreement"
 */
export function toJson(measured, about) {
  const disagreements = (rows) => rows.filter((row) => !row.agrees);
  return {
    lib: about.lib,
    source: about.source,
    options: about.options,
    target: TARGET,
    disputes: measured.disputes.map(({ name, claims, pairRows, propositionRows, pairs, statuses, sets, summary }) => ({
      dispute: name,
      claims,
      pairs,
      propositions: { statuses, sets },
      summary,
      disagreements: { pairs: disagreements(pairRows), propositions: disagreements(propositionRows) },
    })),
    total: {
      pairs: measured.total.pairs,
      propositions: { statuses: measured.total.statuses, sets: measured.total.sets },
      summary: measured.total.summary,
    },
  };
}

/**
 * The measurement for a person: per dispute the confusion matrices, the class figures, the share
 * of matching current and stale sets and every disagreement (one line each, with the label's
 * why); then the same over all disputes and the summary against the target.
 *
 * @param {ReturnType<typeof measureDisputes> & { ok: true }} measured - From {@link measureDisputes}.
 * @param {{ heading: string, options: object }} about - The first line, and the options passed.
 * @returns {string} The text, without a final newline.
 * @example
 * toText(measured, { heading: "Judgement benchmark: dist/index.js", options: {} }).split("\n")[0];
 * // => "Judgement benchmark: dist/index.js"
 */
export function toText(measured, about) {
  const out = [about.heading];
  if (Object.keys(about.options).length)
    out.push(`Options passed to compare and reconcile: ${JSON.stringify(about.options)}`);
  out.push("");
  const { disputes, total } = measured;
  for (const result of disputes) {
    const title = `== ${result.name}: ${result.claims} claims, ${result.pairRows.length} pairs, ${result.propositionRows.length} propositions`;
    out.push(section(title, result), "");
    const pairMisses = result.pairRows.filter((row) => !row.agrees);
    const propositionMisses = result.propositionRows.filter((row) => !row.agrees);
    out.push(`Disagreements in ${result.name}: ${pairMisses.length} pairs, ${propositionMisses.length} propositions`);
    out.push(...pairMisses.map(pairLine), ...propositionMisses.map(propositionLine), "");
  }
  if (disputes.length > 1) out.push(section(`== all ${disputes.length} disputes`, total), "");
  out.push(
    `Summary${disputes.length > 1 ? " (all disputes)" : ` (${disputes[0]?.name})`}: target agreement ≥ ${percent(TARGET).replace(".0", "")}`,
  );
  out.push(
    table(
      ["class", "labelled", "agreement", "precision", "recall", "target", "met"],
      total.summary.map((line) => [
        `${line.group}: ${line.class}`,
        line.labelled,
        percent(line.agreement),
        percent(line.precision),
        percent(line.recall),
        `≥ ${percent(line.target).replace(".0", "")}`,
        line.met === null ? "—" : line.met ? "yes" : "no",
      ]),
    ),
  );
  return out.join("\n");
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
  return notes.length
    ? `\nOn the diagonal, ${notes.join(" and ")} name the other claim as newer: counted as disagreements.`
    : "";
};
const classTable = (scores) =>
  table(
    ["class", "labelled", "agreed", "agreement", "concord's", "precision", "recall"],
    scores.classes.map((label) => {
      const figures = scores.perClass[label];
      return [
        label,
        figures.labelled,
        figures.agreed,
        percent(figures.agreement),
        figures.predicted,
        percent(figures.precision),
        percent(figures.recall),
      ];
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
const showPair = (label) =>
  label.newer === undefined ? (label.relation ?? label.kind) : `${label.relation ?? label.kind} (newer ${label.newer})`;
const pairLine = (row) =>
  `  pair ${row.a} × ${row.b}: label ${showPair(row.label)}; concord ${showPair(row.verdict)}${row.reason ? ` [${row.reason}]` : ""} — ${row.why}`;
const propositionLine = (row) => {
  const parts = [
    row.statusAgrees ? `status ${row.expected} (agrees)` : `status label ${row.expected}, concord ${row.actual}`,
  ];
  if (row.found && !row.currentAgrees)
    parts.push(`current label ${showCurrent(row.label.current)}, concord ${showCurrent(row.verdict.current)}`);
  if (row.found && !row.staleAgrees)
    parts.push(`stale label [${row.label.stale.join(", ")}], concord [${row.verdict.stale.join(", ")}]`);
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
