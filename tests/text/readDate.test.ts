import { describe, expect, test } from "vitest";
import { readDate } from "../../src/text/index.js";

/** [language, text, reference, date]: the date forms. */
const cases: readonly (readonly [string, string, string | undefined, string])[] = [
  ["en", "16 May 2025", undefined, "2025-05-16"],
  ["en", "May 16", "2025-06-01", "2025-05-16"],
  ["en", "May 16, 2025", undefined, "2025-05-16"],
  ["en", "the 1st of May 2025", undefined, "2025-05-01"],
  ["en", "Thursday, 1 January", "2026-01-01", "2026-01-01"],
  ["en", "05/16/2025", undefined, "2025-05-16"],
  ["en", "yesterday", "2025-05-23", "2025-05-22"],
  ["nl", "16 mei", "2025-06-01", "2025-05-16"],
  ["nl", "vrijdag 16 mei 2025", undefined, "2025-05-16"],
  ["de", "1. Januar 2026", undefined, "2026-01-01"],
  ["de", "am 11. Dezember", "2026-01-01", "2025-12-11"],
  ["de", "am 15. November", "2026-01-01", "2025-11-15"],
  ["de", "Donnerstag, den 1. Januar", "2026-01-01", "2026-01-01"],
  ["de", "15.11.", "2026-01-01", "2025-11-15"],
  ["tr", "2 Haziran 2025", undefined, "2025-06-02"],
  ["tr", "2 Haziran'da", "2025-06-03", "2025-06-02"],
  ["tr", "23.05.2025", undefined, "2025-05-23"],
  ["uk", "15 листопада", "2026-01-01", "2025-11-15"],
  ["uk", "15 листопада 2025 року", undefined, "2025-11-15"],
  ["ru", "15 ноября 2025 г.", undefined, "2025-11-15"],
  ["ru", "в пятницу", "2025-05-18", "2025-05-16"],
  ["en", "2025-05-16", undefined, "2025-05-16"],
  ["en", "18:12 23.05.2025", undefined, "2025-05-23"],
  ["en", "16 May", "2025-05-16T09:00:00+03:00", "2025-05-16"],
  ["en", "30 December", "2026-01", "2025-12-30"],
];

/** [language, text, reference, date]: a weekday beside the date it names is one date. */
const withWeekday: readonly (readonly [string, string, string | undefined, string])[] = [
  ["en", "Sunday, Jan. 21, 2024", undefined, "2024-01-21"],
  ["en", "on Sunday, Jan. 21", "2024-01-25", "2024-01-21"],
  ["en", "Sunday, January 21, 2024", undefined, "2024-01-21"],
  ["en", "Jan. 21 (Sunday)", "2024-01-25", "2024-01-21"],
  ["de", "Sonntag (21. Januar)", "2024-01-25", "2024-01-21"],
  ["de", "am Sonntag (21. Januar 2024)", undefined, "2024-01-21"],
  ["de", "am 21. Januar (Sonntag)", "2024-01-25", "2024-01-21"],
  ["de", "Sonntag, 21.01.2024", undefined, "2024-01-21"],
  ["de", "am Samstagabend, dem 20. Januar", "2024-01-25", "2024-01-20"],
  ["nl", "zondag (21 januari)", "2024-01-25", "2024-01-21"],
  ["tr", "21 Ocak 2024 Pazar", undefined, "2024-01-21"],
  ["tr", "21 Ocak 2024 Pazar günü", undefined, "2024-01-21"],
  ["uk", "у неділю (21 січня)", "2024-01-25", "2024-01-21"],
  ["ru", "в воскресенье (21 января)", "2024-01-25", "2024-01-21"],
];

/** [language, text, reference, prefer, date]: a weekday with a part of the day is that weekday. */
const dayParts: readonly (readonly [string, string, string, "past" | "nearest", string])[] = [
  ["de", "am Samstagnachmittag", "2024-01-25", "past", "2024-01-20"],
  ["de", "am Samstagnachmittag", "2024-01-25", "nearest", "2024-01-27"],
  ["de", "Sonntagabend", "2024-01-25", "past", "2024-01-21"],
  ["de", "in der Nacht zum Montagmorgen", "2024-01-25", "past", "2024-01-22"],
  ["nl", "zaterdagavond", "2024-01-25", "past", "2024-01-20"],
  ["nl", "op zondagmiddag", "2024-01-25", "past", "2024-01-21"],
];

describe("readDate: weekdays", () => {
  test.each(withWeekday)("%s %s (reference %s)", (language, text, reference, expected) => {
    expect(readDate(text, { language, reference })).toMatchObject({ ok: true, value: expected });
  });

  test("the span holds the weekday, the date and their brackets", () => {
    expect(
      readDate("am Sonntag (21. Januar) demonstrierten", { language: "de", reference: "2024-01-25" }),
    ).toMatchObject({
      ok: true,
      text: "Sonntag (21. Januar)",
    });
    expect(readDate("Sunday, Jan. 21, 2024.", { language: "en" })).toMatchObject({
      ok: true,
      text: "Sunday, Jan. 21, 2024",
    });
  });

  test.each(dayParts)("%s %s (reference %s, prefer %s)", (language, text, reference, prefer, expected) => {
    expect(readDate(text, { language, reference, prefer })).toMatchObject({ ok: true, value: expected });
  });

  test("a part of the day alone, or a habit (“samstags”), is no weekday", () => {
    expect(readDate("am Nachmittag", { language: "de", reference: "2024-01-25" })).toMatchObject({
      ok: false,
      code: "no_date",
    });
    expect(readDate("samstags", { language: "de", reference: "2024-01-25" })).toMatchObject({
      ok: false,
      code: "no_date",
    });
  });

  test("a weekday that disagrees with its date is an error naming both", () => {
    for (const [language, text, reference] of [
      ["en", "Monday, Jan. 21, 2024", undefined],
      ["de", "Montag (21. Januar)", "2024-01-25"],
      ["de", "am 21. Januar (Montag)", "2024-01-25"],
      ["tr", "21 Ocak 2024 Pazartesi", undefined],
    ] as const) {
      const result = readDate(text, { language, reference });
      expect(result, text).toMatchObject({ ok: false, code: "weekday_mismatch" });
      if (!result.ok) expect(result.message, text).toContain("2024-01-21 is a Sunday, not a Monday");
    }
  });
});

describe("readDate", () => {
  test.each(cases)("%s %s (reference %s)", (language, text, reference, expected) => {
    expect(readDate(text, { language, reference })).toMatchObject({ ok: true, value: expected });
  });

  test("the span and text are what was read", () => {
    expect(readDate("am 15. November", { language: "de", reference: "2026-01-01" })).toEqual({
      ok: true,
      value: "2025-11-15",
      span: { start: 3, end: 15 },
      text: "15. November",
    });
  });

  test("a hedge makes the date approximate", () => {
    expect(readDate("around 16 May 2025", { language: "en" })).toEqual({
      ok: true,
      value: "2025-05-16",
      approx: true,
      span: { start: 0, end: 18 },
      text: "around 16 May 2025",
    });
    expect(readDate("etwa am 15. November", { language: "de", reference: "2026-01-01" })).toMatchObject({
      ok: true,
      value: "2025-11-15",
    });
  });

  test("prefer: nearest reads forward when that is closer", () => {
    expect(readDate("3. Januar", { language: "de", reference: "2026-01-01" })).toMatchObject({ value: "2025-01-03" });
    expect(readDate("3. Januar", { language: "de", reference: "2026-01-01", prefer: "nearest" })).toMatchObject({
      value: "2026-01-03",
    });
    expect(readDate("15. November", { language: "de", reference: "2026-01-01", prefer: "nearest" })).toMatchObject({
      value: "2025-11-15",
    });
    expect(readDate("Friday", { language: "en", reference: "2025-05-14", prefer: "nearest" })).toMatchObject({
      value: "2025-05-16",
    });
  });

  test("failures say why", () => {
    const failures: readonly (readonly [string, string, string | undefined, string])[] = [
      ["en", "no date here", undefined, "no_date"],
      ["en", "16 May", undefined, "needs_reference"],
      ["en", "Monday", undefined, "needs_reference"],
      ["en", "February 2022", undefined, "not_a_day"],
      ["de", "31. Februar 2025", undefined, "invalid_date"],
      ["en", "Friday, 1 January 2026", undefined, "weekday_mismatch"],
      ["en", "16 May 2025 and 2 June 2025", undefined, "several_dates"],
      ["en", "16 May", "16/05/2025", "invalid_reference"],
      ["fr", "16 mai 2025", undefined, "unsupported_language"],
      ["en", "may 16 2025", undefined, "no_date"],
    ];
    for (const [language, text, reference, code] of failures) {
      expect(readDate(text, { language, reference }), text).toMatchObject({ ok: false, code });
    }
    expect(readDate("Friday, 1 January 2026", { language: "en" })).toMatchObject({
      message: '"Friday, 1 January 2026": 2026-01-01 is a Thursday, not a Friday',
    });
  });
});

describe("readDate: the weekday forms the docs name", () => {
  test.each([
    ["en", "Sunday, Jan. 21, 2024", undefined],
    ["de", "Sonntag, 21. Januar 2024", undefined],
    ["nl", "zondag 21 januari 2024", undefined],
    ["uk", "неділя, 21 січня 2024", undefined],
    ["tr", "21 Ocak 2024 Pazar", undefined],
    ["de", "Sonntag (21. Januar)", "2024-02-01"],
    ["en", "Sunday (Jan. 21)", "2024-02-01"],
  ] as const)("%s %s is 2024-01-21", (language, text, reference) => {
    expect(readDate(text, { language, reference })).toEqual({
      ok: true,
      value: "2024-01-21",
      span: { start: 0, end: text.length },
      text,
    });
  });

  test("a weekday that is not the date's fails, naming the right one", () => {
    expect(readDate("Monday, Jan. 21, 2024", { language: "en" })).toEqual({
      ok: false,
      code: "weekday_mismatch",
      message: '"Monday, Jan. 21, 2024": 2024-01-21 is a Sunday, not a Monday',
    });
  });
});
