import { describe, expect, test } from "vitest";
import { parseCorpus } from "../../src/index.js";

// Inputs an attacker can write, and what they may cost. The budgets are wide (tens of times what a
// run takes) so that a loaded machine passes; the costs they guard against were minutes.

function corpus(actors: number, claims: (index: number) => Record<string, unknown>, count: number) {
  return {
    sides: [{ id: "north" }, { id: "south" }],
    actors: Array.from({ length: actors }, (_, i) => ({
      id: `actor-${i}`,
      name: `Actor Number ${i} Longname`,
      side: "north",
    })),
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

  test("a message quotes at most a line of what the input holds, wherever the huge text is", () => {
    const huge = (tag: string) => `${tag}-${"x".repeat(100_000)}`;
    const input = corpus(1, () => ({}), 13);
    input.sides.push({ id: huge("side") });
    input.actors.push({
      id: huge("actor"),
      name: huge("name"),
      side: huge("elsewhere"),
      aliases: ["Actor Number 0 Longname"],
    } as never);
    const claims = input.claims as Record<string, unknown>[];
    Object.assign(claims[0] as object, { speaker: huge("speaker"), via: huge("via") });
    Object.assign(claims[1] as object, { source: huge("source"), side: huge("side-x") });
    Object.assign(claims[2] as object, { value: { text: huge("words") } });
    Object.assign(claims[3] as object, { stated: huge("when") });
    Object.assign(claims[4] as object, { supersedes: [huge("earlier")] });
    Object.assign(claims[5] as object, { id: huge("same") });
    Object.assign(claims[6] as object, { id: huge("same") });
    Object.assign(claims[7] as object, { [huge("field")]: 1 });
    Object.assign(claims[8] as object, {
      value: { kind: "per-side", bySide: { north: { value: 1 }, [huge("party")]: { value: 1 } } },
    });
    Object.assign(claims[9] as object, { id: huge("self"), supersedes: [huge("self")] });
    Object.assign(claims[10] as object, { subject: huge("subject"), supersedes: ["c12"] });
    Object.assign(claims[11] as object, { value: { text: `${"1 ".repeat(50_000)}people` } });
    (input as Record<string, unknown>)[huge("top")] = [];
    const result = parseCorpus(input);
    const errors = result.ok ? [] : result.errors;
    expect(errors.map((error) => error.code).sort()).toEqual(
      [
        "ambiguous_alias",
        "duplicate_id",
        "invalid_date",
        "per_side_sides",
        "supersedes_other_proposition",
        "supersedes_self",
        "unknown_actor",
        "unknown_claim",
        "unknown_key",
        "unknown_key",
        "unknown_side",
        "unknown_side",
        "unknown_source",
        "unknown_speaker",
        "unreadable_text",
        "unreadable_text",
      ].sort(),
    );
    for (const error of errors) expect(error.message.length, error.code).toBeLessThan(700);
  });

  test("a chain whose every claim also supersedes the first is one knot of cycles, reported once and briefly", () => {
    const size = 16_000;
    const input = corpus(
      1,
      (i) => ({ supersedes: i === 0 ? ["c1"] : i + 1 < size ? [`c${i + 1}`, "c0"] : ["c0"] }),
      size,
    );
    const { result, ms } = timed(() => parseCorpus(input));
    expect(result.ok ? [] : result.errors).toEqual([
      {
        path: ["claims", 1, "supersedes", 1],
        code: "supersedes_cycle",
        message: `supersedes forms a cycle: "c0" → "c1" → "c0"; ${size} claims in all are tied in cycles with it`,
        claims: ["c0", "c1"],
        length: 2,
        count: size,
      },
    ]);
    expect(ms).toBeLessThan(3000);
  });

  test("a name that thousands of actors share is one issue with a count, and its uses list a few", () => {
    const size = 16_000;
    const input = corpus(0, (i) => ({ speaker: i === 0 ? "spokesperson" : `actor-${i}` }), 2);
    input.actors = Array.from({ length: size }, (_, i) => ({ id: `actor-${i}`, name: "Spokesperson", side: "north" }));
    const { result, ms } = timed(() => parseCorpus(input));
    expect(result.ok ? [] : result.errors).toEqual([
      {
        path: ["actors", 1, "name"],
        code: "ambiguous_alias",
        message: `"Spokesperson" names ${size} actors: actor-0 (Spokesperson), actor-1 (Spokesperson), actor-2 (Spokesperson), actor-3 (Spokesperson), actor-4 (Spokesperson) and ${size - 5} more; a name must fit one actor`,
        alias: "Spokesperson",
        actors: ["actor-0", "actor-1", "actor-2", "actor-3", "actor-4"],
        count: size,
      },
      {
        path: ["claims", 0, "speaker"],
        code: "ambiguous_alias",
        message: `"spokesperson" fits several actors: actor-0 (Spokesperson), actor-1 (Spokesperson), actor-2 (Spokesperson), actor-3 (Spokesperson), actor-4 (Spokesperson) and ${size - 5} more; use an id`,
        alias: "spokesperson",
        actors: ["actor-0", "actor-1", "actor-2", "actor-3", "actor-4"],
        count: size,
      },
    ]);
    expect(ms).toBeLessThan(3000);
  });

  test("per-side figures naming thousands of parties cost each name once", () => {
    const parties = Array.from({ length: 8000 }, (_, i) => ({ id: `party-${i}` }));
    const bySide = Object.fromEntries(parties.map((party) => [party.id, { value: 1 }]));
    const input = corpus(1, () => ({ value: { kind: "per-side", bySide: { ...bySide } } }), 60);
    input.sides = parties;
    input.actors = [{ id: "actor-0", name: "Actor", side: "party-0" }];
    const { result, ms } = timed(() => parseCorpus(input));
    expect(result.ok).toBe(true);
    expect(ms).toBeLessThan(2000);
  });
});
