import { fc, test } from "@fast-check/vitest";
import { describe, expect, test as plain } from "vitest";
import { parseCorpus } from "../../src/index.js";
import { corpusInputArb, corpusWithMistakeArb, PLANTABLE_CODES } from "../../src/testing/index.js";

describe("concord/testing arbitraries", () => {
  test.prop([corpusInputArb()])("corpusInputArb builds corpora parseCorpus accepts", (input) => {
    const result = parseCorpus(input);
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(result.ok && result.corpus.claims.length).toBe(input.claims.length);
  });

  /** The arbitrary's promise: the planted corpus is rejected with the planted code at a planted path. */
  const keepsPromise = ({
    input,
    mistake,
  }: {
    input: unknown;
    mistake: { code: string; path: readonly unknown[]; paths: readonly (readonly unknown[])[] };
  }) => {
    const result = parseCorpus(input);
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors;
    const reported = errors.filter((error) => error.code === mistake.code).map((error) => error.path);
    expect(mistake.paths).toContainEqual(mistake.path);
    expect(
      reported.some((path) => mistake.paths.some((accepted) => JSON.stringify(accepted) === JSON.stringify(path))),
    ).toBe(true);
  };

  // A plant that is no mistake in one corpus in a thousand still breaks its users' properties, so
  // the promise is held over many runs, not the usual few hundred.
  const many = { numRuns: Math.max(2000, Number(process.env["FC_RUNS"] ?? 0)) };

  test.prop([corpusWithMistakeArb()], many)(
    "parseCorpus reports a planted mistake's code at its path",
    keepsPromise,
    60_000,
  );

  test.prop([corpusWithMistakeArb({ codes: ["invalid_date"] })], many)(
    "a planted bad date is one in every source's language (16 May 2025 is a date in English)",
    keepsPromise,
    60_000,
  );

  test.prop([corpusWithMistakeArb({ codes: ["supersedes_cycle"] })])(
    "a supersedes cycle is reported once",
    ({ input, mistake }) => {
      const result = parseCorpus(input);
      const cycles = result.ok ? [] : result.errors.filter((error) => error.code === "supersedes_cycle");
      expect(cycles.length).toBe(mistake.code === "supersedes_cycle" ? 1 : 0);
    },
  );

  plain.each(PLANTABLE_CODES)("corpusWithMistakeArb can plant %s", (code) => {
    const planted = fc.sample(corpusWithMistakeArb({ codes: [code] }), { numRuns: 20, seed: 1 });
    expect(planted.map((candidate) => candidate.mistake.code)).toContain(code);
  });

  test.prop([corpusInputArb(), fc.nat(), fc.integer({ min: 2, max: 3 })])(
    "a supersedes issue is reported at its index in the input, even after a repeated entry",
    // A regression test: paths once indexed the de-duplicated list, not the input (seed 20250516,
    // claim c0 with supersedes ["no-such-claim", "no-such-claim", "also-missing"]).
    (input, pick, repeats) => {
      const index = pick % input.claims.length;
      const claims = input.claims.map((claim, i) =>
        i === index
          ? { ...claim, supersedes: [...Array<string>(repeats).fill("no-such-claim"), "also-missing"] }
          : claim,
      );
      const result = parseCorpus({ ...input, claims });
      expect(result.ok ? [] : result.errors).toContainEqual(
        expect.objectContaining({ code: "unknown_claim", path: ["claims", index, "supersedes", repeats] }),
      );
    },
  );
});
