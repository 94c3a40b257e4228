import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { reconcile, toText } from "../../src/index.js";
import { corpusArb } from "../../src/testing/index.js";

const s = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

test.prop([corpusArb(), fc.option(fc.constantFrom("2025-06-01", "2025-09-01", "2026-01-01"), { nil: undefined })])(
  "the text report's first line counts the claims shown, their sources, the questions and each status",
  (corpus, asOf) => {
    const picture = reconcile(corpus, asOf === undefined ? undefined : { asOf });
    const shown = picture.propositions.flatMap((proposition) => proposition.timeline);
    const sources = new Set(shown.map((id) => corpus.claims.find((claim) => claim.id === id)?.source));
    const status = (name: string) => picture.propositions.filter((proposition) => proposition.status === name).length;
    const first = toText(picture, corpus, { width: 1000 }).split("\n")[0];
    expect(first).toBe(
      `${s(shown.length, "claim")} from ${s(sources.size, "source")} on ${s(picture.propositions.length, "question")}: ` +
        `${status("contested")} contested, ${status("consensus")} with consensus, ${status("one-sided")} one-sided`,
    );
  },
);
