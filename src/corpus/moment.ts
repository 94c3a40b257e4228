/**
 * Moments: when a claim was made, as milliseconds since the Unix epoch (UTC).
 *
 * A date alone ("2025-05-16") is 00:00 UTC of that day; a date-time is its instant, honouring
 * its offset, and UTC when it has none. Parsing is strict: the calendar day must exist.
 */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?$/i;

/** A UTC day in milliseconds: claims dated by a day alone stand for one. */
export const DAY_MS = 86_400_000;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function dayOf(year: number, month: number, day: number): number | undefined {
  // Date.UTC reads years below 100 as 19xx: such a date would not map back onto itself.
  if (year < 100 || month < 1 || month > 12 || day < 1) return undefined;
  const last = month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1]!;
  return day > last ? undefined : Date.UTC(year, month - 1, day);
}

/** The number of the two digits at `at` in `text`, or NaN when they are not digits. */
function twoDigits(text: string, at: number): number {
  const tens = text.charCodeAt(at) - 48;
  const ones = text.charCodeAt(at + 1) - 48;
  return tens >= 0 && tens <= 9 && ones >= 0 && ones <= 9 ? tens * 10 + ones : Number.NaN;
}

/** A 10-character text read as an ISO date "YYYY-MM-DD", without a regular expression: corpora hold many. */
function plainDate(text: string): number | undefined {
  if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return undefined;
  const year = twoDigits(text, 0) * 100 + twoDigits(text, 2);
  const month = twoDigits(text, 5);
  const day = twoDigits(text, 8);
  // A NaN makes every comparison in dayOf false, so none of its checks would reject it.
  return Number.isNaN(year + month + day) ? undefined : dayOf(year, month, day);
}

/**
 * Reads an ISO 8601 date ("2025-05-16") or date-time ("2025-05-23T18:12:00+03:00") as its moment.
 *
 * @param text - The date or date-time.
 * @returns Milliseconds since the epoch, or `undefined` when the text is not a real date.
 * @example
 * parseMoment("2025-05-16"); // => 1747353600000
 * parseMoment("2025-02-30"); // => undefined
 */
export function parseMoment(text: string): number | undefined {
  if (text.length === 10) return plainDate(text);
  const full = DATE_TIME.exec(text);
  if (!full) return undefined;
  const day = dayOf(Number(full[1]), Number(full[2]), Number(full[3]));
  if (day === undefined) return undefined;
  const hours = Number(full[4]);
  const minutes = Number(full[5]);
  const seconds = full[6] === undefined ? 0 : Number(full[6]);
  if (hours > 23 || minutes > 59 || seconds > 59) return undefined;
  const fraction = full[7] === undefined ? 0 : Math.floor(Number(`0.${full[7]}`) * 1000);
  let offset = 0;
  const zone = full[8];
  if (zone !== undefined && zone.toUpperCase() !== "Z") {
    const digits = zone.replace(":", "");
    const offsetHours = Number(digits.slice(1, 3));
    const offsetMinutes = Number(digits.slice(3, 5));
    if (offsetHours > 23 || offsetMinutes > 59) return undefined;
    offset = (zone.startsWith("-") ? -1 : 1) * (offsetHours * 60 + offsetMinutes) * 60_000;
  }
  return day + ((hours * 60 + minutes) * 60 + seconds) * 1000 + fraction - offset;
}

/** True when the text is a date without a time, so it stands for a whole day. */
export function isDateOnly(text: string): boolean {
  return DATE.test(text);
}

/**
 * The last moment an `asOf` bound admits: the end of that day (UTC) for a date, the instant itself
 * for a date-time.
 */
export function endOfAsOf(text: string): number | undefined {
  const moment = parseMoment(text);
  if (moment === undefined) return undefined;
  return isDateOnly(text) ? moment + DAY_MS - 1 : moment;
}

/** Whole days since the epoch, for comparing calendar dates. */
export function epochDay(text: string): number | undefined {
  const moment = parseMoment(text);
  return moment === undefined ? undefined : Math.floor(moment / DAY_MS);
}

/**
 * The first day the corpus format holds, 0100-01-01, as an {@link epochDay}: `Date.UTC` reads
 * years below 100 as 19xx, so no earlier date is read.
 *
 * @example
 * dayToIso(FIRST_DAY); // => "0100-01-01"
 */
export const FIRST_DAY = -683_003;

/**
 * The last day the corpus format holds, 9999-12-31, as an {@link epochDay}: years have four digits.
 *
 * @example
 * dayToIso(LAST_DAY); // => "9999-12-31"
 */
export const LAST_DAY = 2_932_896;

/**
 * A day number held to the calendar the corpus format holds, {@link FIRST_DAY} to
 * {@link LAST_DAY}: a date widened by a tolerance ends on the last day there is, not on one no
 * corpus can write.
 *
 * @example
 * dayToIso(clampDay(LAST_DAY + 7)); // => "9999-12-31"
 */
export function clampDay(day: number): number {
  return Math.min(LAST_DAY, Math.max(FIRST_DAY, day));
}

/**
 * The ISO date ("2025-05-16") of a day number from {@link epochDay}, from {@link FIRST_DAY} to
 * {@link LAST_DAY}; clamp a day that may lie outside with {@link clampDay}.
 *
 * @example
 * dayToIso(20224); // => "2025-05-16"
 */
export function dayToIso(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/**
 * A moment as ISO text: the date alone when it is midnight UTC, else the date-time in UTC to the
 * second.
 *
 * @example
 * momentText(Date.UTC(2025, 7, 22)); // => "2025-08-22"
 * momentText(Date.UTC(2025, 7, 22, 12)); // => "2025-08-22T12:00:00Z"
 */
export function momentText(moment: number): string {
  const iso = new Date(moment).toISOString();
  if (moment % DAY_MS === 0) return iso.slice(0, 10);
  return `${iso.slice(0, 19)}Z`;
}
