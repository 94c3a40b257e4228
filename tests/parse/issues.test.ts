import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { ConcordError } from "../../src/corpus/issue.js";
import { type CorpusInput, type IssueCode, type IssuePayloads, parseCorpus, reconcile } from "../../src/index.js";
import { smallCorpus } from "../fixtures.js";

// biome-ignore lint/suspicious/noExplicitAny: the cases break fields of every shape
type Mutable = { -readonly [K in keyof CorpusInput]: any };

/** A claim like the second of smallCorpus (a plain count), with its own id and changes. */
function claimLike(input: Mutable, id: string, changes: Record<string, unknown>): Record<string, unknown> {
  return { ...input.claims[1], id, ...changes };
}

interface Case<C extends IssueCode> {
  /** Breaks one thing in a copy of smallCorpus. */
  readonly plant: (input: Mutable) => unknown;
  readonly path: readonly (string | number)[];
  readonly data: IssuePayloads[C];
}

// One corpus per code and the data its issue must carry. A Record over IssueCode, so a new code
// does not compile until it has a case here.
const CASES: { readonly [C in IssueCode]: Case<C> } = {
  invalid_type: {
    plant: (input) => {
      input.claims[0].subject = 42;
    },
    path: ["claims", 0, "subject"],
    data: { expected: "string", given: "number" },
  },
  missing: {
    plant: (input) => {
      delete input.claims[0].attribute;
    },
    path: ["claims", 0, "attribute"],
    data: { expected: "string" },
  },
  unknown_key: {
    plant: (input) => {
      input.claims[0].speeker = "umerov";
    },
    path: ["claims", 0, "speeker"],
    data: { key: "speeker" },
  },
  invalid_value: {
    plant: (input) => {
      input.claims[0].stance = "doubts";
    },
    path: ["claims", 0, "stance"],
    data: { expected: ["asserts", "denies"], given: "doubts" },
  },
  invalid_date: {
    plant: (input) => {
      input.claims[1].stated = "2025-02-30";
    },
    path: ["claims", 1, "stated"],
    data: { given: "2025-02-30", language: "en" },
  },
  not_finite: {
    plant: (input) => {
      input.claims[1].value = { kind: "quantity", value: Number.NEGATIVE_INFINITY };
    },
    path: ["claims", 1, "value", "value"],
    data: { given: "-Infinity" },
  },
  negative_count: {
    plant: (input) => {
      input.claims[1].value = { kind: "quantity", min: -3 };
    },
    path: ["claims", 1, "value", "min"],
    data: { given: -3 },
  },
  min_greater_than_max: {
    plant: (input) => {
      input.claims[1].value = { kind: "date", min: "2025-12-11", max: "2025-12-01" };
    },
    path: ["claims", 1, "value", "min"],
    data: { min: "2025-12-11", max: "2025-12-01" },
  },
  value_and_range: {
    plant: (input) => {
      input.claims[1].value = { kind: "quantity", value: 3, min: 1 };
    },
    path: ["claims", 1, "value"],
    data: {},
  },
  empty_quantity: {
    plant: (input) => {
      input.claims[1].value = { kind: "quantity", unit: "person" };
    },
    path: ["claims", 1, "value"],
    data: {},
  },
  mixed_units: {
    plant: (input) => {
      input.claims[0].value = {
        kind: "per-side",
        bySide: { ukraine: { value: 1, unit: "person" }, russia: { value: 2 } },
      };
    },
    path: ["claims", 0, "value", "bySide"],
    data: { units: ["person", null] },
  },
  per_side_sides: {
    plant: (input) => {
      input.claims[0].value = { kind: "per-side", bySide: { ukraine: { value: 1 }, turkey: { value: 1 } } };
    },
    path: ["claims", 0, "value", "bySide"],
    data: { parties: ["ukraine", "russia"], missing: ["russia"], extra: ["turkey"] },
  },
  per_side_shape: {
    plant: (input) => {
      input.claims[0].value = { kind: "per-side" };
    },
    path: ["claims", 0, "value"],
    data: {},
  },
  no_parties: {
    plant: (input) => {
      for (const side of input.sides) side.role = "mediator";
    },
    path: ["claims", 0, "value"],
    data: {},
  },
  unreadable_text: {
    plant: (input) => {
      input.claims[1].value = { text: "no figure here" };
    },
    path: ["claims", 1, "value", "text"],
    data: { given: "no figure here", language: "en" },
  },
  duplicate_id: {
    plant: (input) => {
      input.claims[2].id = "umerov-1000";
    },
    path: ["claims", 2, "id"],
    data: { id: "umerov-1000", first: ["claims", 0] },
  },
  unknown_side: {
    plant: (input) => {
      input.actors[3].side = "turkiye";
    },
    path: ["actors", 3, "side"],
    data: { given: "turkiye", sides: ["ukraine", "russia", "turkey"] },
  },
  unknown_speaker: {
    plant: (input) => {
      input.claims[0].speaker = "Umarov";
    },
    path: ["claims", 0, "speaker"],
    data: { given: "Umarov", nearest: ["umerov"] },
  },
  unknown_actor: {
    plant: (input) => {
      input.claims[0].via = "Budanov";
    },
    path: ["claims", 0, "via"],
    data: { given: "Budanov", nearest: [] },
  },
  unknown_source: {
    plant: (input) => {
      input.claims[1].source = "interfax-2025-05-2";
    },
    path: ["claims", 1, "source"],
    data: { given: "interfax-2025-05-2", nearest: ["interfax-2025-05-23"] },
  },
  ambiguous_alias: {
    plant: (input) => {
      input.actors[2].aliases.push("Umerov");
    },
    path: ["actors", 2, "aliases", 1],
    data: { alias: "Umerov", actors: ["umerov", "medinsky"], count: 2 },
  },
  unknown_claim: {
    plant: (input) => {
      input.claims[1].supersedes = ["umerov-39"];
    },
    path: ["claims", 1, "supersedes", 0],
    data: { given: "umerov-39" },
  },
  supersedes_self: {
    plant: (input) => {
      input.claims[1].supersedes = ["umerov-390"];
    },
    path: ["claims", 1, "supersedes", 0],
    data: { id: "umerov-390" },
  },
  supersedes_other_proposition: {
    plant: (input) => {
      input.claims[1].supersedes = ["umerov-1000"];
    },
    path: ["claims", 1, "supersedes", 0],
    data: {
      given: "umerov-1000",
      proposition: { subject: "pow-exchange/istanbul-2025-05-16", attribute: "agreed-size" },
      expected: { subject: "pow-exchange/istanbul-2025-05-16", attribute: "returned" },
    },
  },
  supersedes_cycle: {
    plant: (input) => {
      input.claims.push(claimLike(input, "a", { supersedes: ["b"] }), claimLike(input, "b", { supersedes: ["c"] }));
      input.claims.push(claimLike(input, "c", { supersedes: ["a"] }));
    },
    path: ["claims", 5, "supersedes", 0],
    data: { claims: ["a", "b", "c"], length: 3, count: 3 },
  },
  invalid_option: {
    plant: () => undefined,
    path: ["dateTolerance"],
    data: { option: "dateTolerance", given: 2.5 },
  },
};

/** The issues of a copy of smallCorpus with one thing broken; invalid_option comes from reconcile. */
function issuesOf(code: IssueCode): readonly unknown[] {
  if (code === "invalid_option") {
    const parsed = parseCorpus(smallCorpus());
    if (!parsed.ok) return parsed.errors;
    try {
      reconcile(parsed.corpus, { dateTolerance: 2.5 });
    } catch (error) {
      return error instanceof ConcordError ? error.issues : [];
    }
    return [];
  }
  const input = structuredClone(smallCorpus()) as Mutable;
  CASES[code].plant(input);
  const result = parseCorpus(input);
  return result.ok ? [] : result.errors;
}

describe("every issue carries the data its message is made from", () => {
  test.each(Object.keys(CASES) as IssueCode[])("%s", (code) => {
    const { path, data } = CASES[code];
    const issues = issuesOf(code);
    expect(issues).toContainEqual({ path, code, message: expect.any(String), ...data });
  });

  test("a speaker taken by spelling alone is a warning with the name, the actor and the count", () => {
    const input = smallCorpus() as Mutable;
    input.claims[0].speaker = "Umierov";
    expect(parseCorpus(input).warnings).toEqual([
      {
        path: ["claims", 0, "speaker"],
        code: "speaker_by_name_key",
        message: expect.any(String),
        given: "Umierov",
        actor: "umerov",
        uses: 1,
      },
    ]);
  });

  test("a claim that uses a name two actors share gives the name, their ids and how many", () => {
    const input = smallCorpus() as Mutable;
    input.actors[2].aliases.push("Umerov");
    const result = parseCorpus(input);
    const uses = result.ok ? [] : result.errors.filter((issue) => issue.path[0] === "claims");
    expect(uses).toContainEqual({
      path: ["claims", 1, "speaker"],
      code: "ambiguous_alias",
      message: expect.any(String),
      alias: "Umerov",
      actors: ["umerov", "medinsky"],
      count: 2,
    });
  });

  test("what is not a corpus, or a collection that is no array, gives the kind found", () => {
    expect(parseCorpus([1, 2])).toMatchObject({
      errors: [
        {
          path: [],
          code: "invalid_type",
          expected: "object",
          given: "array",
          message: expect.stringContaining("got an array"),
        },
      ],
    });
    const input = smallCorpus() as Mutable;
    input.sources = "none";
    const result = parseCorpus(input);
    expect(result.ok ? [] : result.errors).toContainEqual(
      expect.objectContaining({ path: ["sources"], code: "invalid_type", expected: "array", given: "string" }),
    );
  });

  test("a long id is cut in the data as the message cuts it", () => {
    const input = smallCorpus() as Mutable;
    const long = "x".repeat(5000);
    input.claims[0].speaker = long;
    const result = parseCorpus(input);
    const issue = result.ok ? undefined : result.errors[0];
    expect(issue?.code === "unknown_speaker" && issue.given).toBe(`${"x".repeat(80)}…`);
    expect(JSON.stringify(issue).length).toBeLessThan(500);
  });
});

test("the corpus format's table lists every issue code, each with its data", () => {
  const page = readFileSync(new URL("../../docs/corpus-format.md", import.meta.url), "utf8");
  const table = page.slice(page.indexOf("## Issue codes"));
  const rows = [...table.matchAll(/^\| `([a-z_]+)` \|.*\|(.*)\|$/gm)].map((row) => ({
    code: row[1],
    data: (row[2] ?? "").trim(),
  }));
  expect(rows.map((row) => row.code).sort()).toEqual(Object.keys(CASES).sort());
  for (const { code, data } of rows) {
    const fields = Object.keys(CASES[code as IssueCode].data);
    for (const field of fields) expect(data, code).toContain(`\`${field}`);
  }
});
