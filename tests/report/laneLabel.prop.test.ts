import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { labelWidth, laneLabel } from "../../src/report/html/laneLabel.js";

const nameArb = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        "Polizei",
        "und",
        "Behörden",
        "Ministerium",
        "für",
        "Ärzte",
        "WWWWWWWWWWWWWWW",
        "i",
        "Народна",
        "警察",
      ),
      fc.string({ minLength: 1, maxLength: 30 }),
    ),
    {
      minLength: 1,
      maxLength: 8,
    },
  )
  .map((words) => words.join(" "));

test.prop([nameArb, fc.integer({ min: 40, max: 300 }), fc.integer({ min: 1, max: 3 })])(
  "a lane label fits its lines and keeps the name's text in order, cut only with an ellipsis",
  (name, width, maxLines) => {
    const { lines, cut } = laneLabel(name, width, maxLines);
    expect(lines.length).toBeGreaterThanOrEqual(1);
    expect(lines.length).toBeLessThanOrEqual(maxLines);
    for (const line of lines) expect(labelWidth(line)).toBeLessThanOrEqual(width);
    const squeezed = (text: string) => text.replace(/\s+/g, "");
    const drawn = squeezed(lines.join(""));
    if (cut) {
      expect(lines[lines.length - 1]).toMatch(/…$/);
      expect(squeezed(name).startsWith(drawn.slice(0, -1))).toBe(true);
    } else {
      expect(drawn).toBe(squeezed(name));
    }
  },
);

test("the name that was clipped fits on two lines; a longer one is cut with an ellipsis", () => {
  expect(laneLabel("Polizei und Behörden", 120, 2)).toEqual({ lines: ["Polizei und", "Behörden"], cut: false });
  expect(laneLabel("Russia", 120, 2)).toEqual({ lines: ["Russia"], cut: false });
  const long = laneLabel("Ministerium für Innere Angelegenheiten und Kommunales Nordrhein-Westfalen", 120, 2);
  expect(long.cut).toBe(true);
  expect(long.lines).toHaveLength(2);
  expect(long.lines[1]).toMatch(/…$/);
});
