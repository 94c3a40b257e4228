// Scoring for the judgement benchmark: plain functions from labels and concord's verdicts to
// counts, with no I/O, so that a hand-made fixture can check every figure the runner prints.
//
// A row is one labelled item: `{ expected, actual, agrees }`. `agrees` is not always
// `expected === actual`: a supersession or progression that names the other claim as newer has
// the right kind but the wrong verdict, and counts as a disagreement.

import { ORDERED_CLASSES, PAIR_CLASSES, STATUS_CLASSES } from "./labels.mjs";

/**
 * The target every class's agreement is measured against.
 *
 * @example
 * summaryLines(pairs, statuses, sets)[0].met === summaryLines(pairs, statuses, sets)[0].agreement >= TARGET; // => true
 */
export const TARGET = 0.95;

/**
 * concord's verdict on a labelled proposition it did not produce.
 *
 * @example
 * scoreProposition(label, undefined).actual === NOT_FOUND; // => true
 */
export const NOT_FOUND = "not found";

/**
 * The part of a `compare` relation the labels speak to: its kind and, for a supersession or a
 * progression, which claim is newer.
 *
 * @param {{ kind: string, newer?: string }} relation - What `compare(a, b)` returned.
 * @returns {{ kind: string, newer?: string }} The verdict.
 * @example
 * pairVerdict({ kind: "supersession", claims: ["c1", "c2"], newer: "c2", older: "c1", reason: { code: "later_statement" } });
 * // => { kind: "supersession", newer: "c2" }
 */
export function pairVerdict(relation) {
  return ORDERED_CLASSES.includes(relation.kind) && relation.newer !== undefined
    ? { kind: relation.kind, newer: relation.newer }
    : { kind: relation.kind };
}

/**
 * Whether concord's verdict matches a labelled pair: the same kind and, for a supersession or a
 * progression, the same `newer`.
 *
 * @param {{ relation: string, newer?: string }} label - The labelled pair.
 * @param {{ kind: string, newer?: string }} verdict - From {@link pairVerdict}.
 * @returns {boolean} True when they agree.
 * @example
 * pairAgrees({ relation: "supersession", newer: "c2" }, { kind: "supersession", newer: "c1" }); // => false
 */
export function pairAgrees(label, verdict) {
  if (label.relation !== verdict.kind) return false;
  return !ORDERED_CLASSES.includes(label.relation) || label.newer === verdict.newer;
}

/**
 * Scores one labelled pair.
 *
 * @param {{ a: string, b: string, relation: string, newer?: string, why: string }} label - The labelled pair.
 * @param {{ kind: string, newer?: string, reason?: { code: string } }} relation - `compare(a, b)`.
 * @returns {{ a: string, b: string, expected: string, actual: string, agrees: boolean, label: object, verdict: object, reason?: string, why: string }}
 *   The row: `expected` is the label's class, `actual` concord's kind.
 * @example
 * scorePair({ a: "c1", b: "c2", relation: "agreement", why: "a relay" }, { kind: "agreement", reason: { code: "same_statement" } }).agrees;
 * // => true
 */
export function scorePair(label, relation) {
  const verdict = pairVerdict(relation);
  const labelled = ORDERED_CLASSES.includes(label.relation)
    ? { relation: label.relation, newer: label.newer }
    : { relation: label.relation };
  return {
    a: label.a,
    b: label.b,
    expected: label.relation,
    actual: verdict.kind,
    agrees: pairAgrees(label, verdict),
    label: labelled,
    verdict,
    ...(relation.reason?.code === undefined ? {} : { reason: relation.reason.code }),
    why: label.why,
  };
}

/**
 * What a proposition says each side holds: for each side, the claims of its positions that are
 * not stale, and the sides with a stale position. A side with a stale position is left out of
 * `current` (it holds nothing current), as is a side with no position. Positions without a
 * `stale` field are current, so this reads concord's output with or without freshness.
 *
 * @param {{ positions: readonly { side: string, claims: readonly string[], stale?: boolean }[] }} proposition - From `reconcile`.
 * @returns {{ current: Record<string, string[]>, stale: string[] }} Claim ids and sides, sorted.
 * @example
 * positionSets({ positions: [{ side: "police", claims: ["p1"] }, { side: "organisers", claims: ["o1"], stale: true }] });
 * // => { current: { police: ["p1"] }, stale: ["organisers"] }
 */
export function positionSets(proposition) {
  const stale = new Set();
  const held = new Map();
  for (const position of proposition.positions) {
    if (position.stale === true) stale.add(position.side);
    else held.set(position.side, [...(held.get(position.side) ?? []), ...position.claims]);
  }
  const current = {};
  for (const side of [...held.keys()].sort()) {
    if (!stale.has(side)) current[side] = [...new Set(held.get(side))].sort();
  }
  return { current, stale: [...stale].sort() };
}

/**
 * Whether two `current` maps hold the same sides with the same sets of claim ids. A side listed
 * with no claims counts as absent.
 *
 * @param {Record<string, readonly string[]>} expected - The label's current.
 * @param {Record<string, readonly string[]>} actual - From {@link positionSets}.
 * @returns {boolean} True when every side's set is equal.
 * @example
 * sameCurrent({ police: ["p1", "p2"] }, { police: ["p2", "p1"] }); // => true
 */
export function sameCurrent(expected, actual) {
  const sides = (map) => Object.keys(map).filter((side) => map[side].length > 0);
  const expectedSides = sides(expected);
  if (!sameSet(expectedSides, sides(actual))) return false;
  return expectedSides.every((side) => sameSet(expected[side], actual[side]));
}

/**
 * Whether two lists hold the same elements, ignoring order and repeats.
 *
 * @param {readonly string[]} a - One list.
 * @param {readonly string[]} b - Another.
 * @returns {boolean} True when they hold the same set.
 * @example
 * sameSet(["a", "b"], ["b", "a", "a"]); // => true
 */
export function sameSet(a, b) {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((element) => right.has(element));
}

/**
 * Scores one labelled proposition against the proposition concord made for its question (or
 * none, when concord made none: then status, current and stale all disagree).
 *
 * @param {{ subject: string, attribute: string, asOf?: string, status: string, current: Record<string, string[]>, stale: string[], why: string }} label -
 *   The labelled proposition.
 * @param {{ status: string, positions: readonly object[] } | undefined} proposition - concord's, found by subject and attribute.
 * @returns {object} The row: `expected` and `actual` statuses, `agrees` (all three match), and
 *   `statusAgrees`, `currentAgrees`, `staleAgrees` with both sides' sets.
 * @example
 * scoreProposition({ subject: "s", attribute: "a", status: "one-sided", current: { police: ["p1"] }, stale: [], why: "…" }, undefined).actual;
 * // => "not found"
 */
export function scoreProposition(label, proposition) {
  const found = proposition !== undefined;
  const sets = found ? positionSets(proposition) : { current: {}, stale: [] };
  const actual = found ? proposition.status : NOT_FOUND;
  const statusAgrees = found && proposition.status === label.status;
  const currentAgrees = found && sameCurrent(label.current, sets.current);
  const staleAgrees = found && sameSet(label.stale, sets.stale);
  return {
    subject: label.subject,
    attribute: label.attribute,
    ...(label.asOf === undefined ? {} : { asOf: label.asOf }),
    expected: label.status,
    actual,
    found,
    agrees: statusAgrees && currentAgrees && staleAgrees,
    statusAgrees,
    currentAgrees,
    staleAgrees,
    label: { status: label.status, current: sortedCurrent(label.current), stale: [...label.stale].sort() },
    verdict: { status: actual, current: sets.current, stale: sets.stale },
    why: label.why,
  };
}

const sortedCurrent = (current) =>
  Object.fromEntries(
    Object.keys(current)
      .filter((side) => current[side].length > 0)
      .sort()
      .map((side) => [side, [...current[side]].sort()]),
  );

/**
 * A confusion matrix and per-class figures. For each class: `labelled` (rows labelled so),
 * `agreed` (of those, the ones concord matched), `predicted` (rows concord put in the class),
 * `agreement` = agreed / labelled (which is also the recall) and `precision` = agreed /
 * predicted; a ratio with nothing to divide by is null.
 *
 * @param {readonly { expected: string, actual: string, agrees: boolean }[]} rows - Scored rows.
 * @param {readonly string[]} classes - The label classes, in the order to report them; concord's
 *   verdicts outside them (a kind the labels do not know, "not found") become extra columns.
 * @returns {{ classes: string[], columns: string[], matrix: Record<string, Record<string, number>>,
 *   reversed: Record<string, number>, perClass: Record<string, object>, total: object }} The figures;
 *   `reversed` counts, per class, the verdicts of the right kind that disagree (a wrong `newer`).
 * @example
 * classScores([{ expected: "agreement", actual: "agreement", agrees: true }], ["agreement", "unrelated"]).perClass.agreement.agreement;
 * // => 1
 */
export function classScores(rows, classes) {
  const columns = [...classes];
  for (const row of rows) if (!columns.includes(row.actual)) columns.push(row.actual);
  const matrix = Object.fromEntries(
    classes.map((label) => [label, Object.fromEntries(columns.map((column) => [column, 0]))]),
  );
  const reversed = Object.fromEntries(classes.map((label) => [label, 0]));
  for (const row of rows) {
    if (matrix[row.expected] === undefined) throw new Error(`Unknown label class ${JSON.stringify(row.expected)}`);
    matrix[row.expected][row.actual] += 1;
    if (row.expected === row.actual && !row.agrees) reversed[row.expected] += 1;
  }
  const perClass = {};
  for (const label of classes) {
    const labelled = rows.filter((row) => row.expected === label).length;
    const agreed = rows.filter((row) => row.expected === label && row.agrees).length;
    const predicted = rows.filter((row) => row.actual === label).length;
    perClass[label] = {
      labelled,
      agreed,
      predicted,
      agreement: ratio(agreed, labelled),
      precision: ratio(agreed, predicted),
      recall: ratio(agreed, labelled),
    };
  }
  const agreed = rows.filter((row) => row.agrees).length;
  return {
    classes: [...classes],
    columns,
    matrix,
    reversed,
    perClass,
    total: { labelled: rows.length, agreed, agreement: ratio(agreed, rows.length) },
  };
}

/**
 * The pair figures: {@link classScores} over the pair classes.
 *
 * @param {readonly ReturnType<typeof scorePair>[]} rows - Scored pairs.
 * @returns {ReturnType<typeof classScores>} The figures.
 * @example
 * pairScores([scorePair({ a: "c1", b: "c2", relation: "unrelated", why: "another day" }, { kind: "unrelated" })]).total.agreement;
 * // => 1
 */
export function pairScores(rows) {
  return classScores(rows, PAIR_CLASSES);
}

/**
 * The status figures: {@link classScores} over the status classes, where a proposition agrees
 * when its status does, whatever its current and stale sets ({@link setScores} counts those).
 *
 * @param {readonly ReturnType<typeof scoreProposition>[]} rows - Scored propositions.
 * @returns {ReturnType<typeof classScores>} The figures; "not found" is a column of its own.
 * @example
 * const row = scoreProposition({ subject: "s", attribute: "a", status: "contested", current: {}, stale: [], why: "…" },
 *   { status: "contested", positions: [{ side: "police", claims: ["p1"] }] });
 * statusScores([row]).perClass.contested.agreement; // => 1 (the current sets differ, the status does not)
 */
export function statusScores(rows) {
  return classScores(
    rows.map((row) => ({ expected: row.expected, actual: row.actual, agrees: row.statusAgrees })),
    STATUS_CLASSES,
  );
}

/**
 * How many proposition rows match on `current`, on `stale`, and on everything.
 *
 * @param {readonly { currentAgrees: boolean, staleAgrees: boolean, agrees: boolean }[]} rows - From {@link scoreProposition}.
 * @returns {{ current: object, stale: object, all: object }} Each `{ labelled, agreed, agreement }`.
 * @example
 * setScores([{ currentAgrees: true, staleAgrees: false, agrees: false }]).current.agreement; // => 1
 */
export function setScores(rows) {
  const share = (key) => {
    const agreed = rows.filter((row) => row[key]).length;
    return { labelled: rows.length, agreed, agreement: ratio(agreed, rows.length) };
  };
  return { current: share("currentAgrees"), stale: share("staleAgrees"), all: share("agrees") };
}

/**
 * The final summary: one line per pair class, per status class, and for the current and stale
 * sets, each with its labelled count, agreement, precision, recall, the target and whether it is
 * met (null when nothing is labelled in the class).
 *
 * @param {ReturnType<typeof classScores>} pairs - Pair scores.
 * @param {ReturnType<typeof classScores>} statuses - Proposition status scores.
 * @param {ReturnType<typeof setScores>} sets - Current and stale scores.
 * @returns {{ group: string, class: string, labelled: number, agreement: number | null, precision: number | null,
 *   recall: number | null, target: number, met: boolean | null }[]} The lines.
 * @example
 * summaryLines(pairs, statuses, sets).find((line) => line.class === "contradiction")?.met; // => false
 */
export function summaryLines(pairs, statuses, sets) {
  const line = (group, name, figures, precision, recall) => ({
    group,
    class: name,
    labelled: figures.labelled,
    agreement: figures.agreement,
    precision,
    recall,
    target: TARGET,
    met: figures.agreement === null ? null : figures.agreement >= TARGET,
  });
  return [
    ...pairs.classes.map((name) =>
      line("pairs", name, pairs.perClass[name], pairs.perClass[name].precision, pairs.perClass[name].recall),
    ),
    line("pairs", "all pairs", pairs.total, null, null),
    ...statuses.classes.map((name) =>
      line(
        "propositions",
        name,
        statuses.perClass[name],
        statuses.perClass[name].precision,
        statuses.perClass[name].recall,
      ),
    ),
    line("propositions", "all statuses", statuses.total, null, null),
    line("propositions", "current sets", sets.current, null, null),
    line("propositions", "stale sets", sets.stale, null, null),
    line("propositions", "all of a proposition", sets.all, null, null),
  ];
}

const ratio = (part, whole) => (whole === 0 ? null : part / whole);
