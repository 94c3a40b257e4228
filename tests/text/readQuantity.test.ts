import { describe, expect, test } from "vitest";
import type { Value } from "../../src/corpus/value.js";
import { findQuantities, readQuantity, supportedLanguages } from "../../src/text/index.js";

const read = (language: string, text: string, sides?: readonly [string, string]) =>
  readQuantity(text, sides ? { language, sides } : { language });

/** [language, phrase, value]: the examples and each language's forms. */
const cases: readonly (readonly [string, string, Value])[] = [
  // Digits and separators
  ["en", "1,200", { kind: "quantity", value: 1200 }],
  ["en", "1.200", { kind: "quantity", value: 1.2 }],
  ["de", "1.200", { kind: "quantity", value: 1200 }],
  ["nl", "1.200", { kind: "quantity", value: 1200 }],
  ["tr", "1.200", { kind: "quantity", value: 1200 }],
  ["de-CH", "1’200", { kind: "quantity", value: 1200 }],
  ["uk", "1 200", { kind: "quantity", value: 1200 }],
  ["uk", "1\u00a0200", { kind: "quantity", value: 1200 }],
  ["ru", "1\u202f200", { kind: "quantity", value: 1200 }],
  ["ru", "1\u2009200", { kind: "quantity", value: 1200 }],
  ["en", "1\u202f200", { kind: "quantity", value: 1200 }],
  ["ru", "1 234 567,5", { kind: "quantity", value: 1_234_567.5 }],
  ["de", "1,5 Millionen", { kind: "quantity", value: 1_500_000 }],
  ["de", "1.2 Millionen", { kind: "quantity", value: 1_200_000 }],
  ["en", "2.5 thousand", { kind: "quantity", value: 2500 }],
  ["en", "1.2 million", { kind: "quantity", value: 1_200_000 }],
  ["uk", "6 тисяч", { kind: "quantity", value: 6000 }],
  ["uk", "1,5 млн", { kind: "quantity", value: 1_500_000 }],
  ["ru", "2 тыс. человек", { kind: "quantity", value: 2000, unit: "person" }],
  ["tr", "2 bin", { kind: "quantity", value: 2000 }],
  ["nl", "3 mln", { kind: "quantity", value: 3_000_000 }],
  // Number words
  ["en", "a thousand prisoners", { kind: "quantity", value: 1000, unit: "prisoner" }],
  ["en", "twelve hundred people", { kind: "quantity", value: 1200, unit: "person" }],
  ["en", "one hundred and twenty-five soldiers", { kind: "quantity", value: 125, unit: "soldier" }],
  ["en", "a dozen", { kind: "quantity", value: 12 }],
  ["en", "two dozen bodies", { kind: "quantity", value: 24, unit: "body" }],
  ["nl", "duizend gevangenen", { kind: "quantity", value: 1000, unit: "prisoner" }],
  ["nl", "tweeduizend", { kind: "quantity", value: 2000 }],
  ["nl", "drieëntwintig kinderen", { kind: "quantity", value: 23, unit: "child" }],
  ["de", "tausend Gefangene", { kind: "quantity", value: 1000, unit: "prisoner" }],
  ["de", "zweitausendfünfhundert Soldaten", { kind: "quantity", value: 2500, unit: "soldier" }],
  ["de", "vierundzwanzig Stunden", { kind: "quantity", value: 24, unit: "hour" }],
  ["tr", "bin esir", { kind: "quantity", value: 1000, unit: "prisoner" }],
  ["tr", "iki bin beş yüz asker", { kind: "quantity", value: 2500, unit: "soldier" }],
  ["uk", "тисяча полонених", { kind: "quantity", value: 1000, unit: "prisoner" }],
  ["uk", "дві тисячі п'ятсот", { kind: "quantity", value: 2500 }],
  ["uk", "шість тисяч тіл", { kind: "quantity", value: 6000, unit: "body" }],
  ["ru", "тысяча двести пленных", { kind: "quantity", value: 1200, unit: "prisoner" }],
  ["ru", "три тысячи", { kind: "quantity", value: 3000 }],
  // Hedges
  ["en", "about 1,200", { kind: "quantity", value: 1200, approx: true }],
  ["en", "nearly 400", { kind: "quantity", max: 400, approx: true }],
  ["en", "just under 400", { kind: "quantity", max: 400, approx: true }],
  ["en", "more than 1,000", { kind: "quantity", min: 1000 }],
  ["en", "at least 1,000", { kind: "quantity", min: 1000 }],
  ["en", "up to 1,000", { kind: "quantity", max: 1000 }],
  ["en", "1,000 or more", { kind: "quantity", min: 1000 }],
  ["en", "1000+", { kind: "quantity", min: 1000 }],
  ["nl", "ongeveer 1.200", { kind: "quantity", value: 1200, approx: true }],
  ["nl", "rond de 1.200", { kind: "quantity", value: 1200, approx: true }],
  ["nl", "bijna 400", { kind: "quantity", max: 400, approx: true }],
  ["nl", "ruim 1.000", { kind: "quantity", min: 1000 }],
  ["nl", "meer dan 1.000", { kind: "quantity", min: 1000 }],
  ["nl", "zeker twaalf doden", { kind: "quantity", min: 12 }],
  ["nl", "zeker 12 mensen", { kind: "quantity", min: 12, unit: "person" }],
  ["nl", "tot 1.000", { kind: "quantity", max: 1000 }],
  ["de", "rund 1.200", { kind: "quantity", value: 1200, approx: true }],
  ["de", "etwa 1.200", { kind: "quantity", value: 1200, approx: true }],
  ["de", "ungefähr 1.200", { kind: "quantity", value: 1200, approx: true }],
  ["de", "fast 400", { kind: "quantity", max: 400, approx: true }],
  ["de", "knapp 400", { kind: "quantity", max: 400, approx: true }],
  ["de", "mehr als 1.000", { kind: "quantity", min: 1000 }],
  ["de", "über 1.000", { kind: "quantity", min: 1000 }],
  ["de", "mindestens 1.000", { kind: "quantity", min: 1000 }],
  ["de", "bis zu 1.000", { kind: "quantity", max: 1000 }],
  ["tr", "yaklaşık 1.200", { kind: "quantity", value: 1200, approx: true }],
  ["tr", "1.200 civarında", { kind: "quantity", value: 1200, approx: true }],
  ["tr", "neredeyse 400", { kind: "quantity", max: 400, approx: true }],
  ["tr", "1.000'den fazla", { kind: "quantity", min: 1000 }],
  ["tr", "1.200'den fazla kişi", { kind: "quantity", min: 1200, unit: "person" }],
  ["tr", "1.000'e kadar", { kind: "quantity", max: 1000 }],
  ["uk", "близько 1 200", { kind: "quantity", value: 1200, approx: true }],
  ["uk", "приблизно 1 200", { kind: "quantity", value: 1200, approx: true }],
  ["uk", "майже 400", { kind: "quantity", max: 400, approx: true }],
  ["uk", "понад тисячу", { kind: "quantity", min: 1000 }],
  ["uk", "більше 1 000", { kind: "quantity", min: 1000 }],
  ["uk", "до 1 000", { kind: "quantity", max: 1000 }],
  ["ru", "около 1 200", { kind: "quantity", value: 1200, approx: true }],
  ["ru", "примерно 1 200", { kind: "quantity", value: 1200, approx: true }],
  ["ru", "почти 400", { kind: "quantity", max: 400, approx: true }],
  ["ru", "более 1 000", { kind: "quantity", min: 1000 }],
  ["ru", "свыше 1 000", { kind: "quantity", min: 1000 }],
  ["ru", "до 1 000", { kind: "quantity", max: 1000 }],
  // A genitive singular scale word after a hedge is one of it, not the vague plural
  ["ru", "более тысячи", { kind: "quantity", min: 1000 }],
  ["ru", "свыше тысячи", { kind: "quantity", min: 1000 }],
  ["ru", "около тысячи", { kind: "quantity", value: 1000, approx: true }],
  ["ru", "более миллиона", { kind: "quantity", min: 1_000_000 }],
  ["uk", "більше тисячі", { kind: "quantity", min: 1000 }],
  ["ru", "тысячи пленных", { kind: "quantity", min: 1000, max: 9999, approx: true, unit: "prisoner" }],
  ["uk", "тисячі полонених", { kind: "quantity", min: 1000, max: 9999, approx: true, unit: "prisoner" }],
  // Ranges and orders of magnitude
  ["en", "between 18 and 25", { kind: "quantity", min: 18, max: 25 }],
  ["en", "18 to 25 years", { kind: "quantity", min: 18, max: 25, unit: "year" }],
  ["en", "18–25", { kind: "quantity", min: 18, max: 25 }],
  ["en", "18 – 25", { kind: "quantity", min: 18, max: 25 }],
  ["nl", "tussen 18 en 25 jaar", { kind: "quantity", min: 18, max: 25, unit: "year" }],
  ["de", "im Alter von 18 bis 25 Jahren", { kind: "quantity", min: 18, max: 25, unit: "year" }],
  ["tr", "18 ile 25 yaş arasında", { kind: "quantity", min: 18, max: 25, unit: "year" }],
  ["uk", "віком від 18 до 25 років", { kind: "quantity", min: 18, max: 25, unit: "year" }],
  ["ru", "в возрасте от 18 до 25 лет", { kind: "quantity", min: 18, max: 25, unit: "year" }],
  ["en", "hundreds", { kind: "quantity", min: 100, max: 999, approx: true }],
  ["en", "tens of thousands", { kind: "quantity", min: 10_000, max: 99_999, approx: true }],
  ["nl", "honderden", { kind: "quantity", min: 100, max: 999, approx: true }],
  ["nl", "tienduizenden", { kind: "quantity", min: 10_000, max: 99_999, approx: true }],
  ["de", "Hunderte", { kind: "quantity", min: 100, max: 999, approx: true }],
  ["de", "Zehntausende Kinder", { kind: "quantity", min: 10_000, max: 99_999, approx: true, unit: "child" }],
  ["tr", "yüzlerce", { kind: "quantity", min: 100, max: 999, approx: true }],
  ["tr", "on binlerce", { kind: "quantity", min: 10_000, max: 99_999, approx: true }],
  ["uk", "сотні", { kind: "quantity", min: 100, max: 999, approx: true }],
  ["uk", "десятки тисяч", { kind: "quantity", min: 10_000, max: 99_999, approx: true }],
  ["ru", "сотни", { kind: "quantity", min: 100, max: 999, approx: true }],
  ["ru", "десятки тысяч", { kind: "quantity", min: 10_000, max: 99_999, approx: true }],
  // Reciprocal and per-side forms
  ["en", "1,000 for 1,000", { kind: "per-side", each: { value: 1000 } }],
  ["en", "1000-for-1000", { kind: "per-side", each: { value: 1000 } }],
  ["en", "6,000-for-6,000", { kind: "per-side", each: { value: 6000 } }],
  ["en", "about 1,200 from each side", { kind: "per-side", each: { value: 1200, approx: true } }],
  ["nl", "1000 voor 1000", { kind: "per-side", each: { value: 1000 } }],
  ["nl", "1.000 tegen 1.000", { kind: "per-side", each: { value: 1000 } }],
  ["de", "1000 gegen 1000", { kind: "per-side", each: { value: 1000 } }],
  ["de", "je 1.200", { kind: "per-side", each: { value: 1200 } }],
  ["de", "je rund 1.200 Gefangene", { kind: "per-side", each: { value: 1200, approx: true, unit: "prisoner" } }],
  ["tr", "1000'e 1000", { kind: "per-side", each: { value: 1000 } }],
  ["tr", "her iki taraftan 1.200", { kind: "per-side", each: { value: 1200 } }],
  ["tr", "1.200'er esir", { kind: "per-side", each: { value: 1200, unit: "prisoner" } }],
  ["uk", "1000 на 1000", { kind: "per-side", each: { value: 1000 } }],
  ["uk", "по 1200 з кожного боку", { kind: "per-side", each: { value: 1200 } }],
  ["ru", "1000 на 1000", { kind: "per-side", each: { value: 1000 } }],
  ["ru", "по 1200 с каждой стороны", { kind: "per-side", each: { value: 1200 } }],
  // Units from each language
  ["nl", "1000 gevangenen", { kind: "quantity", value: 1000, unit: "prisoner" }],
  ["de", "1200 Gefangene", { kind: "quantity", value: 1200, unit: "prisoner" }],
  ["uk", "1,2 тисячі полонених", { kind: "quantity", value: 1200, unit: "prisoner" }],
  ["en", "6,000 bodies", { kind: "quantity", value: 6000, unit: "body" }],
  ["nl", "20 kinderen", { kind: "quantity", value: 20, unit: "child" }],
  ["de", "20 Kinder", { kind: "quantity", value: 20, unit: "child" }],
  ["uk", "20 дітей", { kind: "quantity", value: 20, unit: "child" }],
  ["ru", "20 детей", { kind: "quantity", value: 20, unit: "child" }],
  ["tr", "20 çocuk", { kind: "quantity", value: 20, unit: "child" }],
  ["en", "1 hour and 45 minutes", { kind: "quantity", value: 105, unit: "minute" }],
  ["de", "1 Stunde und 45 Minuten", { kind: "quantity", value: 105, unit: "minute" }],
  ["en", "one hour and 45 minutes", { kind: "quantity", value: 105, unit: "minute" }],
  ["tr", "1 saat 45 dakika", { kind: "quantity", value: 105, unit: "minute" }],
  ["uk", "1 годину 45 хвилин", { kind: "quantity", value: 105, unit: "minute" }],
  ["en", "18-year-old soldiers", { kind: "quantity", value: 18, unit: "year" }],
];

describe("readQuantity: the issue's forms in every language", () => {
  test.each(cases)("%s %s", (language, text, expected) => {
    const result = read(language, text);
    expect(result).toMatchObject({ ok: true });
    if (result.ok) expect(result.value).toEqual(expected);
  });
});

/** [language, phrase, value]: crowds, as reports of rallies and marches count them; every one is persons. */
const crowds: readonly (readonly [string, string, number])[] = [
  ["de", "350.000 Teilnehmer", 350_000],
  ["de", "von 350.000 Teilnehmern", 350_000],
  ["de", "350.000 Teilnehmende", 350_000],
  ["de", "mit 350.000 Teilnehmenden", 350_000],
  ["de", "350.000 Teilnehmerinnen und Teilnehmer", 350_000],
  ["de", "350.000 Teilnehmer*innen", 350_000],
  ["de", "350.000 Teilnehmer:innen", 350_000],
  ["de", "350.000 TeilnehmerInnen", 350_000],
  ["de", "20.000 Demonstranten", 20_000],
  ["de", "20.000 Demonstrant*innen", 20_000],
  ["de", "20.000 Demonstrierende", 20_000],
  ["de", "20.000 Protestierende", 20_000],
  ["de", "500 Gegendemonstranten", 500],
  ["en", "350,000 participants", 350_000],
  ["en", "350,000 protesters", 350_000],
  ["en", "350,000 protestors", 350_000],
  ["en", "350,000 demonstrators", 350_000],
  ["en", "500 counter-protesters", 500],
  ["en", "20,000 marchers", 20_000],
  ["nl", "350.000 deelnemers", 350_000],
  ["nl", "20.000 betogers", 20_000],
  ["nl", "20.000 demonstranten", 20_000],
  ["nl", "500 actievoerders", 500],
  ["tr", "350 bin katılımcı", 350_000],
  ["tr", "20.000 gösterici", 20_000],
  ["tr", "500 protestocu", 500],
  ["tr", "500 eylemci", 500],
  ["uk", "350 тисяч учасників", 350_000],
  ["uk", "20 000 протестувальників", 20_000],
  ["uk", "500 мітингувальників", 500],
  ["uk", "500 демонстрантів", 500],
  ["ru", "350 тысяч участников", 350_000],
  ["ru", "20 000 протестующих", 20_000],
  ["ru", "500 митингующих", 500],
  ["ru", "500 демонстрантов", 500],
];

describe("readQuantity: crowds are persons", () => {
  test.each(crowds)("%s %s", (language, text, value) => {
    expect(read(language, text)).toMatchObject({ ok: true, value: { kind: "quantity", value, unit: "person" } });
  });

  test("a crowd counted in participants and in people is one unit", () => {
    const participants = read("de", "350.000 Teilnehmer");
    const people = read("de", "350.000 Menschen");
    expect(participants.ok && people.ok && participants.value).toEqual(people.ok && people.value);
  });
});

/** [language, phrase, min, max]: "several thousand" and its kin are ranges, as "dozens" is, never exactly one of the unit. */
const severals: readonly (readonly [string, string, number, number])[] = [
  ["de", "mehrere Tausend", 2000, 9999],
  ["de", "mehrere tausend", 2000, 9999],
  ["de", "einige Tausend", 2000, 9999],
  ["de", "ein paar Tausend", 2000, 9999],
  ["de", "mit mehreren Tausend", 2000, 9999],
  ["de", "mehrere Hundert", 200, 999],
  ["de", "einige Hundert", 200, 999],
  ["de", "mehrere Zehntausend", 20_000, 99_999],
  ["de", "mehrere Hunderttausend", 200_000, 999_999],
  ["de", "mehrere Millionen", 2_000_000, 9_999_999],
  ["de", "mehrere Dutzend", 24, 99],
  ["de", "mit Tausenden", 1000, 9999],
  ["de", "vor Zehntausenden", 10_000, 99_999],
  ["en", "several thousand", 2000, 9999],
  ["en", "a few thousand", 2000, 9999],
  ["en", "several hundred", 200, 999],
  ["en", "a few hundred", 200, 999],
  ["en", "several dozen", 24, 99],
  ["en", "several tens of thousands", 20_000, 99_999],
  ["en", "several hundred thousand", 200_000, 999_999],
  ["en", "several million", 2_000_000, 9_999_999],
  ["nl", "enkele duizenden", 2000, 9999],
  ["nl", "een paar duizend", 2000, 9999],
  ["nl", "enkele honderden", 200, 999],
  ["nl", "enkele tientallen", 20, 99],
  ["nl", "enkele tienduizenden", 20_000, 99_999],
  ["tr", "birkaç bin", 2000, 9999],
  ["tr", "birkaç yüz", 200, 999],
  ["tr", "birkaç on bin", 20_000, 99_999],
  ["tr", "birkaç yüz bin", 200_000, 999_999],
  ["uk", "кілька тисяч", 2000, 9999],
  ["uk", "декілька тисяч", 2000, 9999],
  ["uk", "кілька сотень", 200, 999],
  ["uk", "кількасот", 200, 999],
  ["uk", "кілька десятків тисяч", 20_000, 99_999],
  ["ru", "несколько тысяч", 2000, 9999],
  ["ru", "несколько сотен", 200, 999],
  ["ru", "несколько десятков", 20, 99],
  ["ru", "несколько десятков тысяч", 20_000, 99_999],
  ["ru", "нескольких тысяч", 2000, 9999],
];

/** [language, phrase, min, max]: Ukrainian and Russian vague plurals in the cases prepositions ask for. */
const cased: readonly (readonly [string, string, number, number])[] = [
  ["ru", "о нескольких десятках тысяч протестующих", 20_000, 99_999],
  ["ru", "с десятками тысяч людей", 10_000, 99_999],
  ["ru", "с несколькими тысячами участников", 2000, 9999],
  ["ru", "в сотнях тысяч", 100_000, 999_999],
  ["ru", "к нескольким сотням", 200, 999],
  ["ru", "миллионами", 1_000_000, 9_999_999],
  ["uk", "з кількома тисячами учасників", 2000, 9999],
  ["uk", "у десятках тисяч", 10_000, 99_999],
  ["uk", "з десятками тисяч людей", 10_000, 99_999],
  ["uk", "кільком сотням", 200, 999],
  ["uk", "близько кількох тисяч", 2000, 9999],
];

describe("readQuantity: several of a unit is a range", () => {
  test.each(cased)("%s %s", (language, text, min, max) => {
    expect(read(language, text)).toMatchObject({ ok: true, value: { kind: "quantity", min, max, approx: true } });
  });

  test.each(severals)("%s %s", (language, text, min, max) => {
    expect(read(language, text)).toMatchObject({ ok: true, value: { kind: "quantity", min, max, approx: true } });
  });

  test("“mehrere Tausend Menschen” is 2,000–9,999 people, the whole phrase read", () => {
    expect(read("de", "Es kamen mehrere Tausend Menschen.")).toEqual({
      ok: true,
      value: { kind: "quantity", min: 2000, max: 9999, approx: true, unit: "person" },
      span: { start: 9, end: 33 },
      text: "mehrere Tausend Menschen",
      shapes: [],
    });
    expect(read("en", "several thousand protesters")).toMatchObject({
      ok: true,
      value: { min: 2000, max: 9999, unit: "person" },
    });
    expect(read("uk", "кілька тисяч людей")).toMatchObject({
      ok: true,
      value: { min: 2000, max: 9999, unit: "person" },
    });
    expect(read("ru", "несколько тысяч человек")).toMatchObject({
      ok: true,
      value: { min: 2000, max: 9999, unit: "person" },
    });
  });
});

/** [language, phrase, value]: an intensifier or an estimate before a bound reaches the reading and its text. */
const strengthened: readonly (readonly [string, string, Value])[] = [
  ["de", "deutlich mehr als 20.000", { kind: "quantity", min: 20_000 }],
  ["de", "weit über 20.000", { kind: "quantity", min: 20_000 }],
  ["de", "deutlich weniger als 20.000", { kind: "quantity", max: 20_000 }],
  ["de", "etwas mehr als 20.000", { kind: "quantity", min: 20_000, approx: true }],
  ["de", "schätzungsweise mindestens 180.000", { kind: "quantity", min: 180_000, approx: true }],
  ["de", "schätzungsweise mehr als 180.000", { kind: "quantity", min: 180_000, approx: true }],
  ["de", "schätzungsweise bis zu 180.000", { kind: "quantity", max: 180_000, approx: true }],
  ["de", "geschätzte 350.000", { kind: "quantity", value: 350_000, approx: true }],
  ["en", "well over 20,000", { kind: "quantity", min: 20_000 }],
  ["en", "far more than 20,000", { kind: "quantity", min: 20_000 }],
  ["en", "far fewer than 20,000", { kind: "quantity", max: 20_000 }],
  ["en", "slightly more than 20,000", { kind: "quantity", min: 20_000, approx: true }],
  ["en", "an estimated more than 20,000", { kind: "quantity", min: 20_000, approx: true }],
  ["en", "as many as 20,000", { kind: "quantity", max: 20_000 }],
  ["nl", "veel meer dan 20.000", { kind: "quantity", min: 20_000 }],
  ["nl", "naar schatting meer dan 20.000", { kind: "quantity", min: 20_000, approx: true }],
  ["nl", "naar schatting ruim 20.000", { kind: "quantity", min: 20_000, approx: true }],
  ["nl", "iets meer dan 20.000", { kind: "quantity", min: 20_000, approx: true }],
  ["tr", "20.000'den çok daha fazla", { kind: "quantity", min: 20_000 }],
  ["tr", "yaklaşık en az 20.000", { kind: "quantity", min: 20_000, approx: true }],
  ["uk", "значно більше 20 000", { kind: "quantity", min: 20_000 }],
  ["uk", "набагато більше ніж 20 000", { kind: "quantity", min: 20_000 }],
  ["uk", "приблизно понад 20 000", { kind: "quantity", min: 20_000, approx: true }],
  ["ru", "значительно больше 20 000", { kind: "quantity", min: 20_000 }],
  ["ru", "гораздо более 20 000", { kind: "quantity", min: 20_000 }],
  ["ru", "примерно более 20 000", { kind: "quantity", min: 20_000, approx: true }],
];

describe("readQuantity: hedges before a bound", () => {
  test.each(strengthened)("%s %s", (language, text, value) => {
    expect(read(language, text)).toEqual({
      ok: true,
      value,
      span: { start: 0, end: text.length },
      text,
      shapes: expect.any(Array),
    });
  });

  test("in a sentence, the span starts at the first hedge word", () => {
    const found = findQuantities(
      "Die Polizei zählte deutlich mehr als 20.000 Teilnehmer, die Veranstalter schätzungsweise mindestens 180.000.",
      {
        language: "de",
      },
    );
    expect(found).toMatchObject({
      ok: true,
      quantities: [
        { text: "deutlich mehr als 20.000 Teilnehmer", value: { kind: "quantity", min: 20_000, unit: "person" } },
        { text: "schätzungsweise mindestens 180.000", value: { kind: "quantity", min: 180_000, approx: true } },
      ],
    });
  });

  test("a bound before a vague range keeps its side of the range, and its words", () => {
    for (const [language, text, value] of [
      ["en", "more than tens of thousands", { kind: "quantity", min: 10_000, approx: true }],
      ["en", "up to several thousand", { kind: "quantity", max: 9999, approx: true }],
      ["de", "mehr als Zehntausende", { kind: "quantity", min: 10_000, approx: true }],
      ["de", "bis zu mehrere Tausend", { kind: "quantity", max: 9999, approx: true }],
      ["nl", "meer dan duizenden", { kind: "quantity", min: 1000, approx: true }],
      ["ru", "более нескольких тысяч", { kind: "quantity", min: 2000, approx: true }],
      ["uk", "понад десятки тисяч", { kind: "quantity", min: 10_000, approx: true }],
      ["en", "about several thousand", { kind: "quantity", min: 2000, max: 9999, approx: true }],
    ] as const) {
      expect(read(language, text), text).toEqual({
        ok: true,
        value,
        span: { start: 0, end: text.length },
        text,
        shapes: expect.any(Array),
      });
    }
  });

  test("an intensifier without a bound after it is no hedge", () => {
    expect(read("de", "deutlich 20.000")).toMatchObject({
      ok: true,
      text: "20.000",
      value: { kind: "quantity", value: 20_000 },
    });
    expect(read("en", "well 20,000")).toMatchObject({
      ok: true,
      text: "20,000",
      value: { kind: "quantity", value: 20_000 },
    });
  });
});

/** [phrase, value]: Turkish scale words carry the case suffix a hedge needs, and digits after them add up. */
const turkish: readonly (readonly [string, Value])[] = [
  ["1 milyondan fazla gösterici", { kind: "quantity", min: 1_000_000, unit: "person" }],
  ["10 binden fazla", { kind: "quantity", min: 10_000 }],
  ["5 bine yakın kişi", { kind: "quantity", max: 5000, approx: true, unit: "person" }],
  ["2 binin üzerinde", { kind: "quantity", min: 2000 }],
  ["5 binlik", { kind: "quantity", value: 5000 }],
  ["3 bin 500 kişi", { kind: "quantity", value: 3500, unit: "person" }],
  ["1 milyon 200 bin kişi", { kind: "quantity", value: 1_200_000, unit: "person" }],
  ["3 bin 500'den fazla", { kind: "quantity", min: 3500 }],
  ["yüzde 50", { kind: "quantity", value: 50, unit: "percent" }],
];

/** [language, phrase, value]: a fraction of a scale word is that fraction of it, never the whole scale. */
const fractions: readonly (readonly [string, string, number])[] = [
  ["de", "eine halbe Million Menschen", 500_000],
  ["de", "einer halben Million", 500_000],
  ["de", "anderthalb Millionen", 1_500_000],
  ["de", "eineinhalb Millionen", 1_500_000],
  ["de", "zweieinhalb Millionen", 2_500_000],
  ["de", "Viertelmillion", 250_000],
  ["de", "anderthalbtausend", 1500],
  ["en", "half a million people", 500_000],
  ["en", "one and a half million", 1_500_000],
  ["en", "a quarter of a million", 250_000],
  ["nl", "een half miljoen mensen", 500_000],
  ["nl", "anderhalf miljoen", 1_500_000],
  ["tr", "yarım milyon kişi", 500_000],
  ["tr", "bir buçuk milyon", 1_500_000],
  ["uk", "півмільйона людей", 500_000],
  ["uk", "пів мільйона", 500_000],
  ["uk", "півтори тисячі", 1500],
  ["ru", "полмиллиона", 500_000],
  ["ru", "полторы тысячи человек", 1500],
  ["ru", "полтора миллиона", 1_500_000],
];

describe("readQuantity: fractions of a scale word", () => {
  test.each(fractions)("%s %s", (language, text, value) => {
    expect(read(language, text)).toMatchObject({ ok: true, text, value: { kind: "quantity", value } });
  });

  test("“mehr als eine halbe Million Menschen” is at least 500,000 people, not a million", () => {
    expect(read("de", "Mehr als eine halbe Million Menschen gingen auf die Straße")).toMatchObject({
      ok: true,
      text: "Mehr als eine halbe Million Menschen",
      value: { kind: "quantity", min: 500_000, unit: "person" },
    });
    expect(read("ru", "около полутора тысяч")).toMatchObject({
      ok: true,
      value: { kind: "quantity", value: 1500, approx: true },
    });
  });

  test("a fraction word without a scale word after it is no figure", () => {
    for (const [language, text] of [
      ["de", "die halbe Stadt"],
      ["en", "half of them"],
      ["en", "two-thirds"],
      ["nl", "een kwart van de"],
    ] as const) {
      expect(read(language, text), text).toMatchObject({ ok: false, code: "no_quantity" });
    }
  });
});

describe("readQuantity: Turkish scale words", () => {
  test.each(turkish)("%s", (text, value) => {
    expect(read("tr", text)).toMatchObject({ ok: true, value, text });
  });

  test("digits after a scale word add only when smaller than it", () => {
    expect(findQuantities("3 bin 5000 kişi", { language: "tr" })).toMatchObject({
      ok: true,
      quantities: [{ text: "3 bin" }, { text: "5000 kişi" }],
    });
    expect(findQuantities("3 bin, 500 kişi", { language: "tr" })).toMatchObject({
      ok: true,
      quantities: [{ text: "3 bin" }, { text: "500 kişi" }],
    });
  });
});

describe("readQuantity: unequal reciprocals", () => {
  test("“1,000 for 800” needs to know which side is which", () => {
    expect(read("en", "1,000 for 800")).toMatchObject({ ok: false, code: "unequal_sides" });
    expect(read("en", "1,000 for 800", ["ukraine", "russia"])).toEqual({
      ok: true,
      value: { kind: "per-side", bySide: { ukraine: { value: 1000 }, russia: { value: 800 } } },
      span: { start: 0, end: 13 },
      text: "1,000 for 800",
      shapes: [
        { span: { start: 0, end: 5 }, text: "1,000", value: 1000, grouping: "comma", decimal: "none" },
        { span: { start: 10, end: 13 }, text: "800", value: 800, grouping: "none", decimal: "none" },
      ],
    });
  });

  test("findQuantities lists it as unread, with its span", () => {
    const found = findQuantities("They offered 1,000 for 800 prisoners.", { language: "en" });
    expect(found).toMatchObject({
      ok: true,
      quantities: [],
      unread: [{ text: "1,000 for 800 prisoners", code: "unequal_sides" }],
    });
  });

  test("bad sides are an input error", () => {
    expect(readQuantity("1,000 for 800", { language: "en", sides: ["ukraine", "ukraine"] })).toMatchObject({
      ok: false,
      code: "invalid_input",
    });
  });
});

describe("readQuantity: what is not a count", () => {
  test("“1.2 million” in English is 1,200,000, not 12", () => {
    expect(read("en", "1.2 million")).toMatchObject({ ok: true, value: { kind: "quantity", value: 1_200_000 } });
  });

  test("“18 to 25” in an age phrase is a range, not per-side", () => {
    expect(read("en", "aged 18 to 25")).toMatchObject({
      ok: true,
      value: { kind: "quantity", min: 18, max: 25, unit: "year" },
    });
    expect(read("en", "18 for 25")).toMatchObject({ ok: false, code: "unequal_sides" });
  });

  test("the year of a date is not a count", () => {
    for (const [language, text] of [
      ["en", "16 May 2025"],
      ["en", "May 16, 2025"],
      ["de", "am 1. Januar 2026"],
      ["nl", "16 mei 2025"],
      ["tr", "2 Haziran 2025"],
      ["uk", "15 листопада 2025 року"],
      ["ru", "15 ноября 2025 года"],
      ["en", "23.05.2025"],
      ["en", "in 2025"],
      ["de", "seit 2022"],
      ["uk", "у 2025 році"],
      ["en", "February 2022"],
    ] as const) {
      expect(read(language, text), `${language} ${text}`).toMatchObject({ ok: false, code: "no_quantity" });
    }
  });

  test("phone numbers, links, ISO dates, times, codes, ordinals and percentages are not counts", () => {
    for (const [language, text] of [
      ["en", "+380 44 123 4567"],
      ["uk", "+380 44 123 4567"],
      ["en", "https://example.com/news/1200-prisoners?id=5"],
      ["en", "www.example.com/1200"],
      ["en", "press@example.com"],
      ["en", "2025-05-16"],
      ["en", "18:12"],
      ["en", "EUR1 bln"],
      ["en", "COVID-19"],
      ["en", "the 3rd round"],
      ["de", "die 3. Runde"],
      ["en", "50%"],
      ["en", "$5"],
      ["en", "one of the points"],
      ["de", "ein Austausch"],
      ["de", "eine Stunde"],
      ["en", "a prisoner exchange"],
      ["en", "two-thirds"],
    ] as const) {
      expect(read(language, text), `${language} ${text}`).toMatchObject({ ok: false, code: "no_quantity" });
    }
  });

  test("several figures are an error naming them", () => {
    const result = read("en", "Three people killed, four injured");
    expect(result).toMatchObject({ ok: false, code: "several_quantities" });
    if (!result.ok) expect(result.message).toContain('"Three people", "four"');
  });
});

describe("readQuantity: odd text", () => {
  test("text with astral code points whose low 16 bits are whitespace is read to its end", () => {
    // Regression: U+E000C was once taken for a form feed (U+000C) and looped for ever.
    for (let plane = 1; plane <= 16; plane++) {
      for (const low of [0x09, 0x0a, 0x0c, 0x0d, 0x20, 0xa0, 0x2009, 0x2028, 0x202f, 0x3000]) {
        const odd = String.fromCodePoint(plane * 0x10000 + low);
        expect(findQuantities(`1${odd}200 ${odd}осіб`, { language: "uk" }).ok).toBe(true);
        expect(read("en", `\u{268d1}${odd}`)).toMatchObject({ ok: false, code: "no_quantity" });
      }
    }
  });
});

describe("readQuantity: languages", () => {
  test("a BCP 47 tag reads by its primary subtag", () => {
    expect(read("nl-BE", "1.200")).toMatchObject({ ok: true, value: { value: 1200 } });
    expect(read("en-GB", "1.200")).toMatchObject({ ok: true, value: { value: 1.2 } });
    expect(read("UK-ua", "1 200")).toMatchObject({ ok: true, value: { value: 1200 } });
  });

  test("an unknown language names the supported ones", () => {
    for (const language of ["fr", "", "x-klingon"]) {
      const result = read(language, "1 200");
      expect(result).toMatchObject({ ok: false, code: "unsupported_language" });
      if (!result.ok) for (const supported of supportedLanguages) expect(result.message).toContain(supported);
    }
    expect(findQuantities("1 200", { language: "fr" })).toMatchObject({ ok: false, code: "unsupported_language" });
  });
});
