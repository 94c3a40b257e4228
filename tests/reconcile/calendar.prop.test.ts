import { readFileSync } from "node:fs";
import { fc, test } from "@fast-check/vitest";
import Ajv2020 from "ajv/dist/2020";
import { expect } from "vitest";
import { clampDay, dayToIso, epochDay, FIRST_DAY, LAST_DAY } from "../../src/corpus/moment.js";
import { formatDay } from "../../src/explain/formatValue.js";
import { explain, parseCorpus, Reconciliation, reconcile, toHtml, toMarkdown, toText } from "../../src/index.js";

const schema = JSON.parse(
  readFileSync(new URL("../../schema/reconciliation.schema.json", import.meta.url), "utf8"),
) as Record<string, unknown>;
const validateReconciliation = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

/** A day within a year of either end of the calendar the corpus format holds. */
const edgeDayArb = fc.oneof(
  fc.integer({ min: FIRST_DAY, max: FIRST_DAY + 400 }),
  fc.integer({ min: LAST_DAY - 400, max: LAST_DAY }),
);

/** A date value near an end: a day or a span, approximate or not. */
const edgeValueArb = fc
  .record({ from: edgeDayArb, length: fc.nat({ max: 30 }), approx: fc.boolean(), span: fc.boolean() })
  .map(({ from, length, approx, span }) => {
    const first = dayToIso(Math.min(from, LAST_DAY - length));
    const last = dayToIso(Math.min(from, LAST_DAY - length) + length);
    const value = span && length > 0 ? { kind: "date", min: first, max: last } : { kind: "date", value: first };
    return approx ? { ...value, approx: true } : value;
  });

const toleranceArb = fc.oneof(fc.constantFrom(0, 7, 400, 3_650_000), fc.integer({ min: 0, max: 3_650_000 }));

function corpusOf(values: readonly unknown[], stated: readonly number[]) {
  const result = parseCorpus({
    sides: [{ id: "ukraine" }, { id: "russia" }, { id: "turkey", role: "mediator" }],
    actors: [
      { id: "umerov", side: "ukraine" },
      { id: "medinsky", side: "russia" },
      { id: "fidan", side: "turkey" },
    ],
    sources: [{ id: "s1", outlet: "Interfax-Ukraine", published: "2025-05-23", language: "en" }],
    claims: values.map((value, index) => ({
      id: `c${index}`,
      speaker: ["umerov", "medinsky", "fidan"][index % 3],
      source: "s1",
      // Claims stated near the ends of the calendar too, so timelines and axes span them.
      stated: dayToIso(stated[index] ?? FIRST_DAY),
      subject: index % 2 === 0 ? "talks/next-round" : "talks/ceasefire",
      attribute: "date",
      value,
    })),
  });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.corpus;
}

test.prop([
  fc.array(edgeValueArb, { minLength: 1, maxLength: 6 }),
  fc.array(edgeDayArb, { minLength: 6, maxLength: 6 }),
  toleranceArb,
])(
  "near both ends of the calendar, with any tolerance, every date reconcile gives is one the schema holds, and nothing prints NaN",
  (values, stated, dateTolerance) => {
    const corpus = corpusOf(values, stated);
    const reconciliation = reconcile(corpus, { dateTolerance });
    expect(Reconciliation.safeParse(reconciliation).success).toBe(true);
    expect(
      validateReconciliation(JSON.parse(JSON.stringify(reconciliation))),
      JSON.stringify(validateReconciliation.errors),
    ).toBe(true);
    const texts = [
      toText(reconciliation, corpus),
      toMarkdown(reconciliation, corpus),
      toHtml(reconciliation, corpus),
      ...reconciliation.propositions.flatMap((proposition) => [
        explain(proposition, corpus),
        ...proposition.contradictions.map((contradiction) => explain(contradiction, corpus)),
        ...proposition.supersessions.map((supersession) => explain(supersession, corpus)),
      ]),
    ];
    for (const text of texts) {
      expect(text).not.toMatch(/NaN|Invalid Date|undefined/);
    }
  },
  60_000,
);

test.prop([fc.string()])("formatDay never prints NaN or undefined, whatever text it is given", (text) => {
  expect(formatDay(text)).not.toMatch(/NaN|undefined/);
});

test.prop([fc.integer({ min: FIRST_DAY, max: LAST_DAY })])(
  "formatDay names every day of the calendar by its own digits",
  (day) => {
    const iso = dayToIso(day);
    const [year, month, date] = iso.split("-");
    expect(formatDay(iso)).toBe(
      `${Number(date)} ${["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][Number(month) - 1]} ${year}`,
    );
    expect(iso).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  },
);

test.prop([fc.integer({ min: -1e8, max: 1e8 })])(
  "clampDay holds a day to the calendar, and leaves the calendar's days as they are",
  (day) => {
    const held = clampDay(day);
    expect(held).toBe(Math.min(LAST_DAY, Math.max(FIRST_DAY, day)));
    expect(epochDay(dayToIso(held))).toBe(held);
  },
);

test("FIRST_DAY and LAST_DAY are the first and last days a corpus can write", () => {
  expect([dayToIso(FIRST_DAY), dayToIso(LAST_DAY)]).toEqual(["0100-01-01", "9999-12-31"]);
  expect([epochDay("0100-01-01"), epochDay("9999-12-31"), epochDay("0099-12-31")]).toEqual([
    FIRST_DAY,
    LAST_DAY,
    undefined,
  ]);
});
