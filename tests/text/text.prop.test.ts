import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { Value } from "../../src/corpus/value.js";
import { findQuantities, nameKey, readDate, readQuantity, supportedLanguages } from "../../src/text/index.js";
import { de } from "../../src/text/languages/de.js";
import { en } from "../../src/text/languages/en.js";
import { nl } from "../../src/text/languages/nl.js";
import { ru } from "../../src/text/languages/ru.js";
import { tr } from "../../src/text/languages/tr.js";
import { uk } from "../../src/text/languages/uk.js";
import type { HedgeForm, LanguageTable } from "../../src/text/languageTable.js";

const tables: readonly LanguageTable[] = [en, nl, de, tr, uk, ru];
const languageArb = fc.constantFrom(...supportedLanguages);
const countArb = fc.integer({ min: 0, max: 1e9 });
/** Spaces a Ukrainian or Russian number may be grouped with: plain, no-break, narrow no-break, thin. */
const groupSpaceArb = fc.constantFrom(" ", "\u00a0", "\u202f", "\u2009");

/** The quantity body a hedge form gives for `value`. */
function bodyOf(form: HedgeForm, value: number): Record<string, unknown> {
  switch (form) {
    case "approx":
      return { value, approx: true };
    case "below":
      return { max: value, approx: true };
    case "above":
      return { min: value };
    case "aboveApprox":
      return { min: value, approx: true };
    case "upTo":
      return { max: value };
  }
}

/** Every hedge of every table, with its language. */
const hedgeArb = fc.constantFrom(
  ...tables.flatMap((table) => table.hedges.map((hedge) => ({ language: table.tag, hedge }))),
);

/** Words from every table, to build text that exercises the grammar, not just random strings. */
const vocabulary: readonly string[] = [
  ...new Set(
    tables.flatMap((table) => [
      ...table.hedges.map((hedge) => hedge.words),
      ...table.vague.map((vague) => vague.words),
      ...table.reciprocal.map((reciprocal) => reciprocal.words),
      ...table.ranges.flatMap((range) => [range.open ?? "", range.join]),
      ...table.eachBefore,
      ...table.eachAfter,
      ...table.ageMarkers,
      ...Object.keys(table.units),
      ...Object.keys(table.numberWords),
      ...Object.keys(table.scaleWords),
      ...table.articles,
      ...table.months.flat(),
      ...table.weekdays.flat(),
      ...table.yearBefore,
      ...table.yearAfter,
    ]),
  ),
].filter((word) => word !== "");

const pieceArb = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...vocabulary) },
  {
    weight: 3,
    arbitrary: fc.tuple(languageArb, countArb).map(([language, n]) => new Intl.NumberFormat(language).format(n)),
  },
  { weight: 2, arbitrary: fc.nat(3000).map(String) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      "-",
      "–",
      "'",
      "'e",
      "'den",
      ".",
      ",",
      ":",
      "/",
      "+",
      "%",
      "(",
      ")",
      "https://",
      "@",
      "2025-05-16",
      "23.05.2025",
      "18:12",
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 4 }) },
);
const separatorArb = fc.constantFrom(" ", " ", " ", "", "-", ", ", "\n", "\n\n", "\u00a0", "\u202f");
/** Text made of table words, formatted numbers, separators and noise. */
const phraseArb = fc
  .array(fc.tuple(pieceArb, separatorArb), { maxLength: 14 })
  .map((pieces) => pieces.map(([piece, separator]) => piece + separator).join(""));

/** Any UTF-16 string, lone surrogates included. */
const utf16Arb = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)) });
const anyTextArb = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary" }),
  fc.string({ unit: "grapheme" }),
  utf16Arb,
  phraseArb,
);

/** Name-like strings: Latin with diacritics, Turkish, Cyrillic, and the clusters nameKey folds. */
const nameArb = fc
  .array(
    fc.constantFrom(
      ..."abcdefghijklmnopqrstuvwxyzäöüßçğışéèêáàóòúłøæœñž",
      ..."абвгґдеєжзиіїйклмнопрстуфхцчшщьюяыэёъ",
      "sch",
      "tsch",
      "kh",
      "ch",
      "oe",
      "ij",
      "dzh",
      "zh",
      "ts",
      "ph",
      "shch",
      "'",
      " ",
      "-",
      "\u0301",
      "\u0308",
    ),
    { maxLength: 16 },
  )
  .map((parts) => parts.join(""));

const stripMarks = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "");

describe("reading numbers back", () => {
  test.prop([languageArb, countArb])("Intl.NumberFormat(language) output reads back as the number", (language, n) => {
    const formatted = new Intl.NumberFormat(language).format(n);
    expect(readQuantity(formatted, { language })).toMatchObject({ ok: true, value: { kind: "quantity", value: n } });
  });

  test.prop([fc.constantFrom("uk", "ru"), countArb, groupSpaceArb])(
    "Ukrainian and Russian read a plain, no-break, narrow no-break or thin space as a group separator",
    (language, n, space) => {
      const formatted = new Intl.NumberFormat(language).format(n).replace(/[\u00a0\u202f]/g, space);
      expect(readQuantity(formatted, { language })).toMatchObject({ ok: true, value: { kind: "quantity", value: n } });
    },
  );

  test.prop([languageArb, countArb, groupSpaceArb])(
    "Intl.NumberFormat output with its group separators made spaces reads back where the table allows that space",
    (language, n, space) => {
      const table = tables.find((candidate) => candidate.tag === language);
      const parts = new Intl.NumberFormat(language).formatToParts(n);
      const formatted = parts.map((part) => (part.type === "group" ? space : part.value)).join("");
      const read = readQuantity(formatted, { language });
      if (space !== " " || table?.spaceGrouping === true || !parts.some((part) => part.type === "group")) {
        expect(read).toMatchObject({ ok: true, value: { kind: "quantity", value: n } });
      } else {
        // "350 000" in English: one number or two? Not guessed.
        expect(read).toMatchObject({ ok: false, code: "ambiguous_grouping" });
      }
    },
  );

  /** A digit group as text may split a number: 1–5 digits, sometimes with a leading zero. */
  const groupArb = fc.oneof(
    fc.integer({ min: 0, max: 99_999 }).map(String),
    fc.integer({ min: 0, max: 999 }).map((n) => String(n).padStart(3, "0")),
    fc.integer({ min: 0, max: 9999 }).map((n) => `0${n}`),
  );

  test.prop([languageArb, fc.array(groupArb, { minLength: 2, maxLength: 5 }), groupSpaceArb])(
    "digits split by spaces are one number, several, or unread: never part of a grouping guessed",
    (language, groups, space) => {
      const table = tables.find((candidate) => candidate.tag === language);
      const isHead = (group: string) => group.length <= 3 && !group.startsWith("0");
      const leadingZero = (group: string) => group.length > 1 && group.startsWith("0");
      let open = isHead(groups[0] ?? "");
      let zero = leadingZero(groups[0] ?? "");
      let grouping = 0;
      for (const group of groups.slice(1)) {
        if (open && group.length === 3) {
          grouping += 1;
        } else {
          open = isHead(group);
          zero ||= leadingZero(group);
        }
      }
      const text = groups.join(space);
      const found = findQuantities(text, { language });
      expect(found.ok).toBe(true);
      if (!found.ok) return;
      const quantities = found.quantities.map((quantity) => [quantity.text, quantity.value] as const);
      const unread = found.unread.map((figure) => [figure.text, figure.code] as const);
      if (grouping === groups.length - 1 && (space !== " " || table?.spaceGrouping === true)) {
        expect({ quantities, unread }).toEqual({
          quantities: [[text, { kind: "quantity", value: Number(groups.join("")) }]],
          unread: [],
        });
      } else if (grouping === 0 && !zero) {
        expect({ quantities, unread }).toEqual({
          quantities: groups.map((group) => [group, { kind: "quantity", value: Number(group) }]),
          unread: [],
        });
      } else {
        expect({ quantities, unread }).toEqual({ quantities: [], unread: [[text, "ambiguous_grouping"]] });
      }
    },
  );

  test.prop([languageArb, fc.integer({ min: 1, max: 99_999_999 })])(
    "decimals with two digits read back",
    (language, cents) => {
      const formatted = new Intl.NumberFormat(language, { minimumFractionDigits: 2 }).format(cents / 100);
      const read = readQuantity(formatted, { language });
      expect(read.ok && read.value.kind === "quantity" ? read.value.value : undefined).toBeCloseTo(cents / 100, 6);
    },
  );

  test.prop([hedgeArb, countArb])(
    "a hedge and a formatted number read as the hedge's form",
    ({ language, hedge }, n) => {
      const number = new Intl.NumberFormat(language).format(n);
      const suffix = hedge.suffixes?.[0];
      const text =
        hedge.position === "after"
          ? `${number}${suffix === undefined ? "" : `'${suffix === "*" ? "in" : suffix}`} ${hedge.words}`
          : `${hedge.words} ${number}`;
      const read = readQuantity(text, { language });
      expect(read).toMatchObject({ ok: true, text });
      if (read.ok) expect(read.value).toEqual({ kind: "quantity", ...bodyOf(hedge.form, n) });
    },
  );
});

/** Hedges before the number that bound it, per table. */
const boundsOf = (table: LanguageTable) =>
  table.hedges.filter((hedge) => hedge.position !== "after" && hedge.form !== "approx");
/** An intensifier and a bound hedge of one table. */
const intensifiedArb = fc.constantFrom(
  ...tables.flatMap((table) =>
    table.intensifiers.flatMap((intensifier) =>
      boundsOf(table).map((hedge) => ({ language: table.tag, intensifier, hedge })),
    ),
  ),
);
/** An approximate hedge and a bound hedge of one table. */
const estimatedArb = fc.constantFrom(
  ...tables.flatMap((table) =>
    table.hedges
      .filter((hedge) => hedge.position !== "after" && hedge.form === "approx")
      .flatMap((estimate) => boundsOf(table).map((hedge) => ({ language: table.tag, estimate, hedge }))),
  ),
);
/** What an approximate hedge makes of a bound. */
const approximated: Readonly<Record<HedgeForm, HedgeForm>> = {
  approx: "approx",
  above: "aboveApprox",
  aboveApprox: "aboveApprox",
  below: "below",
  upTo: "below",
};

describe("hedges before a bound", () => {
  test.prop([intensifiedArb, countArb])(
    "an intensifier keeps the bound's form and joins its text",
    ({ language, intensifier, hedge }, n) => {
      const text = `${intensifier} ${hedge.words} ${new Intl.NumberFormat(language).format(n)}`;
      const read = readQuantity(text, { language });
      expect(read).toMatchObject({ ok: true, text });
      if (read.ok) expect(read.value).toEqual({ kind: "quantity", ...bodyOf(hedge.form, n) });
    },
  );

  test.prop([estimatedArb, countArb])(
    "an estimate before a bound makes it approximate and joins its text",
    ({ language, estimate, hedge }, n) => {
      const text = `${estimate.words} ${hedge.words} ${new Intl.NumberFormat(language).format(n)}`;
      const read = readQuantity(text, { language });
      expect(read).toMatchObject({ ok: true, text });
      if (read.ok) expect(read.value).toEqual({ kind: "quantity", ...bodyOf(approximated[hedge.form], n) });
    },
  );
});

describe("Turkish scale words", () => {
  test.prop([fc.integer({ min: 1, max: 999 }), fc.integer({ min: 1, max: 999 }), fc.integer({ min: 0, max: 999 })])(
    "“a milyon b bin c” adds up, and a suffix on the last part reaches the hedge",
    (millions, thousands, units) => {
      const text = `${millions} milyon ${thousands} bin${units === 0 ? "" : ` ${units}`}`;
      const value = millions * 1e6 + thousands * 1e3 + units;
      expect(readQuantity(text, { language: "tr" })).toMatchObject({
        ok: true,
        text,
        value: { kind: "quantity", value },
      });
      const hedged = units === 0 ? `${text}den fazla` : `${text}'den fazla`;
      expect(readQuantity(hedged, { language: "tr" })).toMatchObject({
        ok: true,
        text: hedged,
        value: { kind: "quantity", min: value },
      });
    },
  );
});

/** A fraction phrase and a scale number word of one table ("eine halbe" and "Million"). */
const fractionArb = fc.constantFrom(
  ...tables.flatMap((table) =>
    Object.entries(table.scaleFractions).flatMap(([fraction, factor]) =>
      Object.entries(table.numberWords).flatMap(([word, meaning]) =>
        meaning.kind === "scale"
          ? [{ language: table.tag, text: `${fraction} ${word}`, value: factor * meaning.scale }]
          : [],
      ),
    ),
  ),
);

describe("fractions of a scale word", () => {
  test.prop([fractionArb])("read as the fraction times the scale, the whole phrase", ({ language, text, value }) => {
    expect(readQuantity(text, { language })).toMatchObject({ ok: true, text, value: { kind: "quantity", value } });
  });
});

/** Every vague phrase of every table, with its language. */
const vagueArb = fc.constantFrom(
  ...tables.flatMap((table) => table.vague.map((vague) => ({ language: table.tag, vague }))),
);

/** A hedge before the number and a vague phrase of one table; not the genitive scales ("более тысячи" is one thousand). */
const hedgedVagueArb = fc.constantFrom(
  ...tables.flatMap((table) =>
    table.vague
      .filter((vague) => !(table.genitiveScales ?? []).includes(vague.words))
      .flatMap((vague) =>
        table.hedges
          .filter((hedge) => hedge.position !== "after")
          .map((hedge) => ({ language: table.tag, hedge, vague })),
      ),
  ),
);

describe("vague quantities", () => {
  test.prop([hedgedVagueArb])(
    "a hedge before a vague phrase keeps the side of its range the hedge bounds",
    ({ language, hedge, vague }) => {
      const text = `${hedge.words} ${vague.words}`;
      const range =
        hedge.form === "approx"
          ? { min: vague.min, max: vague.max }
          : hedge.form === "above" || hedge.form === "aboveApprox"
            ? { min: vague.min }
            : { max: vague.max };
      const read = readQuantity(text, { language });
      expect(read).toMatchObject({ ok: true, text });
      if (read.ok) expect(read.value).toEqual({ kind: "quantity", ...range, approx: true });
    },
  );

  test.prop([vagueArb])("each table's vague phrase reads as its range, never as one number", ({ language, vague }) => {
    expect(vague.min).toBeLessThan(vague.max);
    expect(readQuantity(vague.words, { language })).toMatchObject({
      ok: true,
      text: vague.words,
      value: { kind: "quantity", min: vague.min, max: vague.max, approx: true },
    });
  });
});

describe("findQuantities", () => {
  test.prop([languageArb, phraseArb])(
    "spans are ordered, never overlap, and slice to the figure's text",
    (language, text) => {
      const found = findQuantities(text, { language });
      expect(found.ok).toBe(true);
      if (!found.ok) return;
      const spans = [...found.quantities, ...found.unread].sort((a, b) => a.span.start - b.span.start);
      let previousEnd = 0;
      for (const figure of spans) {
        expect(figure.span.start).toBeGreaterThanOrEqual(previousEnd);
        expect(figure.span.end).toBeGreaterThan(figure.span.start);
        expect(text.slice(figure.span.start, figure.span.end)).toBe(figure.text);
        previousEnd = figure.span.end;
      }
    },
  );

  test.prop([languageArb, phraseArb, fc.boolean()])(
    "every value read is a valid concord value",
    (language, text, withSides) => {
      const found = findQuantities(text, withSides ? { language, sides: ["ukraine", "russia"] } : { language });
      expect(found.ok).toBe(true);
      if (found.ok)
        for (const quantity of found.quantities) expect(Value.safeParse(quantity.value).error).toBeUndefined();
    },
  );
});

/** A calendar day as the table writes it: "January 21, 2024", "21. januar 2024", "21 січня 2024". */
function writeDay(table: LanguageTable, iso: string): string {
  const [year, month, day] = iso.split("-").map(Number) as [number, number, number];
  const name = table.months[month - 1]?.[0] ?? "";
  if (table.tag === "en") return `${name.charAt(0).toUpperCase()}${name.slice(1)} ${day}, ${year}`;
  return table.tag === "de" ? `${day}. ${name} ${year}` : `${day} ${name} ${year}`;
}
const dayArb = fc
  .integer({ min: Date.UTC(1990, 0, 1) / 86_400_000, max: Date.UTC(2040, 11, 31) / 86_400_000 })
  .map((day) => new Date(day * 86_400_000).toISOString().slice(0, 10));
const tableArb = fc.constantFrom(...tables);

describe("a weekday beside its date", () => {
  test.prop([tableArb, dayArb, fc.integer({ min: 0, max: 6 }), fc.boolean()])(
    "is one date: the day when the weekday agrees, weekday_mismatch naming both when not",
    (table, iso, weekday, before) => {
      const actual = (new Date(`${iso}T00:00:00Z`).getUTCDay() + 6) % 7;
      const form = table.weekdays[weekday]?.[0] ?? "";
      const name = table.capitalisedDates ? `${form.charAt(0).toUpperCase()}${form.slice(1)}` : form;
      const text = before ? `${name} (${writeDay(table, iso)})` : `${writeDay(table, iso)} (${name})`;
      const read = readDate(text, { language: table.tag });
      if (weekday === actual) {
        expect(read).toEqual({ ok: true, value: iso, span: { start: 0, end: text.length }, text });
      } else {
        expect(read).toMatchObject({ ok: false, code: "weekday_mismatch" });
        if (!read.ok) expect(read.message).toContain(`${iso} is a `);
      }
    },
  );
});

describe("never throws", () => {
  test.prop([languageArb, anyTextArb])("readQuantity, findQuantities and readDate on any string", (language, text) => {
    expect(() => readQuantity(text, { language, sides: ["ukraine", "russia"] })).not.toThrow();
    expect(() => findQuantities(text, { language })).not.toThrow();
    const date = readDate(text, { language, reference: "2026-01-01" });
    if (date.ok) expect(date.value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  test.prop([anyTextArb, anyTextArb])("any language tag and reference", (language, reference) => {
    const primary = (language.trim().split(/[-_]/)[0] ?? "").toLowerCase();
    expect(readQuantity("about 1,200", { language }).ok).toBe(
      (supportedLanguages as readonly string[]).includes(primary),
    );
    expect(() => readDate("16 May", { language, reference })).not.toThrow();
  });
});

describe("nameKey", () => {
  test.prop([fc.oneof(anyTextArb, nameArb)])("is idempotent", (name) => {
    const key = nameKey(name);
    expect(nameKey(key)).toBe(key);
  });

  test.prop([nameArb])("is unchanged by case", (name) => {
    expect(nameKey(name.toUpperCase())).toBe(nameKey(name));
    expect(nameKey(name.toLowerCase())).toBe(nameKey(name));
  });

  test.prop([nameArb])("is unchanged by diacritics and Unicode normalisation", (name) => {
    expect(nameKey(stripMarks(name))).toBe(nameKey(name));
    expect(nameKey(name.normalize("NFC"))).toBe(nameKey(name.normalize("NFD")));
  });
});
