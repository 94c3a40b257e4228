const DAY = 86_400_000;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * A tick on a time axis: where it falls and what it reads.
 *
 * @example
 * const tick: Tick = { moment: 1753228800000, label: "23 Jul 2025" };
 */
export interface Tick {
  readonly moment: number;
  readonly label: string;
}

/**
 * A time span mapped onto pixels, with the ticks to label it.
 *
 * @example
 * const axis: TimeAxis = { from: 0, to: 86_400_000, x: (moment) => moment / 86_400_000, ticks: [] };
 */
export interface TimeAxis {
  /** The first moment shown (ms since the epoch). */
  readonly from: number;
  /** The last moment shown. */
  readonly to: number;
  /** The x position of a moment. */
  readonly x: (moment: number) => number;
  readonly ticks: readonly Tick[];
}

// Date.UTC reads years 0–99 as 1900–1999; a corpus may be about any year.
function utc(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month, day);
  return date.getTime();
}

function dayLabel(moment: number): string {
  const date = new Date(moment);
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

function monthLabel(moment: number): string {
  const date = new Date(moment);
  return `${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

type Step = { readonly unit: "day" | "month" | "year"; readonly size: number; readonly length: number };

const STEPS: readonly Step[] = [
  ...[1, 2, 3, 7, 14].map((size): Step => ({ unit: "day", size, length: size * DAY })),
  ...[1, 2, 3, 6].map((size): Step => ({ unit: "month", size, length: size * 30.44 * DAY })),
  ...[1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000].map(
    (size): Step => ({ unit: "year", size, length: size * 365.25 * DAY }),
  ),
];

function ticksOf(from: number, to: number, step: Step): Tick[] {
  const ticks: Tick[] = [];
  const start = new Date(from);
  if (step.unit === "day") {
    // Week ticks fall on Mondays (1 Jan 1970 was a Thursday).
    const offset = step.size === 7 || step.size === 14 ? 3 : 0;
    let day = Math.ceil(from / DAY);
    day += (((offset - day) % step.size) + step.size) % step.size;
    for (; day * DAY <= to; day += step.size) ticks.push({ moment: day * DAY, label: dayLabel(day * DAY) });
  } else if (step.unit === "month") {
    let index = start.getUTCFullYear() * 12 + start.getUTCMonth();
    index += ((-index % step.size) + step.size) % step.size;
    for (; ; index += step.size) {
      const moment = utc(Math.floor(index / 12), index % 12, 1);
      if (moment > to) break;
      if (moment >= from) ticks.push({ moment, label: monthLabel(moment) });
    }
  } else {
    let year = Math.ceil(start.getUTCFullYear() / step.size) * step.size;
    for (; ; year += step.size) {
      const moment = utc(year, 0, 1);
      if (moment > to) break;
      if (moment >= from) ticks.push({ moment, label: String(year) });
    }
  }
  return ticks;
}

/**
 * A time axis from `left` to `right` pixels over the moments given, padded so no mark sits on
 * the edge; a single moment gets a day either side. Ticks fall on whole days, months or years,
 * at most `maxTicks` of them, so their labels ("23 Jul 2025", "Jul 2025", "2025") never overlap.
 *
 * @param moments - The moments to show (ms since the epoch), at least one.
 * @param left - The x of the earliest moment shown.
 * @param right - The x of the latest moment shown.
 * @param maxTicks - The most ticks to draw.
 * @returns The axis.
 * @example
 * timeAxis([Date.UTC(2025, 6, 23)], 0, 300, 6).ticks.map((tick) => tick.label);
 * // => ["22 Jul 2025", "23 Jul 2025", "24 Jul 2025"]
 */
export function timeAxis(moments: readonly number[], left: number, right: number, maxTicks: number): TimeAxis {
  let low = Infinity;
  let high = -Infinity;
  for (const moment of moments) {
    if (moment < low) low = moment;
    if (moment > high) high = moment;
  }
  if (!Number.isFinite(low)) low = high = 0;
  const pad = high === low ? DAY : Math.max((high - low) * 0.05, DAY / 2);
  const from = low - pad;
  const to = high + pad;
  const scale = (right - left) / (to - from);
  const step = STEPS.find((candidate) => (to - from) / candidate.length <= maxTicks) ?? STEPS[STEPS.length - 1];
  return {
    from,
    to,
    x: (moment) => left + (moment - from) * scale,
    ticks: step ? ticksOf(from, to, step) : [],
  };
}
