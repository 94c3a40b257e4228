import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { describeAgainst } from "../../src/explain/describeValue.js";
import {
  compare,
  explain,
  indexCorpus,
  type ReconcileOptions,
  reconcile,
  toHtml,
  toMarkdown,
  toText,
} from "../../src/index.js";
import { escapeHtml } from "../../src/report/html/escape.js";
import { escapeMarkdown } from "../../src/report/markdown/escape.js";
import { corpusArb } from "../../src/testing/index.js";

const optionsArb: fc.Arbitrary<ReconcileOptions> = fc.record(
  { tolerance: fc.constantFrom(0, 0.05, 0.1, 0.2, 0.5), dateTolerance: fc.constantFrom(0, 3, 7, 30) },
  { requiredKeys: [] },
);

// Three reports per run: fewer runs than the default keep the suite quick.
test.prop([corpusArb(), optionsArb], { numRuns: 60 })(
  "every listed contradiction reads as one in all three reports, at the options reconcile was given",
  (corpus, options) => {
    const picture = reconcile(corpus, options);
    const index = indexCorpus(corpus);
    const text = toText(picture, corpus, { width: 1_000_000 });
    const markdown = toMarkdown(picture, corpus);
    const html = toHtml(picture, corpus, { maxConnectors: 0 });
    for (const proposition of picture.propositions) {
      for (const contradiction of proposition.contradictions) {
        const a = index.claim(contradiction.a) ?? expect.unreachable(contradiction.a);
        const b = index.claim(contradiction.b) ?? expect.unreachable(contradiction.b);
        // The reference: the same pair judged alone, with the same options. (Alone, a side's two
        // claims at different moments are a supersession; along a timeline, a claim another names
        // in `supersedes` is exempt from the time rule, and may clash with its side's later claim.)
        const relation = compare(a, b, options);
        const sentence = explain(contradiction, index);
        if (relation.kind !== "supersession") {
          expect(relation).toEqual({ kind: "contradiction", claims: [a.id, b.id], reason: contradiction.reason });
          expect(sentence).toBe(explain(relation, index));
        }
        expect(sentence).toMatch(/contradict each other/);
        expect(text).toContain(sentence);
        expect(markdown).toContain(escapeMarkdown(sentence));
        expect(html).toContain(escapeHtml(sentence));
      }
    }
  },
);

test.prop([corpusArb(), optionsArb], { numRuns: 100 })(
  "a contradiction's sentence names each speaker with their own value",
  (corpus, options) => {
    const index = indexCorpus(corpus);
    for (const proposition of reconcile(corpus, options).propositions) {
      for (const contradiction of proposition.contradictions) {
        const a = index.claim(contradiction.a) ?? expect.unreachable(contradiction.a);
        const b = index.claim(contradiction.b) ?? expect.unreachable(contradiction.b);
        const sentence = explain(contradiction, index);
        const { reason } = contradiction;
        if (reason.code === "denial_fits") {
          // "D denies X, but A asserts Y": each value right after its own speaker.
          const [denial, assertion] = reason.denial === a.id ? [a, b] : [b, a];
          expect(reason.assertion).toBe(assertion.id);
          expect(denial.stance).toBe("denies");
          expect(assertion.stance).toBe("asserts");
          const speakerAt = sentence.indexOf(`${index.actor(assertion.speaker)} (`, sentence.indexOf(", but "));
          expect(speakerAt).toBeGreaterThan(0);
        } else if (reason.code !== "units_differ") {
          // "A and B contradict each other: X and Y …": the values in the speakers' order.
          const values = sentence.slice(sentence.indexOf("contradict each other: "));
          const valueA = describeAgainst(a, b, index.side);
          const valueB = describeAgainst(b, a, index.side);
          expect(values.startsWith(`contradict each other: ${valueA} and ${valueB} `)).toBe(true);
          expect(sentence.startsWith(`${index.actor(a.speaker)} (`)).toBe(true);
        }
      }
    }
  },
);
