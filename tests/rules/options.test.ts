import { describe, expect, test } from "vitest";
import { ConcordError, compare, parseCorpus, reconcile } from "../../src/index.js";
import { MOST_DATE_TOLERANCE } from "../../src/rules/options.js";
import { smallCorpus } from "../fixtures.js";

function corpusOf() {
  const result = parseCorpus(smallCorpus());
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.corpus;
}

describe("dateTolerance is bounded", () => {
  const corpus = corpusOf();
  const [a, b] = corpus.claims;

  test.each([1e8, 3_650_001, Number.POSITIVE_INFINITY, Number.NaN, -1, 2.5])(
    "%s days is an invalid_option naming it",
    (dateTolerance) => {
      const attempt = () => reconcile(corpus, { dateTolerance });
      expect(attempt).toThrow(ConcordError);
      try {
        attempt();
      } catch (error) {
        const issue = error instanceof ConcordError ? error.issues[0] : undefined;
        expect(issue).toMatchObject({ path: ["dateTolerance"], code: "invalid_option", option: "dateTolerance" });
        expect(issue?.message).toContain(String(dateTolerance));
        expect(issue?.code === "invalid_option" && issue.given).toBe(
          Number.isFinite(dateTolerance) ? dateTolerance : String(dateTolerance),
        );
      }
      if (a && b) expect(() => compare(a, b, { dateTolerance })).toThrow(ConcordError);
    },
  );

  test("3,650,000 days, the documented most, is accepted", () => {
    expect(MOST_DATE_TOLERANCE).toBe(3_650_000);
    expect(reconcile(corpus, { dateTolerance: 3_650_000 }).options.dateTolerance).toBe(3_650_000);
  });
});
