import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { findQuantities, nameKey, readQuantity } from "../../src/text/index.js";

/** The brief's lists: each side and its people, in every language read. */
const sideNames = {
  ukraine: ["Ukraine", "Ukrainians", "Ukrainian", "Oekraïners", "Ukrainer", "українців", "украинцев", "Ukraynalı"],
  russia: ["Russia", "Russians", "Russian", "Russen", "росіян", "россиян", "Rus"],
} as const;

const read = (language: string, text: string) => readQuantity(text, { language, sideNames });

const bySide = (ukraine: Record<string, unknown>, russia: Record<string, unknown>) => ({
  kind: "per-side",
  bySide: { ukraine, russia },
});

describe("sideNames: the phrase says which side is which", () => {
  test.each([
    ["en", "1,000 Ukrainians for 800 Russians"],
    ["en", "1,000 Ukrainians in exchange for 800 Russians"],
    ["uk", "1000 українців на 800 росіян"],
    ["uk", "1 000 українців на 800 росіян"],
    ["ru", "1000 украинцев на 800 россиян"],
    ["nl", "1.000 Oekraïners voor 800 Russen"],
    ["de", "1000 Ukrainer gegen 800 Russen"],
  ] as const)("%s %s", (language, text) => {
    expect(read(language, text)).toEqual({
      ok: true,
      value: bySide({ value: 1000 }, { value: 800 }),
      span: { start: 0, end: text.length },
      text,
      shapes: expect.any(Array),
    });
  });

  test("the order of the phrase decides, not the order of the lists", () => {
    expect(read("en", "800 Russians for 1,000 Ukrainians")).toMatchObject({
      ok: true,
      value: bySide({ value: 1000 }, { value: 800 }),
    });
    expect(read("en", "1,000 Russians for 800 Ukrainians")).toMatchObject({
      ok: true,
      value: bySide({ value: 800 }, { value: 1000 }),
    });
  });

  test("case, diacritics and script do not matter", () => {
    expect(read("nl", "1.000 OEKRAINERS voor 800 russen")).toMatchObject({
      ok: true,
      value: bySide({ value: 1000 }, { value: 800 }),
    });
    expect(
      readQuantity("1000 Українців на 800 РОСІЯН", {
        language: "uk",
        sideNames: { ukraine: ["ukraintsiv"], russia: ["rosian"] },
      }),
    ).toMatchObject({ ok: true, value: bySide({ value: 1000 }, { value: 800 }) });
  });

  test("a unit word may follow or precede the side word; the side word is no unit", () => {
    expect(read("en", "1,000 Ukrainian prisoners for 800 Russian prisoners")).toMatchObject({
      ok: true,
      value: bySide({ value: 1000, unit: "prisoner" }, { value: 800, unit: "prisoner" }),
      text: "1,000 Ukrainian prisoners for 800 Russian prisoners",
    });
    expect(read("en", "1,000 Ukrainian prisoners for 800 Russians")).toMatchObject({
      ok: true,
      value: bySide({ value: 1000, unit: "prisoner" }, { value: 800, unit: "prisoner" }),
    });
    expect(read("en", "1,000 prisoners Ukrainian for 800 prisoners Russian")).toMatchObject({
      ok: true,
      value: bySide({ value: 1000, unit: "prisoner" }, { value: 800, unit: "prisoner" }),
    });
    // A side word alone is never a unit.
    expect(read("en", "1,000 Ukrainians for 800 Russians")).toMatchObject({
      ok: true,
      value: bySide({ value: 1000 }, { value: 800 }),
    });
  });

  test("different units on the two figures are not one reciprocal", () => {
    expect(read("en", "1,000 Ukrainian prisoners for 800 Russian bodies")).not.toMatchObject({
      ok: true,
      value: { kind: "per-side" },
    });
  });

  test("hedges reach both figures", () => {
    expect(read("en", "about 1,000 Ukrainians for 800 Russians")).toMatchObject({
      ok: true,
      value: bySide({ value: 1000, approx: true }, { value: 800, approx: true }),
    });
  });

  test("equal figures stay per-side each", () => {
    expect(read("en", "1,000 Ukrainians for 1,000 Russians")).toMatchObject({
      ok: true,
      value: { kind: "per-side", each: { value: 1000 } },
    });
    expect(read("uk", "1000 українців на 1000 росіян")).toMatchObject({
      ok: true,
      value: { kind: "per-side", each: { value: 1000 } },
    });
  });

  test("explicit sides win over side words", () => {
    expect(
      readQuantity("1,000 Ukrainians for 800 Russians", { language: "en", sideNames, sides: ["russia", "ukraine"] }),
    ).toMatchObject({
      ok: true,
      value: { kind: "per-side", bySide: { russia: { value: 1000 }, ukraine: { value: 800 } } },
      text: "1,000 Ukrainians for 800 Russians",
    });
  });

  test("findQuantities reports it too, with its span", () => {
    const text = "On Friday they swapped 1,000 Ukrainians for 800 Russians, and 6,000 bodies.";
    expect(findQuantities(text, { language: "en", sideNames })).toEqual({
      ok: true,
      quantities: [
        {
          value: bySide({ value: 1000 }, { value: 800 }),
          span: { start: 23, end: 56 },
          text: "1,000 Ukrainians for 800 Russians",
          shapes: expect.any(Array),
        },
        {
          value: { kind: "quantity", value: 6000, unit: "body" },
          span: { start: 62, end: 74 },
          text: "6,000 bodies",
          shapes: [{ span: { start: 62, end: 67 }, text: "6,000", value: 6000, grouping: "comma", decimal: "none" }],
        },
      ],
      unread: [],
    });
  });
});

describe("sideNames: conservative", () => {
  test("no side word after one figure keeps unequal_sides", () => {
    for (const text of [
      "1,000 Ukrainians for 800",
      "1,000 Ukrainians for 800 prisoners",
      "1,000 for 800 Russians",
      "1,000 for 800",
    ]) {
      expect(read("en", text), text).toMatchObject({ ok: false, code: "unequal_sides" });
    }
  });

  test("one side twice keeps unequal_sides", () => {
    const result = read("en", "1,000 Ukrainians for 800 Ukrainian");
    expect(result).toMatchObject({ ok: false, code: "unequal_sides" });
    if (!result.ok) expect(result.message).toContain("one side twice");
  });

  test("a word naming two sides keeps unequal_sides", () => {
    const result = readQuantity("1,000 Ukrainians for 800 Russians", {
      language: "en",
      sideNames: { ukraine: ["Ukrainians"], russia: ["Russians"], belarus: ["Russians"] },
    });
    expect(result).toMatchObject({ ok: false, code: "unequal_sides" });
    if (!result.ok) expect(result.message).toContain("several sides");
  });

  test("a word matching neither list is no side word", () => {
    expect(readQuantity("1,000 Ukrainians for 800 Georgians", { language: "en", sideNames })).toMatchObject({
      ok: false,
      code: "unequal_sides",
    });
  });

  test("without sideNames nothing changes", () => {
    expect(readQuantity("1,000 Ukrainians for 800 Russians", { language: "en" })).toMatchObject({
      ok: false,
      code: "several_quantities",
    });
    expect(readQuantity("1,000 Ukrainian prisoners were freed", { language: "en", sideNames })).toMatchObject({
      ok: true,
      value: { kind: "quantity", value: 1000, unit: "prisoner" },
    });
  });

  test("malformed sideNames are an input error", () => {
    for (const bad of [
      [],
      "ukraine",
      { ukraine: "Ukrainians" },
      { ukraine: [1] },
      { "": ["Ukrainians"] },
      { ukraine: ["!!"] },
      { ukraine: ["1200"] },
    ]) {
      expect(
        readQuantity("1,000 for 800", { language: "en", sideNames: bad as never }),
        JSON.stringify(bad),
      ).toMatchObject({
        ok: false,
        code: "invalid_input",
      });
    }
  });
});

describe("sideNames: names of several words and with punctuation", () => {
  const names = {
    "north-korea": ["north-korea", "North Korea", "North Koreans", "DPRK"],
    "south-korea": ["South Koreans"],
    "united-states": ["U.S.", "Americans"],
    "al-qaeda": ["al-Qaeda"],
    "nagorno-karabakh": ["Nagorno-Karabakh"],
    mediators: ["UN/OSCE"],
    russia: ["Russians"],
  };

  test("punctuated and multi-word names are no input error", () => {
    // Regression: every { "text": … } value of a corpus with a side "north-korea" was unreadable.
    expect(readQuantity("about 1,200 people", { language: "en", sideNames: names })).toMatchObject({
      ok: true,
      value: { kind: "quantity", value: 1200, approx: true, unit: "person" },
    });
  });

  test.each([
    [
      "1,000 North Koreans for 800 South Koreans",
      "north-korea",
      "south-korea",
      "1,000 North Koreans for 800 South Koreans",
    ],
    ["1,000 north-korea for 800 Russians", "north-korea", "russia", "1,000 north-korea for 800 Russians"],
    ["1,000 North-Korea for 800 Russians", "north-korea", "russia", "1,000 North-Korea for 800 Russians"],
    ["1,000 U.S. citizens for 800 Russians.", "united-states", "russia", "1,000 U.S. citizens for 800 Russians"],
    ["1,000 Russians for 800 U.S. citizens", "russia", "united-states", "1,000 Russians for 800 U.S. citizens"],
    ["1,000 Russians for 800 U. S. citizens", "russia", "united-states", "1,000 Russians for 800 U. S. citizens"],
    ["1,000 al-Qaeda fighters for 800 Russians", "al-qaeda", "russia", "1,000 al-Qaeda fighters for 800 Russians"],
    [
      "1,000 Russians for 800 Nagorno-Karabakh",
      "russia",
      "nagorno-karabakh",
      "1,000 Russians for 800 Nagorno-Karabakh",
    ],
    ["1,000 UN/OSCE for 800 Russians", "mediators", "russia", "1,000 UN/OSCE for 800 Russians"],
  ] as const)("%s", (text, first, second, read) => {
    const result = readQuantity(text, { language: "en", sideNames: names });
    expect(result).toMatchObject({ ok: true, text: read, value: { kind: "per-side" } });
    if (result.ok && result.value.kind === "per-side")
      expect(Object.keys(result.value.bySide ?? {})).toEqual([first, second]);
  });

  test("a name's first word alone, or its words across a paragraph break, name no side", () => {
    expect(readQuantity("1,000 North for 800 Russians", { language: "en", sideNames: names })).toMatchObject({
      ok: false,
    });
    expect(readQuantity("1,000 North\n\nKoreans for 800 Russians", { language: "en", sideNames: names })).toMatchObject(
      { ok: false },
    );
    expect(readQuantity("1,000 North, Koreans for 800 Russians", { language: "en", sideNames: names })).toMatchObject({
      ok: false,
    });
  });
});

/** Words that are neither numbers, units, hedges nor connectors in English, in several scripts. */
const pool = [
  "Ukrainians",
  "Ukrainian",
  "Oekraïners",
  "Russians",
  "Russen",
  "росіян",
  "українців",
  "Georgians",
  "Moldovans",
  "Belarusians",
  "Poles",
  "North Koreans",
  "South Koreans",
  "U.S.",
  "al-Qaeda",
  "Nagorno-Karabakh",
  "UN/OSCE",
] as const;
const sideIds = ["ukraine", "russia", "georgia", "moldova"] as const;

const namesArb = fc
  .tuple(...sideIds.map(() => fc.subarray([...pool])))
  .map(
    (lists) => Object.fromEntries(sideIds.map((side, index) => [side, lists[index] ?? []])) as Record<string, string[]>,
  );
const figuresArb = fc
  .tuple(fc.integer({ min: 1, max: 99_999 }), fc.integer({ min: 1, max: 99_999 }))
  .filter(([a, b]) => a !== b);

/** The sides whose listed words share `word`'s name key. */
function sidesNaming(names: Record<string, readonly string[]>, word: string): string[] {
  return Object.entries(names)
    .filter(([, words]) => words.some((listed) => nameKey(listed) === nameKey(word)))
    .map(([side]) => side);
}

describe("sideNames: property", () => {
  test.prop([namesArb, figuresArb, fc.constantFrom(...pool), fc.constantFrom(...pool)])(
    "an unequal reciprocal is bySide naming exactly the two distinct matched sides, or unequal_sides",
    (names, [first, second], firstWord, secondWord) => {
      const result = readQuantity(`${first} ${firstWord} for ${second} ${secondWord}`, {
        language: "en",
        sideNames: names,
      });
      const firstSides = sidesNaming(names, firstWord);
      const secondSides = sidesNaming(names, secondWord);
      const [firstSide] = firstSides;
      const [secondSide] = secondSides;
      const decided = firstSides.length === 1 && secondSides.length === 1 && firstSide !== secondSide;
      if (decided && firstSide !== undefined && secondSide !== undefined) {
        expect(result).toEqual(
          expect.objectContaining({
            ok: true,
            value: { kind: "per-side", bySide: { [firstSide]: { value: first }, [secondSide]: { value: second } } },
          }),
        );
      } else if (firstSides.length === 0) {
        // No side word after the first figure: not read as a reciprocal with sides at all.
        expect(result.ok).toBe(false);
      } else {
        expect(result).toMatchObject({ ok: false, code: "unequal_sides" });
      }
    },
  );
});
