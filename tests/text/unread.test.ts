import { describe, expect, test } from "vitest";
import type { Value } from "../../src/corpus/value.js";
import { findQuantities, readQuantity } from "../../src/text/index.js";

const find = (language: string, text: string) => {
  const found = findQuantities(text, { language });
  if (!found.ok) throw new Error(found.message);
  return {
    quantities: found.quantities.map((quantity) => [quantity.text, quantity.value] as const),
    unread: found.unread.map((figure) => [figure.text, figure.code] as const),
  };
};

/** [language, phrase, value]: thousands grouped by a space, as dpa, the SZ and the Taalunie write them. */
const spaced: readonly (readonly [string, string, Value])[] = [
  ["de", "von 350 000 Teilnehmern", { kind: "quantity", value: 350_000, unit: "person" }],
  ["de", "über 150 000", { kind: "quantity", min: 150_000 }],
  ["de", "350\u00a0000 Teilnehmer", { kind: "quantity", value: 350_000, unit: "person" }],
  ["de", "350\u202f000 Teilnehmer", { kind: "quantity", value: 350_000, unit: "person" }],
  ["de", "1 234 567", { kind: "quantity", value: 1_234_567 }],
  ["de", "1 234,5", { kind: "quantity", value: 1234.5 }],
  ["de", "zwischen 350 000 und 400 000", { kind: "quantity", min: 350_000, max: 400_000 }],
  ["de", "350 000–400 000", { kind: "quantity", min: 350_000, max: 400_000 }],
  ["de", "im Jahr 2024 300 Menschen", { kind: "quantity", value: 300, unit: "person" }],
  ["nl", "350 000 deelnemers", { kind: "quantity", value: 350_000, unit: "person" }],
  ["nl", "ruim 150 000", { kind: "quantity", min: 150_000 }],
  ["en", "350\u00a0000 people", { kind: "quantity", value: 350_000, unit: "person" }],
  ["en", "350\u202f000 people", { kind: "quantity", value: 350_000, unit: "person" }],
  ["en", "in 2024 300 people", { kind: "quantity", value: 300, unit: "person" }],
  ["tr", "350\u00a0000 kişi", { kind: "quantity", value: 350_000, unit: "person" }],
  ["uk", "350 000 учасників", { kind: "quantity", value: 350_000, unit: "person" }],
  ["ru", "свыше 150 000", { kind: "quantity", min: 150_000 }],
];

describe("space-grouped thousands", () => {
  test.each(spaced)("%s %s", (language, text, value) => {
    expect(readQuantity(text, { language })).toMatchObject({ ok: true, value });
  });

  test("“25 000 plus 3 000” is two figures of thousands, not 25 and 0", () => {
    expect(find("de", "25 000 plus 3 000 Polizisten")).toEqual({
      quantities: [
        ["25 000", { kind: "quantity", value: 25_000 }],
        ["3 000", { kind: "quantity", value: 3000 }],
      ],
      unread: [],
    });
  });

  test("two numbers that no space could group stay two: “1990 2000”", () => {
    for (const language of ["de", "nl", "en", "uk", "ru"]) {
      expect(
        find(language, "1990 2000").quantities.map(([text]) => text),
        language,
      ).toEqual(["1990", "2000"]);
      expect(
        find(language, "1990\u00a02000").quantities.map(([text]) => text),
        language,
      ).toEqual(["1990", "2000"]);
    }
    expect(find("de", "Sitze: 12 15 18").quantities.map(([text]) => text)).toEqual(["12", "15", "18"]);
  });
});

describe("unread: every figure-shaped token not read says why", () => {
  test.each([
    ["de", "Telefon 030 123 456", "030 123 456"],
    ["de", "0171 2345678", "0171 2345678"],
    ["de", "44 123 4567", "44 123 4567"],
    ["de", "1 200 50", "1 200 50"],
    ["de", "Im Jahr 2024 300 000 Menschen", "2024 300 000"],
    ["en", "call 555 123 4567", "555 123 4567"],
    ["en", "350 000 people", "350 000"],
    ["tr", "350 000 kişi", "350 000"],
    ["uk", "44 123 4567", "44 123 4567"],
  ] as const)("%s %s: ambiguous grouping", (language, text, seen) => {
    const found = find(language, text);
    expect(found.unread).toEqual([[seen, "ambiguous_grouping"]]);
    expect(found.quantities.filter(([figure]) => seen.includes(figure))).toEqual([]);
  });

  test("a phone number after + is no figure at all", () => {
    expect(find("de", "+49 30 123 456")).toEqual({ quantities: [], unread: [] });
    expect(find("uk", "+380 44 123 4567")).toEqual({ quantities: [], unread: [] });
  });

  test.each([
    ["de", "1.5 Prozent", "1.5"],
    ["de", "12.3456", "12.3456"],
    ["nl", "1.20", "1.20"],
    ["en", "1,20", "1,20"],
    ["en", "1\u00a0234,5", "1\u00a0234,5"],
    ["en", "won 5-3", "5-3"],
  ] as const)("%s %s: malformed", (language, text, seen) => {
    expect(find(language, text)).toEqual({ quantities: [], unread: [[seen, "malformed_number"]] });
  });

  test("readQuantity fails with the unread code and its message", () => {
    const result = readQuantity("350 000 people", { language: "en" });
    expect(result).toMatchObject({ ok: false, code: "ambiguous_grouping" });
    if (!result.ok)
      expect(result.message).toBe(
        '"350 000" may be one number grouped with spaces, but English does not group digits with a plain space; one number or several?',
      );
    const german = readQuantity("1.5 Prozent", { language: "de" });
    expect(german).toMatchObject({ ok: false, code: "malformed_number" });
    if (!german.ok) expect(german.message).toContain('"1.5" is no German number');
  });

  test("codes, times, percentages, money and years are no figures, and not unread", () => {
    for (const [language, text] of [
      ["en", "EUR1 bln"],
      ["en", "18:12"],
      ["en", "50%"],
      ["en", "$5"],
      ["en", "COVID-19"],
      ["en", "in 2025"],
      ["de", "seit 2022"],
      ["en", "24/7"],
    ] as const) {
      expect(find(language, text), text).toEqual({ quantities: [], unread: [] });
    }
  });
});

describe("a dot after a figure: ordinal or the sentence's end", () => {
  test("“von 80.000. In Münster”: the figure ends a sentence and is read", () => {
    expect(
      find("de", "Die Polizei sprach von 20.000 Teilnehmern, die Veranstalter von 80.000. In Münster kamen 5.000."),
    ).toEqual({
      quantities: [
        ["20.000 Teilnehmern", { kind: "quantity", value: 20_000, unit: "person" }],
        ["80.000", { kind: "quantity", value: 80_000 }],
        ["5.000", { kind: "quantity", value: 5000 }],
      ],
      unread: [],
    });
    expect(find("de", "Es waren mehr als 300. Die Polizei schwieg.").quantities).toEqual([
      ["mehr als 300", { kind: "quantity", min: 300 }],
    ]);
    expect(find("de", "Gezählt wurden 350 000.\nIn Köln").quantities).toEqual([
      ["350 000", { kind: "quantity", value: 350_000 }],
    ]);
    expect(find("tr", "Polis 80.000. Valilik ise").quantities).toEqual([
      ["80.000", { kind: "quantity", value: 80_000 }],
    ]);
  });

  test("after an article, before a lower-case word, or after another ordinal, it is an ordinal", () => {
    for (const [language, text] of [
      ["de", "die 3. Runde"],
      ["de", "Er war der 1.000. Besucher."],
      ["de", "zum 100. Mal"],
      ["de", "Der 1. FC Köln"],
      ["de", "der 3. und 4. Platz"],
      ["de", "die 3. große Demonstration"],
      ["tr", "3. tur"],
      ["tr", "bu 3. Tur"],
    ] as const) {
      expect(find(language, text), text).toEqual({ quantities: [], unread: [] });
    }
  });

  test("a small plain figure before a capital, with no article, may be either: unread", () => {
    const found = findQuantities("Am Ende kamen 300. Die Polizei schwieg.", { language: "de" });
    expect(found).toMatchObject({ ok: true, quantities: [], unread: [{ text: "300.", code: "ambiguous_ordinal" }] });
    if (found.ok)
      expect(found.unread[0]?.message).toBe(
        '"300." before "Die" may be an ordinal (as in "die 3. Liga") or a count that ends a sentence',
      );
    expect(readQuantity("Sie wurde 3. Die Siegerin", { language: "de" })).toMatchObject({
      ok: false,
      code: "ambiguous_ordinal",
    });
  });
});
