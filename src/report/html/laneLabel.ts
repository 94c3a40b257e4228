/** The label's font size in chart units (the stylesheet's `.lane-label`). */
const FONT = 12;

/**
 * How wide a character is drawn in the lane labels' bold system font, in ems: generous, so a
 * label measured to fit fits in the widest of the usual fallbacks (DejaVu Sans Bold), since the
 * document cannot measure text and ships no font of its own.
 */
function em(character: string): number {
  const code = character.codePointAt(0) ?? 0;
  if (character === " ") return 0.36;
  if ("iljfrtI.,;:'!|-()[]".includes(character)) return 0.5;
  if ("mwMW@%".includes(character)) return 1.12;
  if (code >= 0x1100) return 1.02;
  if (character >= "A" && character <= "Z") return 0.86;
  return code < 0x250 ? 0.74 : 0.82;
}

/**
 * The drawn width of a text in a lane label, in chart units.
 *
 * @example
 * labelWidth("Russia") < labelWidth("Polizei und Behörden"); // => true
 */
export function labelWidth(text: string): number {
  let width = 0;
  for (const character of text) width += em(character) * FONT;
  return width;
}

/**
 * A lane label: its lines, and whether the name had to be cut (then the last line ends in "…"
 * and the chart gives the whole name in a title).
 *
 * @example
 * const label: LaneLabel = { lines: ["Polizei und", "Behörden"], cut: false };
 */
export interface LaneLabel {
  readonly lines: readonly string[];
  readonly cut: boolean;
}

/**
 * A side's name laid out to fit `width` chart units on at most `maxLines` lines: whole words
 * first, a word too long for a line broken where it must, and what still does not fit cut with
 * an ellipsis.
 *
 * @param name - The side's name.
 * @param width - The room on each line, in chart units.
 * @param maxLines - The most lines.
 * @returns The lines and whether the name was cut.
 * @example
 * laneLabel("Polizei und Behörden", 120, 2); // => { lines: ["Polizei und", "Behörden"], cut: false }
 */
export function laneLabel(name: string, width: number, maxLines: number): LaneLabel {
  const words = name.split(/\s+/).filter((word) => word !== "");
  const lines: string[] = [];
  let line = "";
  const push = () => {
    lines.push(line);
    line = "";
  };
  for (let w = 0; w < words.length; w++) {
    const word = words[w]!;
    const joined = line === "" ? word : `${line} ${word}`;
    if (labelWidth(joined) <= width) {
      line = joined;
      continue;
    }
    if (line !== "") push();
    if (lines.length === maxLines) return cut(lines, [line, ...words.slice(w)].join(" ").trim(), width);
    // A word wider than a line is broken where it must be.
    let rest = word;
    while (labelWidth(rest) > width) {
      let fit = "";
      for (const character of rest) {
        if (labelWidth(fit + character) > width) break;
        fit += character;
      }
      if (fit === "") fit = [...rest][0] ?? "";
      line = fit;
      push();
      rest = rest.slice(fit.length);
      if (lines.length === maxLines) return cut(lines, [rest, ...words.slice(w + 1)].join(" ").trim(), width);
    }
    line = rest;
  }
  if (line !== "") push();
  return { lines: lines.length > 0 ? lines : [""], cut: false };
}

/** The lines full and text left over: the last line gives room to an ellipsis. */
function cut(lines: string[], left: string, width: number): LaneLabel {
  if (left === "") return { lines, cut: false };
  let last = `${lines.pop() ?? ""} ${left}`.trim();
  while (last !== "" && labelWidth(`${last}…`) > width) last = [...last].slice(0, -1).join("").trimEnd();
  lines.push(`${last}…`);
  return { lines, cut: true };
}
