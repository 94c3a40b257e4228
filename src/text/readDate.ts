import { resolveLanguage } from "./language.js";
import { prepareText } from "./prepareText.js";
import type { DateMention } from "./scanDates.js";
import { type TextFailure, type TextSpan, textFailure } from "./textResult.js";

/** Options of {@link readDate}. */
export interface DateOptions {
  /** The text's language as a BCP 47 tag. */
  readonly language: string;
  /**
   * The date the text was published ("2026-01-01"; a date-time or "YYYY-MM" also works, the latter
   * meaning the month's last day). A date without a year takes the year that puts it on or
   * closest before this day; a weekday alone is the last such day on or before it, and so is a
   * weekday with a part of the day written onto it ("am Samstagnachmittag", "zaterdagavond"): the
   * words name a day relative to the text, as "on Saturday" does.
   */
  readonly reference?: string | undefined;
  /**
   * Which year a date without one takes: `"past"` — on or closest before `reference`, as for the
   * day a statement was made; `"nearest"` — closest either side, ties to the past, as for an event
   * the text announces ("am 3. Januar wird … stattfinden"). A weekday alone follows the same rule.
   *
   * @defaultValue "past"
   */
  readonly prefer?: "past" | "nearest" | undefined;
}

/** What {@link readDate} gives. */
export type ReadDateResult =
  | {
      readonly ok: true;
      /** The calendar day, "YYYY-MM-DD". */
      readonly value: string;
      /** Present and true when hedged ("around 16 May"). */
      readonly approx?: true;
      readonly span: TextSpan;
      readonly text: string;
    }
  | TextFailure;

const DAY_MS = 86_400_000;
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const REFERENCE = /^(\d{4})-(\d{2})(?:-(\d{2}))?/;

/** Days since the epoch of a real calendar day, or undefined. */
function dayNumber(year: number, month: number, day: number): number | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return Math.round(date.getTime() / DAY_MS);
}

function isoOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** 0 = Monday … 6 = Sunday. */
function weekdayOf(day: number): number {
  return (new Date(day * DAY_MS).getUTCDay() + 6) % 7;
}

function parseReference(reference: string): number | undefined {
  const match = REFERENCE.exec(reference);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  if (match[3] !== undefined) return dayNumber(year, month, Number(match[3]));
  const first = dayNumber(year, month, 1);
  if (first === undefined) return undefined;
  return month === 12 ? (dayNumber(year + 1, 1, 1) ?? first) - 1 : (dayNumber(year, month + 1, 1) ?? first) - 1;
}

function resolve(
  mention: DateMention,
  reference: number | undefined,
  nearest: boolean,
  words: string,
): { day: number } | TextFailure {
  const needsReference = () =>
    textFailure("needs_reference", `${words} has no year; pass reference (the source's date) to place it`);
  let day: number | undefined;
  if (mention.relative !== undefined) {
    if (reference === undefined) return needsReference();
    day = reference + mention.relative;
  } else if (mention.day !== undefined && mention.month !== undefined) {
    const { day: dayOfMonth, month } = mention;
    if (mention.year !== undefined) {
      day = dayNumber(mention.year, month, dayOfMonth);
      if (day === undefined) {
        return textFailure(
          "invalid_date",
          `${words}: ${MONTHS[month - 1] ?? month} ${mention.year} has no day ${dayOfMonth}`,
        );
      }
    } else {
      if (reference === undefined) return needsReference();
      const referenceYear = new Date(reference * DAY_MS).getUTCFullYear();
      for (let year = referenceYear; year >= referenceYear - 8 && day === undefined; year--) {
        const candidate = dayNumber(year, month, dayOfMonth);
        if (candidate !== undefined && candidate <= reference) day = candidate;
      }
      if (nearest) {
        for (let year = referenceYear; year <= referenceYear + 8; year++) {
          const candidate = dayNumber(year, month, dayOfMonth);
          if (candidate === undefined || candidate <= reference) continue;
          if (day === undefined || candidate - reference < reference - day) day = candidate;
          break;
        }
      }
      if (day === undefined)
        return textFailure("invalid_date", `${words}: ${MONTHS[month - 1] ?? month} has no day ${dayOfMonth}`);
    }
  } else if (mention.weekday !== undefined) {
    if (reference === undefined) return needsReference();
    const back = (weekdayOf(reference) - mention.weekday + 7) % 7;
    day = nearest && back > 3 ? reference + 7 - back : reference - back;
    return { day };
  } else {
    return textFailure("not_a_day", `${words} names a month, not a day`);
  }
  if (mention.weekday !== undefined && weekdayOf(day) !== mention.weekday) {
    return textFailure(
      "weekday_mismatch",
      `${words}: ${isoOf(day)} is a ${WEEKDAYS[weekdayOf(day)] ?? ""}, not a ${WEEKDAYS[mention.weekday] ?? ""}`,
    );
  }
  return { day };
}

/**
 * Reads the one date a short phrase states as "YYYY-MM-DD": "16 May 2025", "May 16",
 * "16 mei", "1. Januar 2026", "am 11. Dezember", "2 Haziran 2025", "23.05.2025",
 * "15 листопада", "Thursday, 1 January", "on Monday", "am Samstagnachmittag", "yesterday".
 *
 * A weekday beside the date it names is one date, before it ("Sunday, Jan. 21, 2024",
 * "Sonntag (21. Januar)") or after it in brackets ("21. Januar (Sonntag)"; in Turkish after a
 * space too, "21 Ocak 2024 Pazar"). The date is placed first (its year given, or chosen by
 * `reference` and `prefer`), then the weekday must agree with it: a mismatch is
 * `weekday_mismatch`, naming the day and both weekdays, not a guess at another year.
 *
 * @param text - A phrase with one date; a time beside it ("18:12 23.05.2025") is ignored.
 * @param options - The language (a BCP 47 tag), the reference date for dates without a year, and
 *   whether such dates fall in the past of the reference or nearest to it.
 * @returns `{ ok: true, value, approx?, span, text }`, or a failure: `no_date`, `several_dates`,
 *   `not_a_day`, `invalid_date`, `needs_reference`, `invalid_reference`, `weekday_mismatch`,
 *   `unsupported_language`, `invalid_input`.
 * @example
 * readDate("am 15. November", { language: "de", reference: "2026-01-01" });
 * // => { ok: true, value: "2025-11-15", span: { start: 3, end: 15 }, text: "15. November" }
 * readDate("am 3. Januar wird … stattfinden", { language: "de", reference: "2026-01-01", prefer: "nearest" });
 * // => { ok: true, value: "2026-01-03", … }
 * readDate("Donnerstag, den 1. Januar", { language: "de", reference: "2026-01-01" }).ok; // => true
 * readDate("Sunday, Jan. 21, 2024", { language: "en" }).ok && "read"; // => "read": "2024-01-21"
 * readDate("am Samstagnachmittag", { language: "de", reference: "2024-01-25" }); // => { ok: true, value: "2024-01-20", … }
 * readDate("February 2022", { language: "en" }).ok; // => false (not_a_day)
 */
export function readDate(text: string, options: DateOptions): ReadDateResult {
  if (typeof text !== "string")
    return textFailure("invalid_input", `Expected the text as a string, got a ${typeof text}`);
  if (typeof options !== "object" || options === null) {
    return textFailure("invalid_input", 'Expected options such as { language: "de", reference: "2026-01-01" }');
  }
  const resolved = resolveLanguage((options as { language?: unknown }).language);
  if (!resolved.ok) return resolved;
  const rawReference: unknown = (options as { reference?: unknown }).reference;
  let reference: number | undefined;
  if (rawReference !== undefined) {
    reference = typeof rawReference === "string" ? parseReference(rawReference) : undefined;
    if (reference === undefined) {
      return textFailure(
        "invalid_reference",
        `reference must be a date such as "2026-01-01", got ${JSON.stringify(rawReference) ?? typeof rawReference}`,
      );
    }
  }
  const prepared = prepareText(text, resolved.language);
  const [mention, ...others] = prepared.dates;
  if (mention === undefined)
    return textFailure(
      "no_date",
      `No date in ${JSON.stringify(text.slice(0, 80))} (read as ${resolved.language.table.name})`,
    );
  const { tokens } = prepared;
  const span = { start: tokens[mention.start]?.start ?? 0, end: tokens[mention.end - 1]?.end ?? 0 };
  const words = JSON.stringify(text.slice(span.start, span.end));
  if (others.length > 0) {
    const all = prepared.dates.map((date) =>
      JSON.stringify(text.slice(tokens[date.start]?.start ?? 0, tokens[date.end - 1]?.end ?? 0)),
    );
    return textFailure("several_dates", `${all.length} dates in the text: ${all.join(", ")}; give one at a time`);
  }
  const prefer: unknown = (options as { prefer?: unknown }).prefer;
  if (prefer !== undefined && prefer !== "past" && prefer !== "nearest") {
    return textFailure(
      "invalid_input",
      `prefer must be "past" or "nearest", got ${JSON.stringify(prefer) ?? typeof prefer}`,
    );
  }
  const resolvedDay = resolve(mention, reference, prefer === "nearest", words);
  if ("ok" in resolvedDay) return resolvedDay;
  const value = isoOf(resolvedDay.day);
  const read = { value, span, text: text.slice(span.start, span.end) };
  return mention.approx ? { ok: true, ...read, approx: true } : { ok: true, ...read };
}
