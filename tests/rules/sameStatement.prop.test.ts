import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import type { Stance, Value } from "../../src/index.js";
import { sameStatement, statementHash } from "../../src/rules/sameStatement.js";
import { valueArb } from "../../src/testing/index.js";

const parties = ["ukraine", "russia"];
const stance = fc.constantFrom<Stance>("asserts", "denies");
const statement = fc.record({ value: valueArb(), stance }).map((s) => ({ ...s, parties }));

/** The same per-side figure, spelt the other way (each ↔ bySide), or with bySide's keys reversed. */
function respell(value: Value): Value {
  if (value.kind !== "per-side") return value;
  if (value.each)
    return { kind: "per-side", bySide: Object.fromEntries(parties.map((party) => [party, value.each ?? {}])) };
  return { kind: "per-side", bySide: Object.fromEntries(Object.entries(value.bySide ?? {}).reverse()) };
}

test.prop([statement, statement])("sameStatement is symmetric, and equal statements share a hash", (a, b) => {
  expect(sameStatement(a, b)).toBe(sameStatement(b, a));
  if (sameStatement(a, b)) expect(statementHash(a.value, a.stance)).toBe(statementHash(b.value, b.stance));
});

test.prop([statement])("a statement is itself, however a per-side figure is spelt", (a) => {
  const respelt = { ...a, value: respell(a.value) };
  expect(sameStatement(a, a)).toBe(true);
  expect(sameStatement(a, respelt)).toBe(true);
  expect(statementHash(respelt.value, a.stance)).toBe(statementHash(a.value, a.stance));
  expect(sameStatement(a, { ...a, stance: a.stance === "asserts" ? "denies" : "asserts" })).toBe(false);
});

const quantity = valueArb().filter((value) => value.kind === "quantity");

test.prop([quantity, quantity, stance])(
  "two per-side figures are one statement exactly when their party figures are",
  (a, b, said) => {
    const { kind: _a, ...bodyA } = a as Extract<Value, { kind: "quantity" }>;
    const { kind: _b, ...bodyB } = b as Extract<Value, { kind: "quantity" }>;
    const perSide = (body: typeof bodyA) => ({
      value: { kind: "per-side", each: body } as Value,
      stance: said,
      parties,
    });
    expect(sameStatement(perSide(bodyA), perSide(bodyB))).toBe(
      sameStatement({ value: a, stance: said, parties }, { value: b, stance: said, parties }),
    );
  },
);

// A few bodies, so equal ones meet often; `approx: false` says what leaving it out says.
const bodies = [
  { value: 100 },
  { value: 100, approx: false },
  { value: 100, approx: true },
  { value: 100, unit: "person" },
  { min: 90, max: 110 },
];
const bySide = fc.dictionary(fc.constantFrom("ukraine", "russia", "turkey"), fc.constantFrom(...bodies), {
  maxKeys: 3,
});
const sameBody = (a: (typeof bodies)[number], b: (typeof bodies)[number]) =>
  JSON.stringify({ ...a, approx: a.approx ?? false }) === JSON.stringify({ ...b, approx: b.approx ?? false });

test.prop([bySide, bySide, stance])(
  "two bySide figures are one statement exactly when they name the same parties with the same figures",
  (a, b, said) => {
    const expected =
      Object.keys(a).length === Object.keys(b).length &&
      Object.entries(a).every(
        ([party, body]) => Object.hasOwn(b, party) && sameBody(body, b[party] as (typeof bodies)[number]),
      );
    const claim = (figures: typeof a) => ({
      value: { kind: "per-side", bySide: figures } as Value,
      stance: said,
      parties,
    });
    expect(sameStatement(claim(a), claim(b))).toBe(expected);
  },
);
