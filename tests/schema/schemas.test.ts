import { readFileSync } from "node:fs";
import { fc, test } from "@fast-check/vitest";
import Ajv2020 from "ajv/dist/2020";
import { describe, expect } from "vitest";
import { schemaFiles } from "../../scripts/schemas.js";
import { parseCorpus, Reconciliation, reconcile } from "../../src/index.js";
import { corpusArb, corpusInputArb } from "../../src/testing/index.js";

function read(path: string): string {
  return readFileSync(new URL(`../../${path}`, import.meta.url), "utf8");
}

const corpusSchema = JSON.parse(read("schema/corpus.schema.json")) as Record<string, unknown>;
const reconciliationSchema = JSON.parse(read("schema/reconciliation.schema.json")) as Record<string, unknown>;
const example: unknown = JSON.parse(read("examples/istanbul-2025/corpus.json"));

const ajv = new Ajv2020({ allErrors: true, strict: true });
const validateCorpus = ajv.compile(corpusSchema);
const validateReconciliation = ajv.compile(reconciliationSchema);

/** What a reconciliation looks like once written out as JSON and read back. */
function roundTrip(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}

function errorsOf(validate: typeof validateCorpus): string {
  return ajv.errorsText(validate.errors);
}

function parsed(input: unknown) {
  const result = parseCorpus(input);
  if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 2));
  return result.corpus;
}

/** A small valid corpus, to break one thing at a time. */
const minimal = {
  sides: [{ id: "ukraine" }, { id: "russia" }],
  actors: [{ id: "umerov", side: "ukraine" }],
  sources: [{ id: "s1", outlet: "Interfax-Ukraine", published: "2025-05-23", language: "en" }],
  claims: [
    {
      id: "c1",
      speaker: "Umerov",
      source: "s1",
      subject: "pow-exchange/istanbul",
      attribute: "agreed-size",
      value: { kind: "per-side", each: { value: 1000 } },
    },
  ],
};
type Claim = (typeof minimal.claims)[number];
function withClaim(change: (claim: Record<string, unknown>) => void): unknown {
  const claim: Record<string, unknown> = structuredClone(minimal.claims[0] as Claim);
  change(claim);
  return { ...minimal, claims: [claim] };
}

describe("the committed schema files", () => {
  test("match what the generator writes", () => {
    for (const [path, text] of Object.entries(schemaFiles())) {
      expect(read(path), `${path} is stale: run \`npm run schemas\``).toBe(text);
    }
  });

  test("name themselves and the shape they describe", () => {
    expect(corpusSchema["$schema"]).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(corpusSchema["$id"]).toMatch(/\/corpus\.schema\.json$/);
    expect(corpusSchema["title"]).toBe("concord corpus");
    expect(reconciliationSchema["$id"]).toMatch(/\/reconciliation\.schema\.json$/);
    expect(reconciliationSchema["title"]).toBe("concord reconciliation");
  });
});

describe("corpus.schema.json", () => {
  test("accepts the Istanbul corpus, which points at it", () => {
    expect((example as { $schema?: unknown }).$schema).toBe("../../schema/corpus.schema.json");
    expect(validateCorpus(example), errorsOf(validateCorpus)).toBe(true);
  });

  test("accepts values and dates written as words", () => {
    const corpus = withClaim((claim) => {
      claim["value"] = { text: "about 1,200 people on each side" };
      claim["stated"] = "am 15. November";
    });
    expect(validateCorpus(corpus), errorsOf(validateCorpus)).toBe(true);
  });

  test.prop([corpusInputArb()])("accepts every corpus corpusInputArb builds", (input) => {
    expect(validateCorpus(roundTrip(input)), errorsOf(validateCorpus)).toBe(true);
  });

  test.each([
    ["an unknown key", withClaim((claim) => void (claim["speeker"] = "umerov")), "must NOT have additional properties"],
    ["an unknown top-level key", { ...minimal, claimz: [] }, "must NOT have additional properties"],
    [
      "a value of an unknown kind",
      withClaim((claim) => void (claim["value"] = { kind: "percentage", value: 5 })),
      "must match",
    ],
    [
      "stance maybe",
      withClaim((claim) => void (claim["stance"] = "maybe")),
      "must be equal to one of the allowed values",
    ],
    ["a missing speaker", withClaim((claim) => void delete claim["speaker"]), "must have required property 'speaker'"],
    [
      "a count given as words in a tagged value",
      withClaim((claim) => void (claim["value"] = { kind: "quantity", value: "1000" })),
      "must be number",
    ],
    [
      "a date not written YYYY-MM-DD",
      withClaim((claim) => void (claim["value"] = { kind: "date", value: "11.12.2025" })),
      "must match pattern",
    ],
  ])("rejects %s", (_, corpus, message) => {
    expect(validateCorpus(corpus)).toBe(false);
    expect(errorsOf(validateCorpus)).toContain(message);
    // The schema and parseCorpus agree on what is wrong with these.
    expect(parseCorpus(corpus).ok).toBe(false);
  });

  test("the $schema key is accepted by parseCorpus, not reported as an unknown key", () => {
    const result = parseCorpus({ $schema: "./node_modules/concord/schema/corpus.schema.json", ...minimal });
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(parsed(example).claims.length).toBe(70);
  });
});

describe("reconciliation.schema.json", () => {
  test("describes the reconciliation of the Istanbul corpus, with and without asOf", () => {
    const corpus = parsed(example);
    for (const picture of [reconcile(corpus), reconcile(corpus, { asOf: "2025-12-11" })]) {
      expect(validateReconciliation(roundTrip(picture)), errorsOf(validateReconciliation)).toBe(true);
      expect(Reconciliation.safeParse(roundTrip(picture)).success).toBe(true);
    }
  });

  test.prop([corpusArb(), fc.option(fc.constantFrom("2025-05-23", "2025-11-15T12:00:00+03:00"), { nil: undefined })], {
    numRuns: 100,
  })("describes every reconciliation of a generated corpus", (corpus, asOf) => {
    const picture = roundTrip(reconcile(corpus, asOf === undefined ? {} : { asOf }));
    expect(validateReconciliation(picture), errorsOf(validateReconciliation)).toBe(true);
    expect(Reconciliation.parse(picture)).toEqual(picture);
  });

  test("rejects a proposition with a status it does not know", () => {
    const picture = roundTrip(reconcile(parsed(minimal))) as { propositions: { status: string }[] };
    expect(validateReconciliation(picture)).toBe(true);
    (picture.propositions[0] as { status: string }).status = "settled";
    expect(validateReconciliation(picture)).toBe(false);
    expect(errorsOf(validateReconciliation)).toContain("must be equal to one of the allowed values");
  });
});
