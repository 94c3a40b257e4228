import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { type Corpus, parseCorpus } from "../../src/index.js";

// The labels are the analysts' and are never edited to fit concord: this test only says whether
// they can be scored at all (every id, side and question they name exists), so that a figure the
// benchmark prints never rests on a typo.

interface LabelIssue {
  readonly path: readonly (string | number)[];
  readonly code: string;
  readonly message: string;
}
interface LabelsModule {
  labelIssues(labels: unknown, corpus: Corpus): LabelIssue[];
}

const folder = fileURLToPath(new URL("../../bench/judgement/", import.meta.url));
// A computed specifier: the benchmark's modules are plain JavaScript, outside the typed sources.
const labelsModule = join(folder, "labels.mjs");
const { labelIssues } = (await import(labelsModule)) as LabelsModule;

const disputes = readdirSync(folder, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();
const readJson = (dispute: string, file: string): unknown =>
  JSON.parse(readFileSync(join(folder, dispute, file), "utf8"));

function parsed(input: unknown): Corpus {
  const result = parseCorpus(input);
  if (!result.ok) throw new Error(`the corpus does not parse: ${JSON.stringify(result.errors.slice(0, 5))}`);
  return result.corpus;
}

describe("the judgement benchmark's labels", () => {
  test("there are the four disputes the README describes", () => {
    expect(disputes).toEqual(["demos-germany-2024", "derna-flood-2023-09", "gaza-truce-2023-11", "gdl-db-2023-2024"]);
  });

  test.each(disputes)("%s: the corpus parses and every label names claims, sides and questions it has", (dispute) => {
    const corpus = parsed(readJson(dispute, "corpus.json"));
    const labels = readJson(dispute, "labels.json") as { dispute: string; pairs: unknown[]; propositions: unknown[] };
    expect(labels.dispute).toBe(dispute);
    expect(labels.pairs.length).toBeGreaterThan(0);
    expect(labels.propositions.length).toBeGreaterThan(0);
    expect(labelIssues(labels, corpus)).toEqual([]);
  });
});

// A hand-made corpus to show that each check fires: a test of the real labels that can only pass
// would prove nothing.
const corpus = parsed({
  sides: [
    { id: "police", name: "Police", role: "party" },
    { id: "organisers", name: "Organisers", role: "party" },
  ],
  actors: [
    { id: "police-a", name: "Police A", side: "police" },
    { id: "organisers-a", name: "Organisers A", side: "organisers" },
  ],
  sources: [{ id: "s1", outlet: "Example", published: "2024-01-21", language: "en" }],
  attributes: [{ id: "turnout", changes: "never" }],
  claims: [
    {
      id: "p1",
      speaker: "police-a",
      source: "s1",
      subject: "demo/a",
      attribute: "turnout",
      value: { kind: "quantity", value: 100, unit: "person" },
    },
    {
      id: "p2",
      speaker: "police-a",
      source: "s1",
      subject: "demo/b",
      attribute: "turnout",
      value: { kind: "quantity", value: 200, unit: "person" },
    },
    {
      id: "o1",
      speaker: "organisers-a",
      source: "s1",
      subject: "demo/a",
      attribute: "turnout",
      value: { kind: "quantity", value: 300, unit: "person" },
    },
  ],
});
const why = "a reason";
const pair = (fields: object) => ({ a: "p1", b: "o1", relation: "contradiction", why, ...fields });
const proposition = (fields: object) => ({
  subject: "demo/a",
  attribute: "turnout",
  status: "contested",
  current: { police: ["p1"], organisers: ["o1"] },
  stale: [],
  why,
  ...fields,
});
const codesOf = (labels: object) =>
  labelIssues({ dispute: "fixture", pairs: [], propositions: [], ...labels }, corpus).map((issue) => [
    issue.path,
    issue.code,
  ]);

describe("labelIssues", () => {
  test("sound labels give no issue", () => {
    const labels = { pairs: [pair({}), pair({ a: "p2", relation: "unrelated" })], propositions: [proposition({})] };
    expect(codesOf(labels)).toEqual([]);
  });

  test("a claim id the corpus does not have", () => {
    expect(codesOf({ pairs: [pair({ b: "o9" })] })).toEqual([[["pairs", 0, "b"], "unknown_claim"]]);
    expect(codesOf({ propositions: [proposition({ current: { police: ["p9"], organisers: ["o1"] } })] })).toEqual([
      [["propositions", 0, "current", "police", 0], "unknown_claim"],
    ]);
  });

  test("newer is one of a and b, and present exactly for supersession and progression", () => {
    expect(codesOf({ pairs: [pair({ relation: "supersession" })] })).toEqual([
      [["pairs", 0, "newer"], "missing_newer"],
    ]);
    expect(codesOf({ pairs: [pair({ relation: "progression", newer: "p2" })] })).toEqual([
      [["pairs", 0, "newer"], "newer_not_in_pair"],
    ]);
    expect(codesOf({ pairs: [pair({ newer: "o1" })] })).toEqual([[["pairs", 0, "newer"], "unexpected_newer"]]);
    expect(codesOf({ pairs: [pair({ relation: "progression", newer: "o1" })] })).toEqual([]);
  });

  test("a relation or a status outside the label classes", () => {
    expect(codesOf({ pairs: [pair({ relation: "clash" })] })).toEqual([[["pairs", 0, "relation"], "invalid_relation"]]);
    expect(codesOf({ propositions: [proposition({ status: "split" })] })).toEqual([
      [["propositions", 0, "status"], "invalid_status"],
    ]);
  });

  test("a proposition whose question no claim answers", () => {
    expect(codesOf({ propositions: [proposition({ subject: "demo/c", current: {} })] })).toEqual([
      [["propositions", 0], "unknown_question"],
    ]);
  });

  test("a side the corpus does not have, in current or in stale", () => {
    expect(codesOf({ propositions: [proposition({ stale: ["media"] })] })).toEqual([
      [["propositions", 0, "stale", 0], "unknown_side"],
    ]);
    expect(codesOf({ propositions: [proposition({ current: { media: ["p1"] } })] })).toEqual([
      [["propositions", 0, "current", "media"], "unknown_side"],
    ]);
  });

  test("a current claim of another side or of another question", () => {
    expect(codesOf({ propositions: [proposition({ current: { police: ["o1"] } })] })).toEqual([
      [["propositions", 0, "current", "police", 0], "claim_of_other_side"],
    ]);
    expect(codesOf({ propositions: [proposition({ current: { police: ["p2"] } })] })).toEqual([
      [["propositions", 0, "current", "police", 0], "claim_of_other_question"],
    ]);
  });

  test("a side both stale and current", () => {
    expect(codesOf({ propositions: [proposition({ stale: ["police"] })] })).toEqual([
      [["propositions", 0, "stale", 0], "stale_and_current"],
    ]);
  });

  test("a pair listed twice, in either order, and a claim paired with itself", () => {
    expect(codesOf({ pairs: [pair({}), pair({ a: "o1", b: "p1", relation: "agreement" })] })).toEqual([
      [["pairs", 1], "duplicate_pair"],
    ]);
    expect(codesOf({ pairs: [pair({ b: "p1" })] })).toEqual([[["pairs", 0], "same_claim"]]);
  });

  test("a proposition listed twice for the same moment", () => {
    expect(codesOf({ propositions: [proposition({}), proposition({ asOf: "2024-01-21" }), proposition({})] })).toEqual([
      [["propositions", 2], "duplicate_proposition"],
    ]);
  });

  test("a label without a why", () => {
    expect(codesOf({ pairs: [pair({ why: " " })], propositions: [proposition({ why: undefined })] })).toEqual([
      [["pairs", 0, "why"], "missing_why"],
      [["propositions", 0, "why"], "missing_why"],
    ]);
  });

  test("labels that are not the expected shape are issues, not a crash", () => {
    expect(labelIssues(null, corpus).map((issue) => issue.code)).toEqual(["invalid_labels"]);
    expect(codesOf({ pairs: "none", propositions: [3, proposition({ current: [], stale: "police" })] })).toEqual([
      [["pairs"], "invalid_labels"],
      [["propositions", 0], "invalid_proposition"],
      [["propositions", 1, "current"], "invalid_current"],
      [["propositions", 1, "stale"], "invalid_stale"],
    ]);
  });
});
