import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { ClaimInput } from "../../src/index.js";
import { MomentCache } from "../../src/parse/momentCache.js";
import { wellFormedClaim } from "../../src/parse/readClaim.js";

/** The fields parseCorpus takes from a well-formed claim: as written, stance defaulting to "asserts". */
const fieldsOf = (claim: { stance?: unknown }) => ({ ...claim, stance: claim.stance ?? "asserts" });

// Fields that are right, nearly right or wrong, so the fast reader meets every kind of input.
const name = fc.oneof(
  fc.constantFrom("c1", "umerov", "s1", "pow-exchange/istanbul", "agreed-size"),
  fc.constant(""),
  fc.string(),
);
const count = fc.oneof(fc.nat(2000), fc.constant(-1), fc.double(), fc.constant(Number.NaN), fc.constant("12"));
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const body = fc.record(
  {
    value: count,
    min: count,
    max: count,
    approx: fc.oneof(fc.boolean(), fc.constant("yes")),
    unit: name,
    extra: fc.anything(),
  },
  { requiredKeys: [] },
);
const day = fc.oneof(fc.constantFrom("2025-12-11", "2025-02-29", "2024-02-29", "2025-13-01", "11 Dec"), fc.string());
const value = fc.oneof(
  body.map((b) => ({ kind: "quantity", ...b })),
  fc.record(
    {
      kind: fc.constant("per-side"),
      each: body,
      bySide: fc.dictionary(fc.constantFrom("ukraine", "russia", ""), body),
    },
    { requiredKeys: ["kind"] },
  ),
  fc.record({ kind: fc.constant("label"), value: name }),
  fc.record(
    { kind: fc.constant("date"), value: day, min: day, max: day, approx: fc.boolean() },
    { requiredKeys: ["kind"] },
  ),
  fc.record({ kind: fc.string() }),
  fc.anything(),
);
const claim = fc.record(
  {
    id: name,
    speaker: name,
    source: name,
    subject: name,
    attribute: name,
    value,
    stated: maybe(fc.oneof(day, fc.constant("2025-05-23T18:12:00+03:00"))),
    stance: maybe(fc.constantFrom("asserts", "denies", "doubts")),
    quote: maybe(fc.oneof(fc.string(), fc.nat())),
    via: maybe(name),
    side: maybe(name),
    note: maybe(fc.string()),
    supersedes: maybe(fc.array(name, { maxLength: 3 })),
    speeker: fc.string(),
  },
  { requiredKeys: [] },
);

const wellFormed = [
  {
    id: "c1",
    speaker: "umerov",
    source: "s1",
    subject: "p",
    attribute: "a",
    value: { kind: "quantity", value: 390, unit: "person" },
  },
  {
    id: "c2",
    speaker: "Umjerow",
    source: "s1",
    subject: "p",
    attribute: "a",
    stated: "2025-11-15",
    stance: "denies",
    value: { kind: "per-side", each: { value: 1200, approx: true } },
  },
  {
    id: "c3",
    speaker: "x",
    source: "s1",
    subject: "p",
    attribute: "a",
    supersedes: ["c1"],
    value: { kind: "per-side", bySide: { ukraine: { value: 1 }, russia: { value: 2 } } },
  },
  {
    id: "c4",
    speaker: "x",
    source: "s1",
    subject: "p",
    attribute: "a",
    value: { kind: "date", min: "2025-12-01", max: "2025-12-11" },
  },
  {
    id: "c5",
    speaker: "x",
    source: "s1",
    subject: "p",
    attribute: "a",
    value: { kind: "label", value: "stalled" },
    quote: "…",
    via: "y",
    side: "ukraine",
    note: "n",
  },
];

/** Every object and array in `x`, for checking that none is shared. */
function objectsIn(x: unknown, found: object[] = []): object[] {
  if (typeof x !== "object" || x === null) return found;
  found.push(x);
  for (const value of Object.values(x)) objectsIn(value, found);
  return found;
}

test.prop([fc.oneof(claim, fc.constantFrom(...wellFormed))])(
  "the fast claim check accepts only what zod accepts, reads it as zod does, and shares nothing with it",
  (input) => {
    const fast = wellFormedClaim(input, new MomentCache());
    const slow = ClaimInput.safeParse(input);
    if (fast !== undefined) {
      expect(slow.success).toBe(true);
      expect(fieldsOf(fast)).toEqual(slow.data);
      const kept = new Set(objectsIn(fast));
      for (const object of objectsIn(input)) expect(kept.has(object)).toBe(false);
    } else {
      expect(fast).toBeUndefined();
    }
  },
);

test.prop([fc.constantFrom(...wellFormed)])("well-formed claims take the fast path", (input) => {
  const fast = wellFormedClaim(input, new MomentCache());
  expect(fast).toEqual(input);
  expect(fieldsOf(input)).toEqual(ClaimInput.parse(input));
});
