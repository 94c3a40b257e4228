import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { parseMoment } from "../../src/corpus/moment.js";

// The plain reading: regular expressions, and a day that must map back onto itself through Date.
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?$/i;

function dayOracle(year: number, month: number, day: number): number | undefined {
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  return check.getUTCFullYear() === year && check.getUTCMonth() === month - 1 && check.getUTCDate() === day
    ? ms
    : undefined;
}

function oracle(text: string): number | undefined {
  const date = DATE.exec(text);
  if (date) return dayOracle(Number(date[1]), Number(date[2]), Number(date[3]));
  const full = DATE_TIME.exec(text);
  if (!full) return undefined;
  const day = dayOracle(Number(full[1]), Number(full[2]), Number(full[3]));
  if (day === undefined) return undefined;
  const [hours, minutes, seconds] = [Number(full[4]), Number(full[5]), full[6] === undefined ? 0 : Number(full[6])];
  if (hours > 23 || minutes > 59 || seconds > 59) return undefined;
  const fraction = full[7] === undefined ? 0 : Math.floor(Number(`0.${full[7]}`) * 1000);
  const zone = full[8];
  let offset = 0;
  if (zone !== undefined && zone.toUpperCase() !== "Z") {
    const digits = zone.replace(":", "");
    const [h, m] = [Number(digits.slice(1, 3)), Number(digits.slice(3, 5))];
    if (h > 23 || m > 59) return undefined;
    offset = (zone.startsWith("-") ? -1 : 1) * (h * 60 + m) * 60_000;
  }
  return day + ((hours * 60 + minutes) * 60 + seconds) * 1000 + fraction - offset;
}

const digits = (n: number) =>
  fc.array(fc.constantFrom(..."0123456789"), { minLength: n, maxLength: n }).map((d) => d.join(""));
const pad = (n: number, width: number) => String(n).padStart(width, "0");
// Mostly real-looking dates (leap days, month ends, years below 100), some with a stray character.
const date = fc.oneof(
  fc
    .tuple(fc.integer({ min: 0, max: 2400 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
    .map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`),
  fc.tuple(digits(4), digits(2), digits(2)).map(([y, m, d]) => `${y}-${m}-${d}`),
  fc.string({ minLength: 10, maxLength: 10 }),
  fc
    .tuple(
      fc.constantFrom("2024-02-29", "2025-02-29", "1900-02-29", "2000-02-29", "2025-04-31", "0099-01-01"),
      fc.nat(9),
      fc.constantFrom("x", "/", " ", "٣", ""),
    )
    .map(([d, at, c]) => d.slice(0, at) + c + d.slice(at + (c === "" ? 0 : 1))),
);
const time = fc.tuple(
  fc.integer({ min: 0, max: 25 }),
  fc.integer({ min: 0, max: 61 }),
  fc.option(fc.integer({ min: 0, max: 61 })),
  fc.constantFrom("", "Z", "z", "+03:00", "-0530", "+24:00"),
);
const text = fc.oneof(
  date,
  fc
    .tuple(date, fc.constantFrom("T", " ", "t"), time)
    .map(
      ([d, sep, [h, m, s, zone]]) => `${d}${sep}${pad(h, 2)}:${pad(m, 2)}${s === null ? "" : `:${pad(s, 2)}`}${zone}`,
    ),
);

test.prop([text])("parseMoment reads dates and date-times as the plain regular-expression reading does", (input) => {
  expect(parseMoment(input)).toBe(oracle(input));
});
