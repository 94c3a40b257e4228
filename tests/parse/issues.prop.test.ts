import { fc, test } from "@fast-check/vitest";
import { match } from "ts-pattern";
import { expect } from "vitest";
import { formatPath, type Issue, parseCorpus, type Warning } from "../../src/index.js";
import { corpusInputArb, corpusWithMistakeArb } from "../../src/testing/index.js";

/** Whether a value is JSON data as it is: no undefined, NaN, infinity, function, class or cycle. */
function isJson(value: unknown, depth = 0): boolean {
  if (depth > 20) return false;
  if (value === null || typeof value === "string" || typeof value === "boolean") return true;
  if (typeof value === "number") return Number.isFinite(value);
  if (Array.isArray(value)) return value.every((entry) => isJson(entry, depth + 1));
  if (typeof value !== "object" || Object.getPrototypeOf(value) !== Object.prototype) return false;
  return Object.values(value).every((entry) => isJson(entry, depth + 1));
}

/**
 * What of an issue's data its message must repeat: the texts and numbers it echoes from the input.
 * Exhaustive, so a new code does not compile until it says what its message names.
 */
function echoed(issue: Issue | Warning): readonly (string | number | boolean | null)[] {
  return (
    match(issue)
      .with({ code: "invalid_type" }, (it) => [it.given])
      .with({ code: "missing" }, () => [])
      .with({ code: "unknown_key" }, (it) => [it.key])
      .with({ code: "invalid_value" }, (it) => (it.given === undefined ? [] : [it.given]))
      .with({ code: "invalid_date" }, (it) => [it.given])
      .with({ code: "not_finite" }, (it) => [it.given])
      .with({ code: "negative_count" }, (it) => [it.given])
      .with({ code: "min_greater_than_max" }, (it) => [it.min, it.max])
      .with(
        { code: "value_and_range" },
        { code: "empty_quantity" },
        { code: "per_side_shape" },
        { code: "no_parties" },
        () => [],
      )
      .with({ code: "mixed_units" }, (it) => it.units.filter((unit): unit is string => unit !== null))
      .with({ code: "per_side_sides" }, (it) => [...it.missing.slice(0, 5), ...it.extra.slice(0, 5)])
      .with({ code: "unreadable_text" }, (it) => [it.given, it.language])
      .with({ code: "duplicate_id" }, (it) => [it.id, formatPath(it.first)])
      .with(
        { code: "unknown_side" },
        { code: "unknown_speaker" },
        { code: "unknown_actor" },
        { code: "unknown_source" },
        (it) => [it.given],
      )
      .with({ code: "ambiguous_alias" }, (it) => [it.alias])
      .with({ code: "unknown_claim" }, (it) => [it.given])
      .with({ code: "supersedes_self" }, (it) => [it.id])
      .with({ code: "supersedes_other_proposition" }, (it) => [
        it.given,
        it.proposition.subject,
        it.proposition.attribute,
        it.expected.subject,
        it.expected.attribute,
      ])
      // The count is named only when more claims are tied than the ring shown.
      .with({ code: "supersedes_cycle" }, (it) => [it.claims[0] ?? "", ...(it.count > it.length ? [it.count] : [])])
      .with({ code: "invalid_option" }, (it) => [it.option, it.given])
      .with({ code: "speaker_by_name_key" }, (it) => [it.given, it.actor])
      .with({ code: "figure_shape" }, (it) => [it.figure, it.language])
      .with({ code: "no_fresh_for" }, (it) => [it.attribute, it.sides, it.days])
      .exhaustive()
  );
}

/** Whether a message names a value: as it is, or JSON-escaped in quotes; a cut text by what was kept. */
function mentions(message: string, value: string | number | boolean | null): boolean {
  if (typeof value !== "string") return message.includes(String(value));
  const kept = value.endsWith("…") ? value.slice(0, -1) : value;
  return message.includes(kept) || message.includes(JSON.stringify(kept).slice(1, -1));
}

/** An issue without path, code and message: its data. */
function dataOf(issue: Issue | Warning): Record<string, unknown> {
  const { path: _path, code: _code, message: _message, ...data } = issue;
  return data;
}

function checkAll(result: ReturnType<typeof parseCorpus>): void {
  const all: (Issue | Warning)[] = [...(result.ok ? [] : result.errors), ...result.warnings];
  for (const issue of all) {
    expect(isJson(issue), JSON.stringify(issue)).toBe(true);
    for (const value of echoed(issue))
      expect(mentions(issue.message, value), `${issue.message} should name ${JSON.stringify(value)}`).toBe(true);
    // Bounded whatever the input holds: ten ids of 80 characters, three times over at most.
    expect(JSON.stringify(dataOf(issue)).length, issue.code).toBeLessThan(3000);
  }
}

const FIELDS = [
  "id",
  "name",
  "side",
  "role",
  "aliases",
  "speaker",
  "via",
  "source",
  "published",
  "language",
  "stated",
  "subject",
  "attribute",
  "value",
  "stance",
  "supersedes",
  "changes",
  "quote",
  "bogus",
] as const;

const junkArb = fc.oneof(
  fc.anything({ maxDepth: 2 }),
  fc.string(),
  fc.string({ unit: "grapheme", minLength: 90, maxLength: 300 }),
  fc.double(),
  fc.constantFrom("2025-02-30", "9999-12-31", "0100-01-01", "+010000-01-01", "umerov", "c1", "ukraine"),
  fc.record({
    kind: fc.constantFrom("quantity", "per-side", "date", "label", "number"),
    value: fc.anything({ maxDepth: 1 }),
  }),
);

/** A valid corpus input with a few fields set to anything at all. */
const mangledArb = fc
  .tuple(
    corpusInputArb({ minClaims: 1, maxClaims: 6 }),
    fc.array(
      fc.record({
        collection: fc.constantFrom("sides", "actors", "sources", "attributes", "claims"),
        index: fc.nat(),
        field: fc.constantFrom(...FIELDS),
        junk: junkArb,
      }),
      { minLength: 1, maxLength: 4 },
    ),
  )
  .map(([input, changes]) => {
    const copy = structuredClone(input) as unknown as Record<string, Record<string, unknown>[]>;
    for (const { collection, index, field, junk } of changes) {
      const list = copy[collection];
      if (!list || list.length === 0) continue;
      const element = list[index % list.length];
      if (element) element[field] = junk;
    }
    return copy;
  });

test.prop([corpusWithMistakeArb()])(
  "a planted mistake's issues are JSON data, bounded, and their messages name what they echo",
  (planted) => {
    checkAll(parseCorpus(planted.input));
  },
  60_000,
);

test.prop([mangledArb])(
  "so are the issues of a corpus with fields set to anything",
  (input) => {
    checkAll(parseCorpus(input));
  },
  60_000,
);

test.prop([fc.anything()])(
  "and of anything at all",
  (input) => {
    checkAll(parseCorpus(input));
  },
  60_000,
);
