import { z } from "zod";

/**
 * Durations: how long an over-time claim stays fresh, written in ISO 8601 ("P30D", "P2W",
 * "PT12H", "P3M", "P1DT6H"). Whole numbers only; years and months are calendar steps in UTC
 * (a month after 31 January is the last day of February), weeks are seven days.
 */

const DURATION = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

const SECOND_MS = 1000;
const MINUTE_MS = 60 * SECOND_MS;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/** A duration read into its parts: calendar months (years × 12 + months) and a fixed span. */
interface DurationParts {
  readonly months: number;
  readonly ms: number;
}

function partsOf(text: string): DurationParts | undefined {
  const match = DURATION.exec(text);
  // "P" and "PT" alone match the pattern with every part empty: they say no duration.
  if (!match || text === "P" || text.endsWith("T")) return undefined;
  const n = (k: number): number => (match[k] === undefined ? 0 : Number(match[k]));
  const months = n(1) * 12 + n(2);
  const ms = (n(3) * 7 + n(4)) * DAY_MS + n(5) * HOUR_MS + n(6) * MINUTE_MS + n(7) * SECOND_MS;
  if (!Number.isSafeInteger(months) || !Number.isSafeInteger(ms) || months + ms === 0) return undefined;
  // Beyond ten thousand years no moment stays representable, and no freshness means anything.
  if (months > 120_000 || ms > 120_000 * 31 * DAY_MS) return undefined;
  return { months, ms };
}

/**
 * An ISO 8601 duration of whole units, longer than zero: `P` then years, months, weeks, days, and
 * after `T` hours, minutes, seconds.
 *
 * @example
 * Duration.parse("P30D"); // => "P30D"
 * Duration.safeParse("30 days").success; // => false
 */
export const Duration = z
  .string()
  .refine((text) => partsOf(text) !== undefined, {
    message: 'Expected an ISO 8601 duration longer than zero, such as "P30D", "P2W" or "PT12H"',
  })
  .meta({
    description: 'An ISO 8601 duration longer than zero, in whole units: "P30D", "P2W", "PT12H", "P3M".',
    examples: ["P30D", "P2W", "PT12H"],
  });
/** An ISO 8601 duration such as "P30D". */
export type Duration = z.infer<typeof Duration>;

/**
 * Whether a text is a duration {@link addDuration} can add.
 *
 * @example
 * isDuration("P2W"); // => true
 * isDuration("P0D"); // => false
 */
export function isDuration(text: string): boolean {
  return partsOf(text) !== undefined;
}

/**
 * The moment a duration after `moment`: calendar months first (clamped to the month's last
 * day), then the fixed span. Infinity when the text is not a duration, or the result leaves the
 * calendar years 0000–9999.
 *
 * @param moment - Milliseconds since the epoch.
 * @param duration - An ISO 8601 duration ("P30D").
 * @example
 * addDuration(Date.UTC(2025, 0, 31), "P1M") === Date.UTC(2025, 1, 28); // => true
 * addDuration(Date.UTC(2025, 6, 23), "P30D") === Date.UTC(2025, 7, 22); // => true
 */
export function addDuration(moment: number, duration: string): number {
  const parts = partsOf(duration);
  if (parts === undefined || !Number.isFinite(moment)) return Number.POSITIVE_INFINITY;
  let at = moment;
  if (parts.months > 0) {
    const date = new Date(moment);
    const year = date.getUTCFullYear();
    const month = date.getUTCMonth() + parts.months;
    const day = date.getUTCDate();
    const last = new Date(Date.UTC(2000, 0, 1));
    last.setUTCFullYear(year, month + 1, 0);
    const target = new Date(moment);
    target.setUTCFullYear(year, month, Math.min(day, last.getUTCDate()));
    at = target.getTime();
  }
  at += parts.ms;
  return Number.isFinite(at) && at < LAST_MOMENT ? at : Number.POSITIVE_INFINITY;
}

/** The first moment after the year 9999. */
const LAST_MOMENT = Date.UTC(10000, 0, 1);

/**
 * A span in milliseconds written as an ISO 8601 duration of days, hours and minutes, the way a
 * reason reports how long a claim went unrestated: "P115D", "PT14H", "P2DT3H30M".
 *
 * @example
 * durationOf(115 * 86_400_000); // => "P115D"
 * durationOf(14 * 3_600_000); // => "PT14H"
 */
export function durationOf(ms: number): string {
  const total = Math.max(0, Math.floor(ms / MINUTE_MS));
  const days = Math.floor(total / (24 * 60));
  const hours = Math.floor((total % (24 * 60)) / 60);
  const minutes = total % 60;
  const time = `${hours > 0 ? `${hours}H` : ""}${minutes > 0 ? `${minutes}M` : ""}`;
  if (days === 0 && time === "") return "PT0M";
  return `P${days > 0 ? `${days}D` : ""}${time === "" ? "" : `T${time}`}`;
}
