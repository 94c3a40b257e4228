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

  test.prop([corpusWithMistakeArb()])("parseCorpus reports a planted mistake's code at its path", ({ input, mistake }) => {
    const result = parseCorpus(input);
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors;
    const reported = errors.filter((error) => error.code === mistake.code).map((error) => error.path);
    expect(mistake.paths).toContainEqual(mistake.path);
    expect(reported.some((path) => mistake.paths.some((accepted) => JSON.stringify(accepted) === JSON.stringify(path)))).toBe(true);
  });

  test.prop([corpusWithMistakeArb({ codes: ["supersedes_cycle"] })])("a supersedes cycle is reported once", ({ input, mistake }) => {
    const result = parseCorpus(input);
    const cycles = result.ok ? [] : result.errors.filter((error) => error.code === "supersedes_cycle");
    expect(cycles.length).toBe(mistake.code === "supersedes_cycle" ? 1 : 0);
  });

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
        i === index ? { ...claim, supersedes: [...Array<string>(repeats).fill("no-such-claim"), "also-missing"] } : claim,
      );
      const result = parseCorpus({ ...input, claims });
      expect(result.ok ? [] : result.errors).toContainEqual(
        expect.objectContaining({ code: "unknown_claim", path: ["claims", index, "supersedes", repeats] }),
      );
    },
  );
});
