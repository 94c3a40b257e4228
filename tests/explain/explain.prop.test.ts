import { test } from "@fast-check/vitest";
import { expect } from "vitest";
import { explain, indexCorpus, reconcile } from "../../src/index.js";
import { corpusArb } from "../../src/testing/index.js";

test.prop([corpusArb({ changes: "over-time" })], { numRuns: 100 })(
  "a proposition's sentence counts the earlier statements superseded, in the singular for one",
  (corpus) => {
    const index = indexCorpus(corpus);
    for (const proposition of reconcile(corpus).propositions) {
      const older = new Set(proposition.supersessions.map((link) => link.older)).size;
      const sentence = explain(proposition, index);
      if (older === 0) expect(sentence).not.toMatch(/superseded\.$/);
      else
        expect(sentence).toMatch(
          new RegExp(`; ${older} earlier ${older === 1 ? "statement was" : "statements were"} superseded\\.$`),
        );
    }
  },
);
