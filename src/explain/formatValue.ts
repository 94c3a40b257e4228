import type { QuantityBody, Value } from "../corpus/value.js";
import { unreachable } from "../internal/unreachable.js";

const IRREGULAR: Readonly<Record<string, string>> = {
  person: "people",
  child: "children",
  body: "bodies",
  man: "men",
  woman: "women",
  country: "countries",
};

function plural(unit: string, count: number | undefined): string {
  if (count === 1) return unit;
  return IRREGULAR[unit] ?? (unit.endsWith("s") ? unit : `${unit}s`);
}

/**
 * A number as an English reader expects it: "1,200", "2.5".
 *
 * @example
 * formatNumber(1200); // => "1,200"
 */
export function formatNumber(n: number): string {
  // Intl formatting costs microseconds a call, and reasons format numbers for every link.
  if (Number.isSafeInteger(n) && n >= 0) {
    const digits = String(n);
    let text = "";
    for (let end = digits.length; end > 0; end -= 3) {
      text = end - 3 > 0 ? `,${digits.slice(end - 3, end)}${text}` : `${digits.slice(0, end)}${text}`;
    }
    return text;
  }
  return ENGLISH.format(n);
}

const ENGLISH = new Intl.NumberFormat("en-US", { maximumFractionDigits: 3 });

/**
 * A quantity in words: "390 people", "about 1,200", "18–25 years", "almost 400", "at least 1,000".
 *
 * @example
 * formatQuantity({ value: 1200, approx: true }); // => "about 1,200"
 */
export function formatQuantity(quantity: QuantityBody): string {
  const { value, min, max, approx, unit } = quantity;
  let text: string;
  let last: number | undefined;
  if (value !== undefined) {
    text = `${approx ? "about " : ""}${formatNumber(value)}`;
    last = value;
  } else if (min !== undefined && max !== undefined) {
    text = min === max ? formatNumber(min) : `${approx ? "about " : ""}${formatNumber(min)}–${formatNumber(max)}`;
    last = max;
  } else if (max !== undefined) {
    text = `${approx ? "almost" : "up to"} ${formatNumber(max)}`;
    last = max;
  } else {
    text = `${approx ? "just over" : "at least"} ${formatNumber(min ?? 0)}`;
    last = min;
  }
  return unit === undefined ? text : `${text} ${plural(unit, last)}`;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * An ISO date as "16 May 2025"; the date part of a date-time likewise. A text that is no such
 * date is shown as it stands, never as "NaN".
 *
 * @example
 * formatDay("2025-05-16"); // => "16 May 2025"
 * formatDay("0100-01-01"); // => "1 Jan 0100"
 */
export function formatDay(iso: string): string {
  // Reports format a date for every claim they list: slices and character codes, no split.
  const month = MONTHS[twoDigits(iso, 5) - 1];
  const day = twoDigits(iso, 8);
  const year = twoDigits(iso, 0) * 100 + twoDigits(iso, 2);
  // A NaN fails every comparison, so a text without its digits in place falls to the last line.
  if (
    iso.charCodeAt(4) === 45 &&
    iso.charCodeAt(7) === 45 &&
    month !== undefined &&
    day >= 1 &&
    day <= 31 &&
    year >= 0
  ) {
    return `${day} ${month} ${iso.slice(0, 4)}`;
  }
  return iso;
}

/** The number of the two digits at `at` in `text`, or NaN when they are not digits. */
function twoDigits(text: string, at: number): number {
  const tens = text.charCodeAt(at) - 48;
  const ones = text.charCodeAt(at + 1) - 48;
  return tens >= 0 && tens <= 9 && ones >= 0 && ones <= 9 ? tens * 10 + ones : Number.NaN;
}

/**
 * A value in words, as explanations and reasons show it. `sideName` turns side ids into names.
 *
 * @example
 * formatValue({ kind: "per-side", each: { value: 1000 } }); // => "1,000 per side"
 * formatValue({ kind: "label", value: "stalled" }); // => "“stalled”"
 */
export function formatValue(value: Value, sideName: (id: string) => string = (id) => id): string {
  // A switch, not ts-pattern: reasons format a value for every link and contradiction.
  switch (value.kind) {
    case "quantity":
      return formatQuantity(value);
    case "per-side":
      return value.each
        ? `${formatQuantity(value.each)} per side`
        : Object.entries(value.bySide ?? {})
            .map(([side, quantity]) => `${formatQuantity(quantity)} from ${sideName(side)}`)
            .join(" and ");
    case "label":
      return `“${value.value}”`;
    case "date": {
      const text =
        value.value !== undefined
          ? formatDay(value.value)
          : `${formatDay(value.min ?? "")}–${formatDay(value.max ?? "")}`;
      return value.approx ? `around ${text}` : text;
    }
    default:
      return unreachable(value, "value kind");
  }
}
