import { expectTypeOf, test } from "vitest";
import { type Corpus, defineCorpus } from "../../src/index.js";

const base = {
  sides: [{ id: "ukraine" }, { id: "russia" }],
  actors: [
    { id: "umerov", side: "ukraine" },
    { id: "medinsky", side: "russia" },
  ],
  sources: [{ id: "s1", outlet: "Interfax-Ukraine", published: "2025-05-23", language: "en" }],
  attributes: [{ id: "agreed-size" }],
} as const;

test("a well-formed definition yields a Corpus", () => {
  const corpus = defineCorpus({
    ...base,
    claims: [
      {
        id: "c1",
        speaker: "umerov",
        source: "s1",
        subject: "pow-exchange/istanbul",
        attribute: "agreed-size",
        value: { kind: "per-side", each: { value: 1000 } },
      },
      {
        id: "c2",
        speaker: "medinsky",
        via: "umerov",
        side: "russia",
        source: "s1",
        subject: "pow-exchange/istanbul",
        attribute: "agreed-size",
        value: { kind: "quantity", value: 2000 },
        supersedes: ["c1"],
      },
    ],
  });
  expectTypeOf(corpus).toEqualTypeOf<Corpus>();
});

test("undeclared ids do not compile", () => {
  const claim = {
    id: "c1",
    source: "s1",
    subject: "pow-exchange/istanbul",
    attribute: "agreed-size",
    value: { kind: "label", value: "agreed" },
  } as const;
  // The same claim with declared ids compiles, so each error below is the one named.
  defineCorpus({ ...base, claims: [{ ...claim, speaker: "umerov" }] });
  // @ts-expect-error: "umerow" is not a declared actor
  defineCorpus({ ...base, claims: [{ ...claim, speaker: "umerow" }] });
  // @ts-expect-error: "nos" is not a declared source
  defineCorpus({ ...base, claims: [{ ...claim, speaker: "umerov", source: "nos" }] });
  // @ts-expect-error: "agreed-sise" is not a declared attribute
  defineCorpus({ ...base, claims: [{ ...claim, speaker: "umerov", attribute: "agreed-sise" }] });
  // @ts-expect-error: "usa" is not a declared side
  defineCorpus({ ...base, claims: [{ ...claim, speaker: "umerov", side: "usa" }] });
  // @ts-expect-error: "c0" is not a declared claim
  defineCorpus({ ...base, claims: [{ ...claim, speaker: "umerov", supersedes: ["c0"] }] });
  defineCorpus({
    ...base,
    // @ts-expect-error: an actor's side must be declared
    actors: [{ id: "fidan", side: "turkey" }],
    claims: [],
  });
  // @ts-expect-error: a value needs a known kind
  defineCorpus({ ...base, claims: [{ ...claim, speaker: "umerov", value: { kind: "number", value: 1 } }] });
  expectTypeOf(defineCorpus).returns.toEqualTypeOf<Corpus>();
});
