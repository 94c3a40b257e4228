/**
 * Wraps text to a width, keeping its leading spaces on the first line and indenting the lines
 * after it by `indent`; breaks at spaces only (a word longer than the width gets a line of its
 * own).
 *
 * @example
 * wrap("  one two three", 9, "    "); // => "  one two\n    three"
 */
export function wrap(text: string, width: number, indent: string): string {
  const body = text.trimStart();
  const lead = text.slice(0, text.length - body.length);
  const lines: string[] = [];
  let line = "";
  for (const word of body.split(" ")) {
    const candidate = line === "" ? word : `${line} ${word}`;
    const limit = width - (lines.length === 0 ? lead.length : indent.length);
    if (candidate.length > limit && line !== "") {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  lines.push(line);
  return lines.map((part, index) => (index === 0 ? lead : indent) + part).join("\n");
}
