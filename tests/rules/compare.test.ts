import { describe, expect, test } from "vitest";
import { ConcordError, compare, type Value } from "../../src/index.js";
import { each, label, makeClaim, quantity } from "../claims.js";

const kind = (a: Value, b: Value, options?: Parameters<typeof compare>[2]) =>
  compare(makeClaim("a", a), makeClaim("b", b, { side: "russia" }), options).kind;

describe("compare: values", () => {
  test("“1,000 for 1,000” agrees with a swap of 2,000 and contradicts 1,000 in all", () => {
    expect(kind(each(1000), quantity(2000))).toBe("agreement");
    expect(kind(each(1000), quantity(1000))).toBe("contradiction");
  });

  test("per-side meets per-side party by party", () => {
    expect(kind(each(1000), { kind: "per-side", bySide: { ukraine: { value: 1000 }, russia: { value: 1000 } } })).toBe(
      "agreement",
    );
    expect(kind(each(1000), { kind: "per-side", bySide: { ukraine: { value: 1200 }, russia: { value: 800 } } })).toBe(
      "contradiction",
    );
  });

  test("about 1,200 reaches 10% either way, and an option changes it", () => {
    expect(kind(quantity(1200, { approx: true }), quantity(1320))).toBe("agreement");
    expect(kind(quantity(1200, { approx: true }), quantity(1080))).toBe("agreement");
    expect(kind(quantity(1200, { approx: true }), quantity(1321))).toBe("contradiction");
    expect(kind(quantity(1200, { approx: true }), quantity(1300), { tolerance: 0.05 })).toBe("contradiction");
    expect(kind(each(1200, true), each(1200))).toBe("agreement");
  });

  test("ranges, floors and ceilings are sets", () => {
    const ages: Value = { kind: "quantity", min: 18, max: 25, unit: "year" };
    expect(kind(ages, quantity(25, { unit: "year" }))).toBe("agreement");
    expect(kind(ages, quantity(26, { unit: "year" }))).toBe("contradiction");
    expect(kind({ kind: "quantity", min: 1000 }, quantity(50_000))).toBe("agreement");
    expect(kind({ kind: "quantity", min: 1000, approx: true }, quantity(1200))).toBe("contradiction");
    expect(kind({ kind: "quantity", max: 400, approx: true }, quantity(370))).toBe("agreement");
    expect(kind({ kind: "quantity", max: 400, approx: true }, quantity(350))).toBe("contradiction");
    expect(kind({ kind: "quantity", max: 400 }, quantity(0))).toBe("agreement");
    expect(kind({ kind: "quantity", min: 10000, max: 99999, approx: true }, quantity(329))).toBe("contradiction");
  });

  test("different units never fit, and the reason says so", () => {
    const relation = compare(
      makeClaim("a", quantity(6000, { unit: "body" })),
      makeClaim("b", quantity(6000, { unit: "person" })),
    );
    expect(relation).toMatchObject({ kind: "contradiction", reason: { code: "units_differ" } });
    expect(kind(quantity(6000, { unit: "body" }), quantity(6000))).toBe("agreement");
  });

  test("labels match after Unicode normalisation only", () => {
    expect(kind(label("Çırağan"), label("C\u0327ırağan"))).toBe("agreement");
    expect(kind(label("stalled"), label("Stalled"))).toBe("contradiction");
  });

  test("approximate dates reach a week, exact ones a day", () => {
    const date = (value: string, approx?: boolean): Value =>
      approx ? { kind: "date", value, approx } : { kind: "date", value };
    expect(kind(date("2025-12-11"), date("2025-12-11"))).toBe("agreement");
    expect(kind(date("2025-12-11"), date("2025-12-12"))).toBe("contradiction");
    expect(kind(date("2025-12-11", true), date("2025-12-18"))).toBe("agreement");
    expect(kind(date("2025-12-11", true), date("2025-12-19"))).toBe("contradiction");
    expect(kind(date("2025-12-11", true), date("2025-12-19"), { dateTolerance: 8 })).toBe("agreement");
  });

  test("different kinds of answer do not fit", () => {
    expect(kind(label("1000"), quantity(1000))).toBe("contradiction");
  });
});

describe("compare: stance", () => {
  const deny = (value: Value) => ({ stance: "denies" as const, value });
  const relate = (
    a: Partial<Parameters<typeof makeClaim>[2]> & { value: Value },
    b: Partial<Parameters<typeof makeClaim>[2]> & { value: Value },
  ) => compare(makeClaim("a", a.value, a), makeClaim("b", b.value, { side: "russia", ...b })).kind;
  test.each([
    ["asserts 390 / asserts 390", { value: quantity(390) }, { value: quantity(390) }, "agreement"],
    ["asserts 390 / asserts 1000", { value: quantity(390) }, { value: quantity(1000) }, "contradiction"],
    ["denies 390 / asserts 390", deny(quantity(390)), { value: quantity(390) }, "contradiction"],
    ["denies 390 / asserts 1000", deny(quantity(390)), { value: quantity(1000) }, "agreement"],
    ["denies 390 / denies about 400", deny(quantity(390)), deny(quantity(400, { approx: true })), "agreement"],
    ["denies 390 / denies 1000", deny(quantity(390)), deny(quantity(1000)), "unrelated"],
  ] as const)("%s → %s", (_, a, b, expected) => {
    expect(relate(a, b)).toBe(expected);
    expect(relate(b, a)).toBe(expected);
  });
});

describe("compare: questions and time", () => {
  test("different subject or attribute → unrelated", () => {
    expect(compare(makeClaim("a", quantity(1)), makeClaim("b", quantity(1), { attribute: "returned" })).kind).toBe(
      "unrelated",
    );
    expect(compare(makeClaim("a", quantity(1)), makeClaim("b", quantity(1), { subject: "other" })).kind).toBe(
      "unrelated",
    );
  });

  test("an explicit supersedes wins over dates", () => {
    const older = makeClaim("c1", quantity(1000), { stated: "2025-06-01" });
    const newer = makeClaim("c2", quantity(1200), { stated: "2025-05-01", supersedes: ["c1"] });
    expect(compare(older, newer)).toMatchObject({ kind: "supersession", newer: "c2", older: "c1" });
  });

  test("on an over-time attribute a side's later, different statement supersedes its earlier one", () => {
    const over = { attribute: "status", changes: "over-time" as const };
    const activated = makeClaim("umjerow-1115", label("activated"), { ...over, stated: "2025-11-15" });
    const stalled = makeClaim("selenskyj-1211", label("stalled"), {
      ...over,
      stated: "2025-12-11",
      speaker: "zelenskyy",
    });
    const again = makeClaim("selenskyj-1212", label("stalled"), {
      ...over,
      stated: "2025-12-12",
      speaker: "zelenskyy",
    });
    expect(compare(activated, stalled)).toMatchObject({
      kind: "supersession",
      newer: "selenskyj-1211",
      older: "umjerow-1115",
    });
    expect(compare(stalled, again).kind).toBe("agreement");
    const russia = makeClaim("medinsky", label("agreed"), { ...over, side: "russia", stated: "2025-12-12" });
    expect(compare(stalled, russia).kind).toBe("contradiction");
    const sameMoment = makeClaim("selenskyj-1211b", label("activated"), { ...over, stated: "2025-12-11" });
    expect(compare(stalled, sameMoment).kind).toBe("contradiction");
  });

  test("on a never-changing attribute a later disagreement is a contradiction", () => {
    const first = makeClaim("c1", quantity(1000), { stated: "2025-05-16" });
    const later = makeClaim("c2", quantity(1200), { stated: "2025-06-16" });
    expect(compare(first, later).kind).toBe("contradiction");
  });

  test("a bad tolerance throws a ConcordError", () => {
    expect(() => compare(makeClaim("a", quantity(1)), makeClaim("b", quantity(1)), { tolerance: 2 })).toThrow(
      ConcordError,
    );
  });
});
