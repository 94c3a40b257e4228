import { readFileSync } from "node:fs";
import { setFlagsFromString } from "node:v8";
import fc from "fast-check";
import { expect, test } from "vitest";
import { parseCorpus, reconcile } from "../../src/index.js";
import { KEPT_CLASSES, keptLayouts } from "../../src/internal/keepLayout.js";
import { corpusInputArb } from "../../src/testing/index.js";

// V8's own test hook tells whether two objects share a hidden class; it is only reachable from
// code compiled once the flag is on.
setFlagsFromString("--allow-natives-syntax");
const sameLayout = new Function("a", "b", "return %HaveSameMap(a, b)") as (a: object, b: object) => boolean;

test("the layout check itself tells layouts apart", () => {
  class Probe {
    count = 0;
  }
  const kept = new Probe();
  expect(sameLayout(kept, new Probe())).toBe(true);
  // A fraction where a small integer was: the class moves to a new layout.
  new Probe().count = 0.5;
  expect(sameLayout(kept, new Probe())).toBe(false);
});

test("every working class is kept", () => {
  expect(
    keptLayouts()
      .map((layout) => layout.name)
      .sort(),
  ).toEqual([...KEPT_CLASSES].sort());
});

test("the README counts the kept classes truly", () => {
  const words = "no one two three four five six seven eight nine ten eleven twelve".split(" ");
  const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8").replace(/\s+/g, " ");
  const count = /each of its internal working classes \((\w+),/.exec(readme)?.[1];
  expect(count).toBe(words[KEPT_CLASSES.length] ?? String(KEPT_CLASSES.length));
});

test("after real use, a new working object still has its kept object's layout", () => {
  // Corpora large enough that some propositions have more than 8 statements, so the interval
  // indexes are built as well as the scans; and the Istanbul example, with its dates in words.
  const inputs: unknown[] = fc.sample(corpusInputArb({ minClaims: 30, maxClaims: 80 }), { numRuns: 40, seed: 7 });
  inputs.push(JSON.parse(readFileSync(new URL("../../examples/istanbul-2025/corpus.json", import.meta.url), "utf8")));
  let propositions = 0;
  for (const input of inputs) {
    const parsed = parseCorpus(input);
    if (!parsed.ok) throw new Error(`corpus rejected: ${JSON.stringify(parsed.errors[0])}`);
    propositions += reconcile(parsed.corpus).propositions.length;
    reconcile(parsed.corpus, { asOf: "2025-06-01" });
  }
  expect(propositions).toBeGreaterThan(100);
  const changed = keptLayouts()
    .filter((layout) => !sameLayout(layout.exemplar, layout.make()))
    .map((layout) => layout.name);
  expect(changed).toEqual([]);
});
