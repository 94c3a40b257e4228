import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { parseCorpus, type Reconciliation, reconcile } from "../../src/index.js";
import { concord, EXAMPLE, ROOT } from "./run.js";

const input = JSON.parse(readFileSync(join(ROOT, EXAMPLE), "utf8")) as {
  attributes: { id: string; changes?: string; freshFor?: string }[];
};
/** The example as if none of its attributes declared a freshFor, and as --fresh-for P2W makes it. */
const without = { ...input, attributes: input.attributes.map(({ freshFor: _, ...attribute }) => attribute) };
const withTwoWeeks = {
  ...without,
  attributes: without.attributes.map((a) => (a.changes === "over-time" ? { ...a, freshFor: "P2W" } : a)),
};

function picture(corpusInput: unknown, options: Parameters<typeof reconcile>[1] = {}): Reconciliation {
  const parsed = parseCorpus(corpusInput);
  if (!parsed.ok) throw new Error("the example must parse");
  return reconcile(parsed.corpus, options);
}

describe("concord reconcile and explain know the judgement options", () => {
  test("--fresh-for is the freshness of every over-time attribute that sets none", () => {
    const run = concord(["reconcile", "-", "-f", "json", "--fresh-for", "P2W"], { input: JSON.stringify(without) });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(JSON.stringify(picture(withTwoWeeks))));
  });

  test("--bound-reach and --known-at reach reconcile, which records them", () => {
    const run = concord(["reconcile", EXAMPLE, "-f", "json", "--bound-reach", "0.5", "--known-at", "2025-06-02"]);
    expect(run.status).toBe(0);
    const output = JSON.parse(run.stdout) as Reconciliation;
    expect(output.options).toMatchObject({ boundReach: 0.5, knownAt: "2025-06-02" });
    expect(output).toEqual(JSON.parse(JSON.stringify(picture(input, { boundReach: 0.5, knownAt: "2025-06-02" }))));
  });

  test("bad values are usage errors naming the option", () => {
    for (const [flag, value] of [
      ["--fresh-for", "30 days"],
      ["--bound-reach", "-1"],
    ] as const) {
      const run = concord(["reconcile", EXAMPLE, flag, value]);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain(flag);
    }
    const knownAt = concord(["reconcile", EXAMPLE, "--known-at", "soon"]);
    expect(knownAt.status).toBe(2);
    expect(knownAt.stderr).toContain("--known-at");
    expect(concord(["explain", EXAMPLE, "a", "b", "--fresh-for", "P0D"]).status).toBe(2);
  });
});
