import { describe, expect, test } from "vitest";
import { Value } from "../../src/corpus/value.js";
import { findQuantities, readDate, readQuantity } from "../../src/text/index.js";

/**
 * Every figure and date phrase of the five reference articles (numbered 000–004), quoted in its
 * own language, with the value it must give. Sentences are quoted whole where the point is what is
 * *not* a figure (times, years, codes, ordinals, "one of").
 */

type Expected = Value;
const quantity = (
  value: number,
  more: Omit<Extract<Value, { kind: "quantity" }>, "kind" | "value"> = {},
): Expected => ({
  kind: "quantity",
  value,
  ...more,
});
const range = (
  min: number,
  max: number,
  more: Omit<Extract<Value, { kind: "quantity" }>, "kind" | "min" | "max"> = {},
): Expected => ({
  kind: "quantity",
  min,
  max,
  ...more,
});
const each = (body: Extract<Value, { kind: "per-side" }>["each"]): Expected => ({ kind: "per-side", each: body });

/** [article, language, phrase, value]: readQuantity must read the phrase as the value. */
const phrases: readonly (readonly [string, string, string, Expected])[] = [
  // 000, Dutch, talks of 16 May 2025
  ["000", "nl", "het conflict tussen de twee landen", quantity(2, { unit: "country" })],
  ["000", "nl", "1000 gevangenen uit te wisselen voor 1000 gevangenen", each({ value: 1000, unit: "prisoner" })],
  [
    "000",
    "nl",
    "Op dit moment zijn we overeengekomen om 1000 gevangenen uit te wisselen voor 1000 gevangenen.",
    each({ value: 1000, unit: "prisoner" }),
  ],
  ["000", "nl", "ongeveer 1 uur en 45 minuten duurden", quantity(105, { approx: true, unit: "minute" })],
  // 001, German machine translation, 1 January 2026
  ["001", "de", "Vertreter von 15 Ländern haben ihre Teilnahme bestätigt", quantity(15, { unit: "country" })],
  ["001", "de", "Es geht dabei um den Austausch von 1200 Gefangenen.", quantity(1200, { unit: "prisoner" })],
  ["001", "de", "Austausch von 1200 Gefangenen", quantity(1200, { unit: "prisoner" })],
  // 002, English, Interfax-Ukraine, 23 May 2025
  [
    "002",
    "en",
    "Ukraine managed to return 390 of our citizens from Russian captivity.",
    quantity(390, { unit: "person" }),
  ],
  [
    "002",
    "en",
    "Umerov on ‘1,000 for 1,000’ swap: Step-by-step plan for implementing agreement agreed upon",
    each({ value: 1000 }),
  ],
  ["002", "en", "1 min read", quantity(1, { unit: "minute" })],
  // 003, English, third round (23 July 2025)
  [
    "003",
    "en",
    "Another Prisoner Exchange Involving Around 1200 People",
    quantity(1200, { approx: true, unit: "person" }),
  ],
  ["003", "en", "Involving Around 1,200 People", quantity(1200, { approx: true, unit: "person" })],
  [
    "003",
    "en",
    "another exchange involving approximately 1,200 individuals from each side.",
    each({ value: 1200, approx: true, unit: "person" }),
  ],
  [
    "003",
    "en",
    "a prisoner exchange involving around 250 servicemen along the Ukraine–Belarus line",
    quantity(250, { approx: true, unit: "soldier" }),
  ],
  [
    "003",
    "en",
    "a large prisoner swap involving around 1,200 people",
    quantity(1200, { approx: true, unit: "person" }),
  ],
  ["003", "en", "we decided to create three working groups that will operate online", quantity(3, { unit: "group" })],
  ["003", "en", "a short-term ceasefire for 24–48 hours along the front line", range(24, 48, { unit: "hour" })],
  [
    "003",
    "en",
    "the exchange of prisoners—about 1,200 people on each side.",
    each({ value: 1200, approx: true, unit: "person" }),
  ],
  [
    "003",
    "en",
    "we proposed handing over an additional 3,000 bodies to the Ukrainian side.",
    quantity(3000, { unit: "body" }),
  ],
  [
    "003",
    "en",
    "the tens of thousands of children allegedly taken from Ukraine",
    range(10_000, 99_999, { approx: true, unit: "child" }),
  ],
  ["003", "en", "We have verified the complete list of 329 names", quantity(329)],
  ["003", "en", "how many of the 329 Ukrainian children had already returned", quantity(329, { unit: "child" })],
  ["003", "en", "a list of 20 Russian children and their legal guardians", quantity(20, { unit: "child" })],
  // 004, English, Türkiye outlet, 2 June 2025
  ["004", "en", "2 min read", quantity(2, { unit: "minute" })],
  ["004", "en", "plus return of 6,000 fallen soldiers on each side.", each({ value: 6000, unit: "soldier" })],
  ["004", "en", "17 hours ago", quantity(17, { unit: "hour" })],
  ["004", "en", "The second category is young soldiers aged 18 to 25", range(18, 25, { unit: "year" })],
  [
    "004",
    "en",
    "We also agreed on the return of 6,000-for-6,000 bodies of dead soldiers",
    each({ value: 6000, unit: "body" }),
  ],
  ["004", "en", "young soldiers between the ages of 18 and 25", range(18, 25, { unit: "year" })],
  [
    "004",
    "en",
    "He added that Moscow would return the bodies of 6,000 Ukrainian soldiers.",
    quantity(6000, { unit: "body" }),
  ],
];

/** [article, language, text, reference, date]: readDate must read the text as the date. */
const dates: readonly (readonly [string, string, string, string | undefined, string])[] = [
  ["000", "nl", "kondigde vrijdag aan", "2025-05-16", "2025-05-16"],
  ["001", "de", "date 2026-01-01", undefined, "2026-01-01"],
  [
    "001",
    "de",
    "Dies berichtete Präsident Wolodymyr Selenskyj am Donnerstag, den 1. Januar.",
    "2026-01-01",
    "2026-01-01",
  ],
  ["001", "de", "Wir erinnern daran, dass Umjerow am 15. November sagte", "2026-01-01", "2025-11-15"],
  ["001", "de", "Am 11. Dezember berichtete Selenskyj jedoch", "2026-01-01", "2025-12-11"],
  // An event announced for later: the rule (on or before the reference) gives last year;
  // `prefer: "nearest"` (below) gives the intended 2026-01-03.
  [
    "001",
    "de",
    "am 3. Januar wird in der Ukraine das erste Treffen der nationalen Sicherheitsberater stattfinden",
    "2026-01-01",
    "2025-01-03",
  ],
  ["002", "en", "18:12 23.05.2025", undefined, "2025-05-23"],
  ["002", "en", "19:11 19.05.2025", undefined, "2025-05-19"],
  ["002", "en", "Today, after the agreements reached at the meeting in Istanbul", "2025-05-23", "2025-05-23"],
  ["004", "en", "date 2025-06-02", undefined, "2025-06-02"],
  [
    "004",
    "en",
    "Ukrainian Defense Minister Rustem Umerov said at a press conference on Monday.",
    "2025-06-02",
    "2025-06-02",
  ],
];

/** [article, language, sentence, figures]: findQuantities must find exactly these texts. */
const sentences: readonly (readonly [string, string, string, readonly string[]])[] = [
  ["000", "nl", " date 2025-05 De Oekraïense minister van Defensie, Rustem Umerov, kondigde vrijdag aan", []],
  ["001", "de", "am 3. Januar wird in der Ukraine das erste Treffen der nationalen Sicherheitsberater stattfinden", []],
  [
    "001",
    "de",
    "Wir erinnern daran, dass Umjerow am 15. November sagte, die ukrainische und die russische Seite hätten sich darauf geeinigt",
    [],
  ],
  [
    "002",
    "en",
    "Facts\n18:12 23.05.2025\n\nUmerov: New exchanges lasting several days expected within Istanbul agreements\n\n1 min read",
    ["1 min"],
  ],
  ["002", "en", "Three people killed, four injured over past day in Donetsk region", ["Three people", "four"]],
  [
    "002",
    "en",
    "EU directs EUR1 bln from excess profits from Russian assets to Ukraine's defense industry - Umerov",
    [],
  ],
  ["002", "en", "Slovakia ready to allocate EUR84 mln for restoration of Ukrenergo facilities", []],
  ["002", "en", "Zelenskyy: Two-thirds of additional funding for artillery production already secured", []],
  [
    "002",
    "en",
    "Number of biomethane plants should almost double, their capacity triple in 2025- Bioenergy Association head",
    [],
  ],
  ["002", "en", "Air Force strikes enemy third Army Corps command post in Bakhmut – General Staff", []],
  ["002", "en", "The lists were formed based on one criterion: saving lives.", []],
  ["003", "en", "Medinsky stated that the third round of negotiations had concluded", []],
  ["003", "en", "Unfortunately, one of the points of our agreement was not fulfilled.", []],
  [
    "003",
    "en",
    "Finally, I want to raise the issue of the tens of thousands of children allegedly taken from Ukraine. We have verified the complete list of 329 names and have started the process of their return.",
    ["tens of thousands of children", "329"],
  ],
  [
    "004",
    "en",
    "Ukraine and Russia have reached a major agreement in Istanbul to conduct the largest exchange of prisoners and bodies since the war began in February 2022, officials from both sides confirmed",
    [],
  ],
  [
    "004",
    "en",
    'Ukrainian defence chief announces "all-for-all" agreement for ill and young prisoners, plus return of 6,000 fallen soldiers on each side.',
    ["6,000 fallen soldiers on each side"],
  ],
];

describe("seed articles: figures", () => {
  test.each(phrases)("%s (%s) %s", (_article, language, phrase, expected) => {
    const read = readQuantity(phrase, { language });
    expect(read).toMatchObject({ ok: true, value: expected });
    if (read.ok) {
      expect(read.value).toEqual(expected);
      expect(Value.safeParse(read.value).success).toBe(true);
      expect(phrase.slice(read.span.start, read.span.end)).toBe(read.text);
    }
  });
});

describe("seed articles: dates", () => {
  test.each(dates)("%s (%s) %s", (_article, language, text, reference, expected) => {
    expect(readDate(text, { language, reference })).toMatchObject({ ok: true, value: expected });
  });

  test("an announced event reads forward with prefer: nearest", () => {
    const text = "am 3. Januar wird in der Ukraine das erste Treffen der nationalen Sicherheitsberater stattfinden";
    expect(readDate(text, { language: "de", reference: "2026-01-01", prefer: "nearest" })).toMatchObject({
      ok: true,
      value: "2026-01-03",
      text: "3. Januar",
    });
  });

  test("a page header's month and the war's start are months, not days", () => {
    expect(readDate(" date 2025-05 De Oekraïense minister", { language: "nl" })).toMatchObject({
      ok: false,
      code: "not_a_day",
    });
    expect(readDate("since the war began in February 2022", { language: "en" })).toMatchObject({
      ok: false,
      code: "not_a_day",
    });
  });
});

describe("seed articles: only the figures", () => {
  test.each(sentences)("%s (%s) %s", (_article, language, sentence, expected) => {
    const found = findQuantities(sentence, { language });
    expect(found.ok).toBe(true);
    if (found.ok) expect(found.quantities.map((quantity) => quantity.text)).toEqual(expected);
  });
});
