import { describe, expect, test } from "vitest";
import { parseCorpus } from "../../src/index.js";

// Inputs an attacker can write, and what they may cost. The budgets are wide (tens of times what a
// run takes) so that a loaded machine passes; the costs they guard against were minutes.

function corpus(actors: number, claims: (index: number) => Record<string, unknown>, count: number) {
  return {
    sides: [{ id: "north" }, { id: "south" }],
    actors: Array.from({ length: actors }, (_, i) => ({ id: `actor-${i}`, name: `Actor Number ${i} Longname`, side: "north" })),
    sources: [{ id: "s1", outlet: "Outlet", published: "2025-05-16", language: "en" }],
    claims: Array.from({ length: count }, (_, i) => ({
      id: `c${i}`,
      speaker: "actor-0",
      source: "s1",
      subject: "p",
      attribute: "a",
      value: { kind: "quantity", value: 1 },
      ...claims(i),
    })),
  };
}

function timed<T>(run: () => T): { result: T; ms: number } {
  const start = performance.now();
  const result = run();
  return { result, ms: performance.now() - start };
}

describe("parseCorpus on hostile input", () => {
  test("distinct unknown speakers against a thousand actors cost little each", () => {
    const input = corpus(1000, (i) => ({ speaker: `Unknown Person ${i}` }), 3000);
    const { result, ms } = timed(() => parseCorpus(input));
    expect(result.ok ? [] : result.errors.map((error) => error.code)).toEqual(Array(3000).fill("unknown_speaker"));
    expect(ms).toBeLessThan(3000);
  });
});
