import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import {
  type Claim,
  type Corpus,
  compare,
  type Issue,
  type IssueCode,
  type Proposition,
  parseCorpus,
  type ReconcileOptions,
  reconcile,
  type Value,
} from "../../src/index.js";
import { corpusArb, corpusInputArb, valueArb } from "../../src/testing/index.js";

const DAY_MS = 86_400_000;

/** A corpus and the same corpus with its claims in another order. */
const shuffledArb = corpusArb().chain((corpus) =>
  fc
    .shuffledSubarray([...corpus.claims], { minLength: corpus.claims.length, maxLength: corpus.claims.length })
    .map((claims): [Corpus, Corpus] => [corpus, { ...corpus, claims }]),
);

/** An `asOf` bound: a date (the whole day counts) or a date-time, around the corpus dates. */
const asOfArb = fc.oneof(
  fc
    .integer({ min: 0, max: 240 })
    .map((days) => new Date(Date.UTC(2025, 4, 1) + days * DAY_MS).toISOString().slice(0, 10)),
  fc
    .integer({ min: 0, max: 240 * 24 })
    .map((hours) => new Date(Date.UTC(2025, 4, 1) + hours * 3_600_000).toISOString()),
  fc.constantFrom("2025-05-16", "2025-05-17", "2025-05-23", "2025-06-02", "2025-07-23", "2025-12-11"),
);

const optionsArb: fc.Arbitrary<ReconcileOptions> = fc.record(
  {
    asOf: asOfArb,
    maxContradictions: fc.nat({ max: 3 }),
    tolerance: fc.constantFrom(0, 0.05, 0.1, 0.2),
    dateTolerance: fc.constantFrom(0, 3, 7),
  },
  { requiredKeys: [] },
);

/** The last moment `asOf` admits, computed here independently of the library. */
function endOf(asOf: string): number {
  return /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? Date.parse(`${asOf}T00:00:00Z`) + DAY_MS - 1 : Date.parse(asOf);
}

function claimsById(corpus: Corpus): Map<string, Claim> {
  return new Map(corpus.claims.map((claim) => [claim.id, claim]));
}

function get(byId: ReadonlyMap<string, Claim>, id: string): Claim {
  const claim = byId.get(id);
  if (!claim) throw new Error(`no claim ${id}`);
  return claim;
}

/** Whether the links newer → older of every proposition form a cycle. */
function hasCycle(propositions: readonly Proposition[]): boolean {
  const edges = new Map<string, string[]>();
  for (const proposition of propositions) {
    for (const { newer, older } of proposition.supersessions) edges.set(newer, [...(edges.get(newer) ?? []), older]);
  }
  const state = new Map<string, "open" | "done">();
  const visit = (id: string): boolean => {
    if (state.get(id) === "done") return false;
    if (state.get(id) === "open") return true;
    state.set(id, "open");
    const found = (edges.get(id) ?? []).some(visit);
    state.set(id, "done");
    return found;
  };
  return [...edges.keys()].some(visit);
}

/** The corpus with every attribute changing over time. */
function overTime(corpus: Corpus): Corpus {
  return {
    ...corpus,
    attributes: corpus.attributes.map((attribute) => ({ ...attribute, changes: "over-time" })),
    claims: corpus.claims.map((claim) => ({ ...claim, changes: "over-time" })),
  };
}

/** A value whose `bySide` (generated for ukraine and russia) names the given parties instead. */
function forParties(value: Value, parties: readonly string[]): Value {
  if (value.kind !== "per-side" || value.bySide === undefined) return value;
  const bodies = Object.values(value.bySide);
  return {
    kind: "per-side",
    bySide: Object.fromEntries(parties.map((party, index) => [party, bodies[index % bodies.length] ?? {}])),
  };
}

const CODES = {
  invalid_type: true,
  missing: true,
  unknown_key: true,
  invalid_value: true,
  invalid_date: true,
  not_finite: true,
  negative_count: true,
  min_greater_than_max: true,
  value_and_range: true,
  empty_quantity: true,
  mixed_units: true,
  per_side_sides: true,
  per_side_shape: true,
  no_parties: true,
  unreadable_text: true,
  duplicate_id: true,
  unknown_side: true,
  unknown_speaker: true,
  unknown_actor: true,
  unknown_source: true,
  ambiguous_alias: true,
  unknown_claim: true,
  supersedes_self: true,
  supersedes_other_proposition: true,
  supersedes_cycle: true,
  invalid_option: true,
} satisfies Record<IssueCode, true>;
const KNOWN_CODES: ReadonlySet<string> = new Set(Object.keys(CODES));

function expectWellFormed(errors: readonly Issue[]): void {
  expect(errors.length).toBeGreaterThan(0);
  for (const error of errors) {
    expect(Array.isArray(error.path)).toBe(true);
    for (const key of error.path) expect(["string", "number"]).toContain(typeof key);
    expect(KNOWN_CODES.has(error.code)).toBe(true);
    expect(typeof error.message === "string" && error.message.length > 0).toBe(true);
  }
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path to a node of a JSON tree, the root excluded. */
function pathsOf(node: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(node))
    return node.flatMap((child, index) => [[...prefix, index], ...pathsOf(child, [...prefix, index])]);
  if (node !== null && typeof node === "object") {
    return Object.entries(node).flatMap(([key, child]) => [[...prefix, key], ...pathsOf(child, [...prefix, key])]);
  }
  return [];
}

/** A copy of `root` with the node at `path` replaced by `replacement`, or removed when it is undefined. */
function replaced(root: unknown, path: readonly (string | number)[], replacement: Json | undefined): unknown {
  const copy: unknown = structuredClone(root);
  let node: unknown = copy;
  for (const key of path.slice(0, -1)) node = (node as Record<string | number, unknown>)[key];
  const last = path[path.length - 1];
  if (last === undefined || node === null || typeof node !== "object") return copy;
  if (replacement !== undefined) (node as Record<string | number, unknown>)[last] = replacement;
  else if (Array.isArray(node) && typeof last === "number") node.splice(last, 1);
  else delete (node as Record<string | number, unknown>)[last];
  return copy;
}

describe("reconcile", () => {
  test.prop([shuffledArb])("does not depend on the order of the claims", ([corpus, shuffled]) => {
    expect(JSON.stringify(reconcile(shuffled))).toBe(JSON.stringify(reconcile(corpus)));
  });

  test.prop([shuffledArb, optionsArb])(
    "does not depend on the order of the claims, whatever the options",
    ([corpus, shuffled], options) => {
      expect(JSON.stringify(reconcile(shuffled, options))).toBe(JSON.stringify(reconcile(corpus, options)));
    },
  );

  test.prop([corpusArb(), fc.boolean()])(
    "a proposition of several sides is contested exactly when some listed contradiction is current, and a current one joins two current groups",
    (input, changing) => {
      const corpus = changing ? overTime(input) : input;
      for (const proposition of reconcile(corpus).propositions) {
        if (proposition.contradictionsTruncated) continue;
        const current = proposition.contradictions.filter((contradiction) => contradiction.current);
        // One side alone that still speaks and contradicts itself is one-sided, its position divided.
        const fresh = proposition.positions.filter((position) => !position.stale);
        if (proposition.status === "one-sided") expect(current.length === 0 || fresh[0]?.divided === true).toBe(true);
        else expect(proposition.status === "contested").toBe(current.length > 0);
        const live = new Set(proposition.current);
        for (const contradiction of current) {
          for (const group of contradiction.groups) {
            expect(proposition.groups[group]?.claims.some((id) => live.has(id))).toBe(true);
          }
          expect(contradiction.until).toBeUndefined();
        }
      }
    },
  );

  test.prop([corpusArb()])("loses no claim: every claim is in exactly one proposition's timeline", (corpus) => {
    const { propositions, later } = reconcile(corpus);
    const seen = propositions.flatMap((proposition) => proposition.timeline);
    expect(later).toEqual([]);
    expect([...seen].sort()).toEqual(corpus.claims.map((claim) => claim.id).sort());
    for (const proposition of propositions) {
      for (const id of proposition.timeline) {
        const claim = corpus.claims.find((candidate) => candidate.id === id);
        expect(claim && [claim.subject, claim.attribute]).toEqual([proposition.subject, proposition.attribute]);
      }
    }
  });

  test.prop([corpusArb()])(
    "every explicit supersedes is a link, and time links run from the earlier claim to the later",
    (corpus) => {
      const { propositions } = reconcile(corpus);
      const byId = claimsById(corpus);
      const links = propositions.flatMap((proposition) => proposition.supersessions);
      for (const claim of corpus.claims) {
        for (const older of claim.supersedes) {
          expect(links).toContainEqual(
            expect.objectContaining({ newer: claim.id, older, reason: { code: "named_in_supersedes" } }),
          );
        }
      }
      for (const link of links) {
        const newer = get(byId, link.newer);
        const older = get(byId, link.older);
        if (link.reason.code === "named_in_supersedes") expect(newer.supersedes).toContain(older.id);
        else {
          expect(newer.moment).toBeGreaterThan(older.moment);
          expect([newer.side, newer.changes]).toEqual([older.side, "over-time"]);
        }
      }
    },
  );

  test.prop([corpusArb(), fc.boolean()])(
    "a claim no claim names is superseded by time by exactly its side's first later claim that says otherwise",
    (input, changing) => {
      const corpus = changing ? overTime(input) : input;
      const byId = claimsById(corpus);
      const named = new Set(corpus.claims.flatMap((claim) => claim.supersedes));
      const key = (link: { newer: string; older: string }): string => `${link.newer} ${link.older}`;
      for (const proposition of reconcile(corpus).propositions) {
        const expected: string[] = [];
        if (proposition.changes === "over-time") {
          // The rule claim by claim, over every pair: no batches, no waiting lists.
          const unnamed = proposition.timeline.map((id) => get(byId, id)).filter((claim) => !named.has(claim.id));
          for (const older of unnamed) {
            const newer = unnamed.find(
              (claim) =>
                claim.side === older.side &&
                claim.moment > older.moment &&
                compare(claim, older).kind === "supersession",
            );
            if (newer) expected.push(key({ newer: newer.id, older: older.id }));
          }
        }
        const actual = proposition.supersessions.filter((link) => link.reason.code === "later_statement").map(key);
        expect(actual.sort()).toEqual(expected.sort());
      }
    },
  );

  test.prop([corpusArb(), fc.boolean()])("supersession links never form a cycle", (corpus, changing) => {
    const { propositions } = reconcile(changing ? overTime(corpus) : corpus);
    expect(hasCycle(propositions)).toBe(false);
  });

  test.prop([corpusArb()])("a consensus fits every current claim", (corpus) => {
    const byId = claimsById(corpus);
    const { propositions } = reconcile(corpus);
    for (const proposition of propositions) {
      if (proposition.consensus === undefined) {
        expect(proposition.consensus).toBeUndefined();
        continue;
      }
      // Plain data: no field left undefined, nothing JSON would drop.
      expect(JSON.parse(JSON.stringify(proposition.consensus))).toStrictEqual(proposition.consensus);
      // The claims the sides that still speak speak through: stale ones do not count.
      for (const id of proposition.positions
        .filter((position) => !position.stale)
        .flatMap((position) => position.claims)) {
        const claim = get(byId, id);
        // A side no claim has, so compare does not apply the time rule to the synthetic claim.
        const consensus: Claim = {
          ...claim,
          id: "__consensus__",
          side: "__consensus__",
          value: proposition.consensus,
          stance: "asserts",
          supersedes: [],
        };
        expect({ claim: id, kind: compare(consensus, claim).kind }).toEqual({ claim: id, kind: "agreement" });
      }
    }
  });

  test.prop([corpusArb()])("a consensus is never contested", (corpus) => {
    for (const proposition of reconcile(corpus).propositions) {
      expect(proposition.consensus === undefined || proposition.status !== "contested").toBe(true);
    }
  });

  test.prop([corpusArb()])(
    'status is "one-sided" exactly when one side holds a position that is not stale',
    (corpus) => {
      for (const proposition of reconcile(corpus).propositions) {
        expect(proposition.positions.length).toBeGreaterThanOrEqual(1);
        const fresh = proposition.positions.filter((position) => !position.stale);
        // The latest claim is never stale at its own moment: some side always still speaks.
        expect(fresh.length).toBeGreaterThanOrEqual(1);
        expect(proposition.status === "one-sided").toBe(fresh.length === 1);
        if (proposition.status === "one-sided") expect(proposition.consensus).toBeUndefined();
        expect(new Set(proposition.positions.map((position) => position.side)).size).toBe(proposition.positions.length);
      }
    },
  );

  test.prop([
    corpusArb({ changes: "over-time" }),
    fc.nat(),
    fc.nat(),
    valueArb(),
    fc.boolean(),
    fc.integer({ min: 1, max: 30 }),
  ])(
    "a side's later claim on an over-time attribute becomes its position",
    (corpus, pickClaim, pickSide, value, denies, days) => {
      const template = corpus.claims[pickClaim % corpus.claims.length] as Claim;
      const sides = corpus.sides.map((side) => side.id);
      const side = sides[pickSide % sides.length] as string;
      const last = Math.max(...corpus.claims.map((claim) => claim.moment));
      const moment = last + days * DAY_MS;
      const latest: Claim = {
        ...template,
        id: "__later__",
        side,
        stated: new Date(moment).toISOString(),
        moment,
        value: forParties(value, template.parties),
        stance: denies ? "denies" : "asserts",
        supersedes: [],
      };
      const { propositions } = reconcile({ ...corpus, claims: [...corpus.claims, latest] });
      const proposition = propositions.find(
        (candidate) => candidate.subject === template.subject && candidate.attribute === template.attribute,
      );
      const position = proposition?.positions.find((candidate) => candidate.side === side);
      expect(position?.claims).toContain(latest.id);
      expect(position?.stale).toBe(false);
      // Alone unless an earlier claim of the side says the same figure or a fitting denial beside it.
      if (position?.claims.length === 1) {
        expect(position.value).toEqual(latest.value);
        expect(position.stance).toBe(latest.stance);
      }
      expect(proposition?.current).toContain(latest.id);
    },
  );

  test.prop([corpusArb(), asOfArb])("asOf counts only claims stated on or before it", (corpus, asOf) => {
    const end = endOf(asOf);
    const { propositions, later, options } = reconcile(corpus, { asOf });
    const echoed = options.asOf;
    const byId = claimsById(corpus);
    const counted = propositions.flatMap((proposition) => proposition.timeline);
    expect(echoed).toBe(asOf);
    for (const id of counted) expect(get(byId, id).moment).toBeLessThanOrEqual(end);
    for (const id of later) expect(get(byId, id).moment).toBeGreaterThan(end);
    expect([...counted, ...later].sort()).toEqual(corpus.claims.map((claim) => claim.id).sort());
  });

  test.prop([corpusArb(), fc.nat({ max: 4 })])(
    "contradictions are capped at maxContradictions, earliest first",
    (corpus, cap) => {
      const all = reconcile(corpus).propositions;
      const capped = reconcile(corpus, { maxContradictions: cap }).propositions;
      expect(capped.length).toBe(all.length);
      all.forEach((full, index) => {
        const some = capped[index] as Proposition;
        expect(some.contradictions.length).toBeLessThanOrEqual(cap);
        if (some.contradictionsTruncated) expect(some.contradictions.length).toBe(cap);
        expect(some.contradictionsTruncated).toBe(full.contradictions.length > cap);
        expect(some.contradictions).toEqual(full.contradictions.slice(0, cap));
      });
    },
  );

  // Up to 60 claims, so some propositions have more distinct statements than a scan serves.
  test.prop([corpusArb({ minClaims: 8, maxClaims: 60, changes: "never" })])(
    "a side is divided exactly when two of its current claims contradict each other",
    (corpus) => {
      const byId = claimsById(corpus);
      for (const proposition of reconcile(corpus).propositions) {
        for (const position of proposition.positions) {
          const claims = position.claims.map((id) => get(byId, id));
          const clash = claims.some((a, i) => claims.some((b, j) => j < i && compare(a, b).kind === "contradiction"));
          expect({ side: position.side, divided: position.divided }).toEqual({ side: position.side, divided: clash });
        }
      }
    },
  );

  test.prop([corpusArb(), fc.boolean()])(
    "every listed contradiction is between claims that contradict",
    (corpus, changing) => {
      const subject = changing ? overTime(corpus) : corpus;
      const byId = claimsById(subject);
      for (const proposition of reconcile(subject).propositions) {
        for (const contradiction of proposition.contradictions) {
          const a = get(byId, contradiction.a);
          const b = get(byId, contradiction.b);
          expect(a.moment).toBeLessThanOrEqual(b.moment);
          // Claims of one side on an over-time attribute meet compare's time rule (a later, different
          // statement supersedes); they can still both stand when an explicit supersedes took the
          // earlier one out of the time rule, or they were stated at one moment. Their statements are
          // what contradict, so compare them as if a different side had made the later one.
          const other: Claim = a.side === b.side && a.changes === "over-time" ? { ...b, side: `${b.side}/other` } : b;
          expect({ a: a.id, b: b.id, kind: compare(a, other).kind }).toEqual({
            a: a.id,
            b: b.id,
            kind: "contradiction",
          });
        }
      }
    },
  );
});

describe("parseCorpus on arbitrary input", () => {
  test.prop([fc.jsonValue()])("never throws, and reports well-formed issues", (input) => {
    const result = parseCorpus(input);
    if (result.ok) expect(result.corpus.claims).toBeInstanceOf(Array);
    else expectWellFormed(result.errors);
  });

  test.prop([
    fc.record(
      {
        sides: fc.jsonValue(),
        actors: fc.jsonValue(),
        sources: fc.jsonValue(),
        attributes: fc.jsonValue(),
        claims: fc.jsonValue(),
      },
      { requiredKeys: [] },
    ),
  ])("never throws on corpus-shaped nonsense", (input) => {
    const result = parseCorpus(input);
    if (result.ok) expect(result.corpus.claims).toBeInstanceOf(Array);
    else expectWellFormed(result.errors);
  });

  const replacementArb: fc.Arbitrary<Json | undefined> = fc.oneof(
    fc.constant(undefined),
    fc.jsonValue() as fc.Arbitrary<Json>,
    fc.constantFrom<Json>("", -1, 0, 1.5, "2025-02-30", null, [], {}, "umerov", "c0", "src-0", "over-time", "denies", {
      kind: "label",
    }),
  );
  test.prop([corpusInputArb(), fc.array(fc.tuple(fc.nat(), replacementArb), { minLength: 1, maxLength: 3 })])(
    "never throws on a valid corpus with a few fields replaced or removed",
    (input, mutations) => {
      let mutated: unknown = input;
      for (const [pick, replacement] of mutations) {
        const paths = pathsOf(mutated);
        const path = paths[pick % Math.max(paths.length, 1)];
        if (path) mutated = replaced(mutated, path, replacement);
      }
      const result = parseCorpus(mutated);
      if (result.ok) expect(result.corpus.claims.length).toBeLessThanOrEqual(input.claims.length);
      else expectWellFormed(result.errors);
    },
  );
});
