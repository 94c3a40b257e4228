import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020";
import { describe, expect, test } from "vitest";
import { formatDay, formatValue } from "../../src/explain/formatValue.js";
import { type Corpus, parseCorpus, Reconciliation, reconcile, toText } from "../../src/index.js";

const schema = JSON.parse(
  readFileSync(new URL("../../schema/reconciliation.schema.json", import.meta.url), "utf8"),
) as Record<string, unknown>;
const validateReconciliation = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

/** A corpus of approximate dates, one claim each, all on one proposition. */
function approximateDates(days: readonly string[]): Corpus {
  const result = parseCorpus({
    sides: [{ id: "ukraine" }, { id: "russia" }],
    actors: [
      { id: "umerov", side: "ukraine" },
      { id: "medinsky", side: "russia" },
    ],
    sources: [{ id: "s1", outlet: "Interfax-Ukraine", published: "2025-05-23", language: "en" }],
    claims: days.map((day, index) => ({
      id: `c${index}`,
      speaker: index % 2 === 0 ? "umerov" : "medinsky",
      source: "s1",
      subject: "talks/next-round",
      attribute: "date",
      value: { kind: "date", value: day, approx: true },
    })),
  });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.corpus;
}

describe("date bounds at the ends of the calendar", () => {
  test("two approximate 9999-12-31s agree on a span that ends on 9999-12-31, valid against the schema", () => {
    const corpus = approximateDates(["9999-12-31", "9999-12-31"]);
    const reconciliation = reconcile(corpus);
    expect(reconciliation.propositions[0]?.consensus).toEqual({ kind: "date", min: "9999-12-24", max: "9999-12-31" });
    expect(
      validateReconciliation(JSON.parse(JSON.stringify(reconciliation))),
      JSON.stringify(validateReconciliation.errors),
    ).toBe(true);
    expect(Reconciliation.safeParse(reconciliation).success).toBe(true);
    expect(toText(reconciliation, corpus)).not.toContain("NaN");
  });

  test("about 0100-01-01 starts on 0100-01-01, the first day the corpus format holds, written with four digits", () => {
    // 0100-01-01 less seven days is 0099-12-25 in the proleptic Gregorian calendar, but no date
    // before year 100 can be read back (parseMoment refuses it), so the span stops at the first day.
    const corpus = approximateDates(["0100-01-01", "0100-01-03"]);
    const reconciliation = reconcile(corpus);
    expect(reconciliation.propositions[0]?.consensus).toEqual({ kind: "date", min: "0100-01-01", max: "0100-01-08" });
    expect(Reconciliation.safeParse(reconciliation).success).toBe(true);
    expect(validateReconciliation(JSON.parse(JSON.stringify(reconciliation)))).toBe(true);
  });

  test("years below 1000 keep four digits, and their days count right: about 0999-01-01 reaches back to 0998-12-25", () => {
    const reconciliation = reconcile(approximateDates(["0999-01-01", "0999-01-01"]));
    expect(reconciliation.propositions[0]?.consensus).toEqual({ kind: "date", min: "0998-12-25", max: "0999-01-08" });
  });

  test("a tolerance that reaches past both ends of the calendar gives the whole calendar", () => {
    const corpus = approximateDates(["5000-06-15", "5000-06-15"]);
    const reconciliation = reconcile(corpus, { dateTolerance: 3_650_000 });
    expect(reconciliation.propositions[0]?.consensus).toEqual({ kind: "date", min: "0100-01-01", max: "9999-12-31" });
    expect(validateReconciliation(JSON.parse(JSON.stringify(reconciliation)))).toBe(true);
  });
});

describe("formatDay", () => {
  test("names the day of both ends of the calendar", () => {
    expect(formatDay("0100-01-01")).toBe("1 Jan 0100");
    expect(formatDay("9999-12-31")).toBe("31 Dec 9999");
    expect(formatValue({ kind: "date", min: "0100-01-01", max: "9999-12-31" })).toBe("1 Jan 0100–31 Dec 9999");
  });

  test("shows a text that is no date as it stands, never as NaN", () => {
    // What a consensus past the calendar's end once held, and formatDay once gave "NaN Jan +010000".
    expect(formatDay("+010000-01")).toBe("+010000-01");
    expect(formatDay("")).toBe("");
    expect(formatDay("2025-05-23T18:12:00+03:00")).toBe("23 May 2025");
  });
});
