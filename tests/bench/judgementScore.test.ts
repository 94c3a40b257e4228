import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";

// The benchmark's scoring, on a fixture small enough to count by hand.

interface PairLabel {
  readonly a: string;
  readonly b: string;
  readonly relation: string;
  readonly newer?: string;
  readonly why: string;
}
interface PropositionLabel {
  readonly subject: string;
  readonly attribute: string;
  readonly asOf?: string;
  readonly status: string;
  readonly current: Record<string, readonly string[]>;
  readonly stale: readonly string[];
  readonly why: string;
}
interface RelationLike {
  readonly kind: string;
  readonly newer?: string;
  readonly reason?: { readonly code: string };
}
interface PositionLike {
  readonly side: string;
  readonly claims: readonly string[];
  readonly stale?: boolean;
}
interface PropositionLike {
  readonly status: string;
  readonly positions: readonly PositionLike[];
}
interface Row {
  readonly expected: string;
  readonly actual: string;
  readonly agrees: boolean;
}
interface PropositionRow extends Row {
  readonly found: boolean;
  readonly statusAgrees: boolean;
  readonly currentAgrees: boolean;
  readonly staleAgrees: boolean;
  readonly verdict: { readonly status: string; readonly current: Record<string, string[]>; readonly stale: string[] };
}
interface Figures {
  readonly labelled: number;
  readonly agreed: number;
  readonly predicted: number;
  readonly agreement: number | null;
  readonly precision: number | null;
  readonly recall: number | null;
}
interface Scores {
  readonly classes: string[];
  readonly columns: string[];
  readonly matrix: Record<string, Record<string, number>>;
  readonly reversed: Record<string, number>;
  readonly perClass: Record<string, Figures>;
  readonly total: { readonly labelled: number; readonly agreed: number; readonly agreement: number | null };
}
interface Share {
  readonly labelled: number;
  readonly agreed: number;
  readonly agreement: number | null;
}
interface SetScores {
  readonly current: Share;
  readonly stale: Share;
  readonly all: Share;
}
interface SummaryLine {
  readonly group: string;
  readonly class: string;
  readonly labelled: number;
  readonly agreement: number | null;
  readonly precision: number | null;
  readonly recall: number | null;
  readonly target: number;
  readonly met: boolean | null;
}
interface ScoreModule {
  readonly TARGET: number;
  pairAgrees(label: { relation: string; newer?: string }, verdict: { kind: string; newer?: string }): boolean;
  scorePair(label: PairLabel, relation: RelationLike): Row & { readonly reason?: string };
  positionSets(proposition: { positions: readonly PositionLike[] }): {
    current: Record<string, string[]>;
    stale: string[];
  };
  sameCurrent(expected: Record<string, readonly string[]>, actual: Record<string, readonly string[]>): boolean;
  scoreProposition(label: PropositionLabel, proposition: PropositionLike | undefined): PropositionRow;
  classScores(rows: readonly Row[], classes: readonly string[]): Scores;
  pairScores(rows: readonly Row[]): Scores;
  statusScores(rows: readonly PropositionRow[]): Scores;
  setScores(rows: readonly PropositionRow[]): SetScores;
  summaryLines(pairs: Scores, statuses: Scores, sets: SetScores): SummaryLine[];
}

// A computed specifier: the benchmark's modules are plain JavaScript, outside the typed sources.
const scoreModule = fileURLToPath(new URL("../../bench/judgement/score.mjs", import.meta.url));
const score = (await import(scoreModule)) as ScoreModule;

const why = "a reason";
const pair = (relation: string, verdict: RelationLike, newer?: string) =>
  score.scorePair({ a: "a", b: "b", relation, ...(newer === undefined ? {} : { newer }), why }, verdict);

// Ten labelled pairs and concord's verdicts; the figures below are counted by hand.
const pairRows = [
  pair("agreement", { kind: "agreement" }),
  pair("agreement", { kind: "agreement" }),
  pair("agreement", { kind: "supersession", newer: "b" }),
  pair("contradiction", { kind: "contradiction" }),
  pair("contradiction", { kind: "agreement" }),
  pair("supersession", { kind: "supersession", newer: "b" }, "b"),
  pair("supersession", { kind: "supersession", newer: "a" }, "b"),
  pair("progression", { kind: "contradiction" }, "b"),
  pair("progression", { kind: "progression", newer: "a" }, "a"),
  pair("unrelated", { kind: "unrelated" }),
];

describe("pairs", () => {
  test("a supersession or progression naming the other claim as newer is a disagreement", () => {
    expect(score.pairAgrees({ relation: "supersession", newer: "b" }, { kind: "supersession", newer: "a" })).toBe(
      false,
    );
    expect(score.pairAgrees({ relation: "progression", newer: "b" }, { kind: "progression", newer: "a" })).toBe(false);
    expect(score.pairAgrees({ relation: "progression", newer: "b" }, { kind: "progression", newer: "b" })).toBe(true);
    expect(score.pairAgrees({ relation: "supersession", newer: "b" }, { kind: "progression", newer: "b" })).toBe(false);
    expect(score.pairAgrees({ relation: "agreement" }, { kind: "agreement" })).toBe(true);
    expect(pairRows.map((row) => row.agrees)).toEqual([true, true, false, true, false, true, false, false, true, true]);
  });

  test("the confusion matrix counts concord's kind for each label, the reversed ones apart", () => {
    const scores = score.pairScores(pairRows);
    expect(scores.columns).toEqual(["agreement", "contradiction", "supersession", "progression", "unrelated"]);
    expect(scores.matrix).toEqual({
      agreement: { agreement: 2, contradiction: 0, supersession: 1, progression: 0, unrelated: 0 },
      contradiction: { agreement: 1, contradiction: 1, supersession: 0, progression: 0, unrelated: 0 },
      supersession: { agreement: 0, contradiction: 0, supersession: 2, progression: 0, unrelated: 0 },
      progression: { agreement: 0, contradiction: 1, supersession: 0, progression: 1, unrelated: 0 },
      unrelated: { agreement: 0, contradiction: 0, supersession: 0, progression: 0, unrelated: 1 },
    });
    expect(scores.reversed).toEqual({ agreement: 0, contradiction: 0, supersession: 1, progression: 0, unrelated: 0 });
  });

  test("agreement, precision and recall per class, by hand", () => {
    const { perClass, total } = score.pairScores(pairRows);
    expect(perClass["agreement"]).toEqual({
      labelled: 3,
      agreed: 2,
      predicted: 3,
      agreement: 2 / 3,
      precision: 2 / 3,
      recall: 2 / 3,
    });
    expect(perClass["contradiction"]).toEqual({
      labelled: 2,
      agreed: 1,
      predicted: 2,
      agreement: 1 / 2,
      precision: 1 / 2,
      recall: 1 / 2,
    });
    // The reversed supersession is both a miss of its label and a false supersession.
    expect(perClass["supersession"]).toEqual({
      labelled: 2,
      agreed: 1,
      predicted: 3,
      agreement: 1 / 2,
      precision: 1 / 3,
      recall: 1 / 2,
    });
    expect(perClass["progression"]).toEqual({
      labelled: 2,
      agreed: 1,
      predicted: 1,
      agreement: 1 / 2,
      precision: 1,
      recall: 1 / 2,
    });
    expect(perClass["unrelated"]).toEqual({
      labelled: 1,
      agreed: 1,
      predicted: 1,
      agreement: 1,
      precision: 1,
      recall: 1,
    });
    expect(total).toEqual({ labelled: 10, agreed: 6, agreement: 0.6 });
  });

  test("a class nobody labelled or predicted has no ratios; a kind the labels do not know is a column of its own", () => {
    const scores = score.classScores(
      [{ expected: "agreement", actual: "novelty", agrees: false }],
      ["agreement", "unrelated"],
    );
    expect(scores.columns).toEqual(["agreement", "unrelated", "novelty"]);
    expect(scores.matrix["agreement"]).toEqual({ agreement: 0, unrelated: 0, novelty: 1 });
    expect(scores.perClass["agreement"]).toEqual({
      labelled: 1,
      agreed: 0,
      predicted: 0,
      agreement: 0,
      precision: null,
      recall: 0,
    });
    expect(scores.perClass["unrelated"]).toEqual({
      labelled: 0,
      agreed: 0,
      predicted: 0,
      agreement: null,
      precision: null,
      recall: null,
    });
  });

  test("the reason code is kept for the list of disagreements", () => {
    expect(pair("agreement", { kind: "contradiction", reason: { code: "values_differ" } })).toMatchObject({
      reason: "values_differ",
      agrees: false,
    });
  });
});

const label = (fields: Partial<PropositionLabel>): PropositionLabel => ({
  subject: "demo/a",
  attribute: "turnout",
  status: "contested",
  current: { police: ["p1"], organisers: ["o2"] },
  stale: [],
  why,
  ...fields,
});

describe("propositions", () => {
  test("a stale position leaves its side out of current and puts it in stale; positions without the field are current", () => {
    const sets = score.positionSets({
      positions: [
        { side: "police", claims: ["p2", "p1"] },
        { side: "organisers", claims: ["o1"], stale: true },
        { side: "media", claims: ["m1"], stale: false },
      ],
    });
    expect(sets).toEqual({ current: { media: ["m1"], police: ["p1", "p2"] }, stale: ["organisers"] });
  });

  test("current sets are compared side by side, as sets", () => {
    expect(score.sameCurrent({ police: ["p1", "p2"] }, { police: ["p2", "p1"] })).toBe(true);
    expect(score.sameCurrent({ police: ["p1"] }, { police: ["p1", "p2"] })).toBe(false);
    expect(score.sameCurrent({ police: ["p1"] }, { police: ["p1"], organisers: ["o1"] })).toBe(false);
    expect(score.sameCurrent({ police: ["p1"], organisers: [] }, { police: ["p1"] })).toBe(true);
    expect(score.sameCurrent({ police: ["p1"] }, { organisers: ["p1"] })).toBe(false);
  });

  test("status, current and stale are judged apart", () => {
    const positions = [
      { side: "police", claims: ["p1"] },
      { side: "organisers", claims: ["o2"] },
    ];
    const same = score.scoreProposition(label({}), { status: "contested", positions });
    expect(same).toMatchObject({
      found: true,
      statusAgrees: true,
      currentAgrees: true,
      staleAgrees: true,
      agrees: true,
    });

    const otherClaims = score.scoreProposition(label({}), {
      status: "contested",
      positions: [positions[0] as PositionLike, { side: "organisers", claims: ["o1", "o2"] }],
    });
    expect(otherClaims).toMatchObject({ statusAgrees: true, currentAgrees: false, staleAgrees: true, agrees: false });

    // The label calls the organisers stale; concord still counts their last word.
    const notStale = score.scoreProposition(
      label({ status: "one-sided", current: { police: ["p1"] }, stale: ["organisers"] }),
      { status: "contested", positions },
    );
    expect(notStale).toMatchObject({
      expected: "one-sided",
      actual: "contested",
      statusAgrees: false,
      currentAgrees: false,
      staleAgrees: false,
    });

    // With freshness, concord agrees on all three.
    const stale = score.scoreProposition(
      label({ status: "one-sided", current: { police: ["p1"] }, stale: ["organisers"] }),
      {
        status: "one-sided",
        positions: [positions[0] as PositionLike, { side: "organisers", claims: ["o2"], stale: true }],
      },
    );
    expect(stale).toMatchObject({ statusAgrees: true, currentAgrees: true, staleAgrees: true, agrees: true });
    expect(stale.verdict).toEqual({ status: "one-sided", current: { police: ["p1"] }, stale: ["organisers"] });
  });

  test("a proposition concord did not make disagrees on everything, even an empty label", () => {
    const missing = score.scoreProposition(label({ current: {}, status: "one-sided" }), undefined);
    expect(missing).toMatchObject({
      found: false,
      actual: "not found",
      statusAgrees: false,
      currentAgrees: false,
      staleAgrees: false,
      agrees: false,
    });
  });

  test("status figures count the status alone; current and stale have their own shares", () => {
    const positions = [
      { side: "police", claims: ["p1"] },
      { side: "organisers", claims: ["o2"] },
    ];
    const rows = [
      score.scoreProposition(label({}), { status: "contested", positions }),
      score.scoreProposition(label({ current: { police: ["p1"] } }), { status: "contested", positions }),
      score.scoreProposition(label({ status: "consensus" }), { status: "contested", positions }),
      score.scoreProposition(
        label({ status: "one-sided", current: { police: ["p1"] }, stale: ["organisers"] }),
        undefined,
      ),
    ];
    const statuses = score.statusScores(rows);
    expect(statuses.matrix).toEqual({
      consensus: { consensus: 0, contested: 1, "one-sided": 0, "not found": 0 },
      contested: { consensus: 0, contested: 2, "one-sided": 0, "not found": 0 },
      "one-sided": { consensus: 0, contested: 0, "one-sided": 0, "not found": 1 },
    });
    expect(statuses.perClass["contested"]).toEqual({
      labelled: 2,
      agreed: 2,
      predicted: 3,
      agreement: 1,
      precision: 2 / 3,
      recall: 1,
    });
    expect(statuses.total).toEqual({ labelled: 4, agreed: 2, agreement: 0.5 });
    expect(score.setScores(rows)).toEqual({
      current: { labelled: 4, agreed: 2, agreement: 0.5 },
      stale: { labelled: 4, agreed: 3, agreement: 0.75 },
      all: { labelled: 4, agreed: 1, agreement: 0.25 },
    });
  });
});

describe("summary", () => {
  test("each class is held to the target; a class with nothing labelled neither meets nor misses it", () => {
    const rows = Array.from({ length: 20 }, (_, index) =>
      pair("agreement", { kind: index === 0 ? "contradiction" : "agreement" }),
    );
    const propositionRows = [score.scoreProposition(label({}), undefined)];
    const lines = score.summaryLines(
      score.pairScores(rows),
      score.statusScores(propositionRows),
      score.setScores(propositionRows),
    );
    const byClass = Object.fromEntries(lines.map((line) => [line.class, line]));
    expect(score.TARGET).toBe(0.95);
    expect(byClass["agreement"]).toEqual({
      group: "pairs",
      class: "agreement",
      labelled: 20,
      agreement: 0.95,
      precision: 1,
      recall: 0.95,
      target: 0.95,
      met: true,
    });
    expect(byClass["contradiction"]).toMatchObject({ labelled: 0, agreement: null, precision: 0, met: null });
    expect(byClass["contested"]).toMatchObject({ group: "propositions", labelled: 1, agreement: 0, met: false });
    expect(lines.map((line) => line.class)).toEqual([
      "agreement",
      "contradiction",
      "supersession",
      "progression",
      "unrelated",
      "all pairs",
      "consensus",
      "contested",
      "one-sided",
      "all statuses",
      "current sets",
      "stale sets",
      "all of a proposition",
    ]);
  });
});
