import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { tenths } from "../../src/report/html/tenths.js";

test.prop([
  fc.oneof(
    fc.double(),
    fc.double({ min: -2000, max: 2000, noNaN: true }),
    fc.integer().map((n) => n / 20),
  ),
])("tenths spells a coordinate as String(Math.round(value * 10) / 10) does", (value) => {
  expect(tenths(value)).toBe(String(Math.round(value * 10) / 10));
});

test("tenths at the edges: negative halves, negative zero, the end of exact integers", () => {
  expect(tenths(-0.5)).toBe("-0.5");
  expect(tenths(-0.04)).toBe("0");
  expect(tenths(-12.34)).toBe("-12.3");
  expect(tenths(899.96)).toBe("900");
  expect(tenths(2 ** 60)).toBe(String(2 ** 60));
  expect(tenths(Number.NaN)).toBe("NaN");
});
