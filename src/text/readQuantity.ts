import type { PerSide, Quantity } from "../corpus/value.js";
import { checkQuantityInput, findInText, type QuantityOptions } from "./findQuantities.js";
import type { NumberShape } from "./numberShape.js";
import { type TextFailure, type TextSpan, textFailure } from "./textResult.js";

/** What {@link readQuantity} gives. */
export type ReadQuantityResult =
  | {
      readonly ok: true;
      /** A concord value: `quantity` or `per-side`. */
      readonly value: Quantity | PerSide;
      readonly span: TextSpan;
      /** `text.slice(span.start, span.end)`: the words the value was read from. */
      readonly text: string;
      /** How its numbers were written in digits, each with a `doubt` where that shape often means something else. */
      readonly shapes: readonly NumberShape[];
    }
  | TextFailure;

function quoted(text: string): string {
  return JSON.stringify(text.length > 80 ? `${text.slice(0, 77)}...` : text);
}

/**
 * Reads the one figure a short phrase states, in the phrase's language, as a concord value.
 *
 * @param text - A phrase such as "about 1,200 from each side" or "1000 gevangenen … voor 1000 gevangenen".
 * @param options - The language (a BCP 47 tag) and, for unequal reciprocals, the sides in order
 *   (`sides`) or the words that name them (`sideNames`).
 * @returns `{ ok: true, value, span, text, shapes }` (`shapes`: how each number was written in
 *   digits, with a `doubt` where that shape often means something else), or a failure: `no_quantity`, `several_quantities`,
 *   `unsupported_language`, `invalid_input`, or, when the one figure was seen but not read, its
 *   `unread` code (`unequal_sides`, `ambiguous_grouping`, `malformed_number`,
 *   `ambiguous_ordinal`).
 * @example
 * readQuantity("about 1,200 people on each side", { language: "en" });
 * // => { ok: true, value: { kind: "per-side", each: { value: 1200, approx: true, unit: "person" } },
 * //      span: { start: 0, end: 31 }, text: "about 1,200 people on each side",
 * //      shapes: [{ span: { start: 6, end: 11 }, text: "1,200", value: 1200, grouping: "comma", decimal: "none" }] }
 * readQuantity("1.200 Gefangene", { language: "de" }).ok && "read"; // => "read"
 * readQuantity("1.2 million", { language: "en" }); // => { ok: true, value: { kind: "quantity", value: 1200000 }, … }
 * readQuantity("1000 українців на 800 росіян", {
 *   language: "uk",
 *   sideNames: { ukraine: ["українців"], russia: ["росіян"] },
 * }).ok && "read"; // => "read": { kind: "per-side", bySide: { ukraine: { value: 1000 }, russia: { value: 800 } } }
 */
export function readQuantity(text: string, options: QuantityOptions): ReadQuantityResult {
  const checked = checkQuantityInput(text, options);
  if (!checked.ok) return checked;
  const { quantities, unread } = findInText(checked.input);
  const count = quantities.length + unread.length;
  if (count === 0) {
    return textFailure("no_quantity", `No figure in ${quoted(text)} (read as ${checked.input.language.table.name})`);
  }
  if (count > 1) {
    const figures = [...quantities, ...unread]
      .sort((a, b) => a.span.start - b.span.start)
      .map((figure) => JSON.stringify(figure.text));
    return textFailure(
      "several_quantities",
      `${count} figures in ${quoted(text)}: ${figures.join(", ")}; give one at a time`,
    );
  }
  const figure = quantities[0];
  if (figure === undefined) {
    const problem = unread[0];
    if (problem === undefined) return textFailure("no_quantity", `No figure in ${quoted(text)}`);
    return textFailure(
      problem.code,
      problem.code === "unequal_sides" ? `${JSON.stringify(problem.text)}: ${problem.message}` : problem.message,
    );
  }
  return { ok: true, value: figure.value, span: figure.span, text: figure.text, shapes: figure.shapes };
}
