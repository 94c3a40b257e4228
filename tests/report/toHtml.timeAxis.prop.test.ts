import { test } from "@fast-check/vitest";
import fc from "fast-check";
import { expect } from "vitest";
import { timeAxis } from "../../src/report/html/timeAxis.js";

const DAY = 86_400_000;
/** Any moment a corpus can state: years 0001 to 9999. */
const momentArb = fc.integer({ min: -62_135_596_800_000, max: 253_402_214_400_000 - DAY });

test.prop([fc.array(momentArb, { minLength: 1, maxLength: 20 }), fc.integer({ min: 0, max: 3 * DAY })])(
  "every moment lands inside the plot, and tick labels never crowd each other",
  (moments, nudge) => {
    // Some spans of a few hours or days, as real propositions have, besides the wide random ones.
    const all = moments.length > 2 ? moments : [...moments, (moments[0] ?? 0) + nudge];
    const axis = timeAxis(all, 164, 866, 7);
    for (const moment of all) {
      expect(axis.x(moment)).toBeGreaterThanOrEqual(164);
      expect(axis.x(moment)).toBeLessThanOrEqual(866);
    }
    expect(axis.ticks.length).toBeGreaterThanOrEqual(1);
    expect(axis.ticks.length).toBeLessThanOrEqual(8);
    axis.ticks.forEach((tick, index) => {
      expect(tick.moment).toBeGreaterThanOrEqual(axis.from);
      expect(tick.moment).toBeLessThanOrEqual(axis.to);
      const previous = axis.ticks[index - 1];
      // A label such as "23 Jul 2025" is about 65 px wide at the chart's 11 px.
      if (previous) expect(axis.x(tick.moment) - axis.x(previous.moment)).toBeGreaterThanOrEqual(70);
    });
  },
);

test("one moment: a day either side, labelled by day", () => {
  const axis = timeAxis([Date.UTC(2025, 6, 23, 14, 30)], 0, 300, 7);
  expect(axis.ticks.map((tick) => tick.label)).toEqual(["23 Jul 2025", "24 Jul 2025"]);
  expect(timeAxis([Date.UTC(2025, 6, 23)], 0, 300, 7).ticks.map((tick) => tick.label)).toEqual([
    "22 Jul 2025",
    "23 Jul 2025",
    "24 Jul 2025",
  ]);
});

test("months and years are labelled as such, early years included", () => {
  // Eight months with their margins: every other month, on the first.
  expect(timeAxis([Date.UTC(2025, 4, 16), Date.UTC(2026, 0, 1)], 0, 730, 7).ticks.map((tick) => tick.label)).toEqual([
    "Jul 2025",
    "Sep 2025",
    "Nov 2025",
    "Jan 2026",
  ]);
  expect(timeAxis([Date.UTC(2025, 4, 16), Date.UTC(2025, 9, 1)], 0, 730, 7).ticks.map((tick) => tick.label)).toEqual([
    "Jun 2025",
    "Jul 2025",
    "Aug 2025",
    "Sep 2025",
    "Oct 2025",
  ]);
  const early = new Date(0);
  early.setUTCFullYear(40, 0, 1);
  const late = new Date(0);
  late.setUTCFullYear(75, 0, 1);
  expect(timeAxis([early.getTime(), late.getTime()], 0, 730, 7).ticks.map((tick) => tick.label)).toEqual([
    "40",
    "50",
    "60",
    "70",
  ]);
});
