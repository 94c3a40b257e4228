import { describe, expect, test } from "vitest";
import {
  addDuration,
  type Claim,
  type Corpus,
  compare,
  durationOf,
  explain,
  isDuration,
  parseCorpus,
  reconcile,
} from "../../src/index.js";
import { label, makeClaim, quantity } from "../claims.js";

const status = { attribute: "status", changes: "over-time", freshFor: "P30D" } as const;

function corpusOf(claims: Claim[]): Corpus {
  return {
    sides: [
      { id: "ukraine", name: "Ukraine", role: "party" },
      { id: "russia", name: "Russia", role: "party" },
      { id: "turkey", name: "Türkiye", role: "mediator" },
    ],
    actors: [
      { id: "umerov", name: "Rustem Umerov", side: "ukraine", aliases: [] },
      { id: "medinsky", name: "Vladimir Medinsky", side: "russia", aliases: [] },
    ],
    sources: [{ id: "s1", outlet: "Interfax", published: "2026-01-02", language: "en", translation: "none" }],
    attributes: [],
    claims,
  };
}

describe("durations", () => {
  test("read ISO 8601 durations of whole units, calendar months clamped to the month's end", () => {
    expect(isDuration("P30D")).toBe(true);
    expect(isDuration("P2W")).toBe(true);
    expect(isDuration("PT12H")).toBe(true);
    expect(isDuration("P1DT6H")).toBe(true);
    for (const bad of ["P", "PT", "P0D", "30D", "P1.5D", "p1d", "P1DT", ""]) expect(isDuration(bad)).toBe(false);
    expect(addDuration(Date.UTC(2025, 0, 31), "P1M")).toBe(Date.UTC(2025, 1, 28));
    expect(addDuration(Date.UTC(2024, 0, 31), "P1M")).toBe(Date.UTC(2024, 1, 29));
    expect(addDuration(Date.UTC(2025, 6, 23), "P30D")).toBe(Date.UTC(2025, 7, 22));
    expect(addDuration(Date.UTC(2025, 6, 23), "P2W")).toBe(Date.UTC(2025, 7, 6));
    expect(addDuration(Date.UTC(9999, 11, 1), "P1M")).toBe(Number.POSITIVE_INFINITY);
    expect(durationOf(115 * 86_400_000)).toBe("P115D");
    expect(durationOf(14 * 3_600_000)).toBe("PT14H");
    expect(durationOf(2 * 86_400_000 + 3 * 3_600_000 + 30 * 60_000)).toBe("P2DT3H30M");
  });

  test("an attribute's freshFor must be a duration, and only on an over-time attribute", () => {
    const input = {
      sides: [{ id: "a", name: "A" }],
      actors: [{ id: "x", name: "X", side: "a" }],
      sources: [{ id: "s", outlet: "O", published: "2025-01-01", language: "en" }],
      attributes: [
        { id: "count", changes: "never", freshFor: "P30D" },
        { id: "status", changes: "over-time", freshFor: "30 days" },
        { id: "state", changes: "over-time", freshFor: "P2W", bounds: "estimate" },
      ],
      claims: [
        { id: "c", speaker: "x", source: "s", subject: "s", attribute: "state", value: { kind: "label", value: "on" } },
      ],
    };
    const result = parseCorpus(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.errors.map((issue) => issue.path.join("."));
    expect(paths).toContain("attributes.0.freshFor");
    expect(paths).toContain("attributes.1.freshFor");
    expect(paths).not.toContain("attributes.2.freshFor");
  });

  test("resolved claims carry their attribute's freshFor and estimate bounds", () => {
    const input = {
      sides: [{ id: "a", name: "A" }],
      actors: [{ id: "x", name: "X", side: "a" }],
      sources: [{ id: "s", outlet: "O", published: "2025-01-01", language: "en" }],
      attributes: [{ id: "state", changes: "over-time", freshFor: "P2W", bounds: "estimate" }],
      claims: [
        { id: "c", speaker: "x", source: "s", subject: "s", attribute: "state", value: { kind: "quantity", min: 10 } },
      ],
    };
    const result = parseCorpus(input);
    expect(result.ok && result.corpus.claims[0]).toMatchObject({ freshFor: "P2W", bounds: "estimate" });
    expect(result.ok && result.corpus.attributes[0]).toEqual({
      id: "state",
      changes: "over-time",
      freshFor: "P2W",
      bounds: "estimate",
    });
  });
});

describe("progression", () => {
  // The Istanbul case: Russia's "agreed" of 23 Jul against Ukraine's "activated" of 15 Nov.
  const agreed = makeClaim("medinsky-0723", label("agreed"), {
    ...status,
    side: "russia",
    speaker: "medinsky",
    stated: "2025-07-23",
  });
  const activated = makeClaim("umerov-1115", label("activated"), { ...status, stated: "2025-11-15" });

  test("a later claim of another side, after the earlier one went stale, is a progression with how long it went unrestated", () => {
    const relation = compare(agreed, activated);
    expect(relation).toEqual({
      kind: "progression",
      claims: ["medinsky-0723", "umerov-1115"],
      newer: "umerov-1115",
      older: "medinsky-0723",
      reason: { code: "went_stale", freshFor: "P30D", unrestatedFor: "P115D" },
    });
    expect(compare(activated, agreed)).toMatchObject({
      kind: "progression",
      newer: "umerov-1115",
      older: "medinsky-0723",
    });
    expect(explain(relation, corpusOf([agreed, activated]))).toBe(
      "Vladimir Medinsky (Russia, 23 Jul 2025) said “agreed”; Rustem Umerov (Ukraine, 15 Nov 2025) said “activated” 115 days later, past the 30 days that status stays fresh: the state moved on, no contradiction.",
    );
  });

  test("within the window, or without a freshFor, the clash stays a contradiction; agreeing claims stay agreements", () => {
    const soon = { ...activated, stated: "2025-08-22", moment: Date.UTC(2025, 7, 22) };
    expect(compare(agreed, soon).kind).toBe("contradiction");
    // A claim of 23 Jul may have been made at any hour that day: 30 days after the day ends is
    // 23 Aug, 00:00, and a claim then is a progression.
    const atTheEnd = { ...activated, stated: "2025-08-23", moment: Date.UTC(2025, 7, 23) };
    expect(compare(agreed, atTheEnd).kind).toBe("progression");
    const { freshFor: _, ...forever } = agreed;
    expect(compare(forever, activated).kind).toBe("contradiction");
    expect(compare(agreed, { ...activated, value: label("agreed") }).kind).toBe("agreement");
  });

  test("one side's later claim is a supersession, never a progression", () => {
    expect(compare(agreed, { ...activated, side: "russia" }).kind).toBe("supersession");
  });
});

describe("reconcile with freshFor", () => {
  const agreed = makeClaim("medinsky-0723", label("agreed"), {
    ...status,
    side: "russia",
    speaker: "medinsky",
    stated: "2025-07-23",
  });
  const activated = makeClaim("umerov-1115", label("activated"), { ...status, stated: "2025-11-15" });
  const stalled = makeClaim("umerov-1211", label("stalled"), { ...status, stated: "2025-12-11" });

  test("a side whose last word went stale is listed as stale and does not count: no contradiction, one-sided", () => {
    const [proposition] = reconcile(corpusOf([agreed, activated, stalled])).propositions;
    expect(proposition?.contradictions).toEqual([]);
    expect(proposition?.status).toBe("one-sided");
    expect(proposition?.consensus).toBeUndefined();
    expect(proposition?.positions.map(({ side, stale, claims }) => ({ side, stale, claims }))).toEqual([
      { side: "ukraine", stale: false, claims: ["umerov-1211"] },
      { side: "russia", stale: true, claims: ["medinsky-0723"] },
    ]);
  });

  test("a clash within the window is listed, and ends when the earlier claim goes stale", () => {
    const soon = { ...activated, stated: "2025-08-01", moment: Date.UTC(2025, 7, 1) };
    const later = { ...stalled, stated: "2025-09-10", moment: Date.UTC(2025, 8, 10) };
    const [proposition] = reconcile(corpusOf([agreed, soon, later])).propositions;
    expect(proposition?.contradictions.map(({ a, b, current, until }) => ({ a, b, current, until }))).toEqual([
      { a: "medinsky-0723", b: "umerov-1115", current: false, until: "2025-08-23" },
    ]);
    expect(proposition?.status).toBe("one-sided");
  });

  test("while both are fresh the clash is current and the proposition contested", () => {
    const soon = { ...activated, stated: "2025-08-01", moment: Date.UTC(2025, 7, 1) };
    const [proposition] = reconcile(corpusOf([agreed, soon])).propositions;
    expect(proposition?.status).toBe("contested");
    expect(proposition?.contradictions[0]?.current).toBe(true);
    expect(proposition?.positions.every((position) => !position.stale)).toBe(true);
  });

  test("a claim dated by a time goes stale at that time plus freshFor; one dated by a day lasts at least its day", () => {
    const hours = { attribute: "status", changes: "over-time", freshFor: "PT12H" } as const;
    const morning = makeClaim("m", label("open"), { ...hours, side: "russia", stated: "2025-01-01T06:00:00Z" });
    const evening = makeClaim("e", label("closed"), { ...hours, stated: "2025-01-01T20:00:00Z" });
    expect(compare(morning, evening).kind).toBe("progression");
    const day = makeClaim("d", label("open"), { ...hours, side: "russia", stated: "2025-01-01" });
    expect(compare(day, evening).kind).toBe("contradiction");
  });
});

describe("positions say what a side's claims say together", () => {
  test("the most specific of a side's fitting claims is its position, whatever the ids", () => {
    // Berlin, 21 Jan 2024: the organisers said "at least 10,000" and "350,000" the same day.
    for (const [floorId, figureId] of [
      ["a-floor", "b-figure"],
      ["b-floor", "a-figure"],
    ] as const) {
      const floor = makeClaim(floorId, quantity(10_000, { value: undefined, min: 10_000 }), { stated: "2024-01-21" });
      const figure = makeClaim(figureId, quantity(350_000), { stated: "2024-01-21" });
      const [proposition] = reconcile(corpusOf([floor, figure])).propositions;
      expect(proposition?.positions[0]).toMatchObject({ value: { kind: "quantity", value: 350_000 }, divided: false });
    }
  });

  test("fitting claims with no claim inside all others hold their intersection; a denial of something else leaves the assertion", () => {
    const floor = makeClaim("f", quantity(0, { value: undefined, min: 80_000 }), { stated: "2024-01-19" });
    const ceiling = makeClaim("c", quantity(0, { value: undefined, max: 100_000 }), { stated: "2024-01-19" });
    const [both] = reconcile(corpusOf([floor, ceiling])).propositions;
    expect(both?.positions[0]?.value).toEqual({ kind: "quantity", min: 80_000, max: 100_000 });
    const denial = makeClaim("d", quantity(50_000), { stated: "2024-01-19", stance: "denies" });
    const figure = makeClaim("a", quantity(80_000), { stated: "2024-01-19" });
    const [withDenial] = reconcile(corpusOf([denial, figure])).propositions;
    expect(withDenial?.positions[0]).toMatchObject({
      value: { kind: "quantity", value: 80_000 },
      stance: "asserts",
      divided: false,
    });
  });

  test("claims that contradict each other leave the side divided", () => {
    const a = makeClaim("a", quantity(130_000), { stated: "2024-01-19" });
    const b = makeClaim("b", quantity(50_000), { stated: "2024-01-19" });
    const [proposition] = reconcile(corpusOf([a, b])).propositions;
    expect(proposition?.positions[0]?.divided).toBe(true);
  });
});

describe("estimate bounds", () => {
  const estimate = { bounds: "estimate" } as const;
  const floor = (id: string, n: number, more: Partial<Claim> = {}): Claim =>
    makeClaim(id, { kind: "quantity", min: n }, { ...estimate, ...more });

  test("a lone ceiling reaches boundReach below its figure; a lone floor stays a floor", () => {
    // Analysts read "more than 900,000" as a floor 1.4 million respects (bench/judgement, rule 5),
    // and "up to 70,000" in a count as a high estimate, not every figure from zero (rule 3).
    const moreThan = floor("p", 900_000, { side: "russia" });
    expect(compare(moreThan, makeClaim("o", quantity(1_400_000), estimate)).kind).toBe("agreement");
    expect(compare(floor("p", 1000, { side: "russia" }), makeClaim("o", quantity(1200), estimate)).kind).toBe(
      "agreement",
    );
    const upTo = makeClaim("u", { kind: "quantity", max: 70_000 }, { ...estimate, side: "russia" });
    expect(compare(upTo, makeClaim("p", quantity(10_000, { approx: true }), estimate)).kind).toBe("contradiction");
    expect(compare(upTo, makeClaim("p", quantity(60_000), estimate)).kind).toBe("agreement");
    expect(compare(upTo, makeClaim("p", quantity(10_000, { approx: true }), estimate), { boundReach: 10 }).kind).toBe(
      "agreement",
    );
  });

  test("logical bounds and approximate bounds keep their sets", () => {
    const logical = makeClaim("l", { kind: "quantity", min: 900_000 }, { side: "russia" });
    expect(compare(logical, makeClaim("o", quantity(1_400_000))).kind).toBe("agreement");
    // "About 900,000 or more" reaches the tolerance above it, as it always did.
    const about = floor("a", 900_000, { side: "russia", value: { kind: "quantity", min: 900_000, approx: true } });
    expect(compare(about, makeClaim("o", quantity(1_400_000), estimate)).kind).toBe("contradiction");
    const upToAbout = makeClaim("u", { kind: "quantity", max: 70_000, approx: true }, { ...estimate, side: "russia" });
    expect(compare(upToAbout, makeClaim("p", quantity(58_000), estimate)).kind).toBe("contradiction");
  });

  test("boundReach is checked like the other options", () => {
    expect(() => compare(floor("a", 1), floor("b", 2), { boundReach: -1 })).toThrow(/boundReach/);
    expect(() => reconcile(corpusOf([floor("a", 1)]), { boundReach: Number.NaN })).toThrow(/boundReach/);
    expect(reconcile(corpusOf([floor("a", 1)]), { boundReach: 0.5 }).options.boundReach).toBe(0.5);
  });
});

describe("knownAt", () => {
  test("only claims from sources published by then count; the others go to later, and the option is recorded", () => {
    const corpus: Corpus = {
      ...corpusOf([]),
      sources: [
        { id: "early", outlet: "A", published: "2024-01-19", language: "de", translation: "none" },
        { id: "late", outlet: "B", published: "2024-02-08T09:00:00Z", language: "de", translation: "none" },
      ],
      claims: [
        makeClaim("police", quantity(50_000), { source: "early", side: "russia", stated: "2024-01-19" }),
        makeClaim("organisers", quantity(180_000), { source: "late", stated: "2024-01-19" }),
      ],
    };
    const then = reconcile(corpus, { knownAt: "2024-01-19" });
    expect(then.propositions[0]?.timeline).toEqual(["police"]);
    expect(then.later).toEqual(["organisers"]);
    expect(then.options.knownAt).toBe("2024-01-19");
    expect(reconcile(corpus, { knownAt: "2024-02-08" }).later).toEqual([]);
    expect(reconcile(corpus, { knownAt: "2024-02-08T08:59:00Z" }).later).toEqual(["organisers"]);
    expect(() => reconcile(corpus, { knownAt: "soon" })).toThrow(/knownAt/);
  });
});

describe("output", () => {
  test("bounds computed with tolerance are written without binary noise", () => {
    const a = makeClaim("a", quantity(100_000, { approx: true }));
    const b = makeClaim("b", quantity(100_000, { approx: true }), { side: "russia" });
    const [proposition] = reconcile(corpusOf([a, b])).propositions;
    expect(proposition?.consensus).toEqual({ kind: "quantity", min: 90_000, max: 110_000 });
  });
});

describe("restatements on over-time questions", () => {
  const hours = { attribute: "weekly-hours", changes: "over-time" } as const;
  test("an exact figure and a bound at that same figure both stand; another figure replaces", () => {
    const atLeast = makeClaim("a", { kind: "quantity", min: 555 }, { ...hours, stated: "2023-11-09" });
    const exactly = makeClaim("b", quantity(555), { ...hours, stated: "2023-11-14" });
    expect(compare(atLeast, exactly).kind).toBe("agreement");
    const [both] = reconcile(corpusOf([atLeast, exactly])).propositions;
    expect(both?.positions[0]).toMatchObject({ claims: ["a", "b"], value: { kind: "quantity", value: 555 } });
    const raised = makeClaim("c", quantity(100_000, { approx: true }), { ...hours, stated: "2024-01-21T18:00:00Z" });
    const floor = makeClaim("d", { kind: "quantity", min: 80_000 }, { ...hours, stated: "2024-01-21T14:00:00Z" });
    expect(compare(floor, raised)).toMatchObject({ kind: "supersession", newer: "c" });
    // A ceiling then a floor at one figure is a raise, not the same figure.
    const upTo = makeClaim("e", { kind: "quantity", max: 25_000 }, { ...hours, stated: "2024-01-20" });
    const plus = makeClaim("f", { kind: "quantity", min: 25_000 }, { ...hours, stated: "2024-01-21" });
    expect(compare(upTo, plus)).toMatchObject({ kind: "supersession", newer: "f" });
  });

  test("a later denial beside a fitting assertion stands with it; an assertion after a denial replaces it", () => {
    const demand = makeClaim("demand", quantity(35), { ...hours, stated: "2023-11-14" });
    const no37 = makeClaim("no37", quantity(37), { ...hours, stated: "2024-01-26", stance: "denies" });
    expect(compare(demand, no37)).toMatchObject({ kind: "agreement", reason: { code: "outside_denial" } });
    const [proposition] = reconcile(corpusOf([demand, no37])).propositions;
    expect(proposition?.positions[0]).toMatchObject({
      claims: ["demand", "no37"],
      value: { kind: "quantity", value: 35 },
      stance: "asserts",
    });
    const offer = makeClaim("offer", quantity(37), { ...hours, stated: "2024-01-19" });
    const rejects = makeClaim("rejects", quantity(35), { ...hours, stated: "2023-11-14", stance: "denies" });
    expect(compare(rejects, offer)).toMatchObject({ kind: "supersession", newer: "offer" });
  });
});

describe("explain knows stale positions", () => {
  test("a proposition whose other side went stale says who still speaks and whose word is stale", () => {
    const agreed = makeClaim("medinsky-0723", label("agreed"), {
      ...status,
      side: "russia",
      speaker: "medinsky",
      stated: "2025-07-23",
    });
    const activated = makeClaim("umerov-1115", label("activated"), { ...status, stated: "2025-11-15" });
    const corpus = corpusOf([agreed, activated]);
    const [proposition] = reconcile(corpus).propositions;
    expect(proposition && explain(proposition, corpus)).toBe(
      "pow-exchange/istanbul · status: only one side still speaks: Ukraine (Rustem Umerov, 15 Nov 2025) says “activated”; Russia (Vladimir Medinsky, 23 Jul 2025) said “agreed”, now stale.",
    );
  });
});

describe("a warning where freshFor is missing", () => {
  const base = {
    sides: [
      { id: "a", name: "A" },
      { id: "b", name: "B" },
    ],
    actors: [
      { id: "x", name: "X", side: "a" },
      { id: "y", name: "Y", side: "b" },
    ],
    sources: [{ id: "s", outlet: "O", published: "2025-01-01", language: "en" }],
  };
  const claims = [
    {
      id: "c1",
      speaker: "x",
      source: "s",
      stated: "2025-07-23",
      subject: "talks",
      attribute: "status",
      value: { kind: "label", value: "agreed" },
    },
    {
      id: "c2",
      speaker: "y",
      source: "s",
      stated: "2025-11-15",
      subject: "talks",
      attribute: "status",
      value: { kind: "label", value: "activated" },
    },
  ];

  test("an over-time attribute with several sides across months and no freshFor is warned about, at its declaration", () => {
    const result = parseCorpus({ ...base, attributes: [{ id: "status", changes: "over-time" }], claims });
    expect(result.ok).toBe(true);
    expect(result.warnings).toEqual([
      expect.objectContaining({
        path: ["attributes", 0],
        code: "no_fresh_for",
        attribute: "status",
        sides: 2,
        days: 115,
      }),
    ]);
  });

  test("no warning with a freshFor, with one side, or within two months", () => {
    expect(
      parseCorpus({ ...base, attributes: [{ id: "status", changes: "over-time", freshFor: "P30D" }], claims }).warnings,
    ).toEqual([]);
    const oneSide = claims.map((claim) => ({ ...claim, speaker: "x" }));
    expect(
      parseCorpus({ ...base, attributes: [{ id: "status", changes: "over-time" }], claims: oneSide }).warnings,
    ).toEqual([]);
    const soon = [claims[0], { ...claims[1], stated: "2025-08-30" }];
    expect(
      parseCorpus({ ...base, attributes: [{ id: "status", changes: "over-time" }], claims: soon }).warnings,
    ).toEqual([]);
  });
});
