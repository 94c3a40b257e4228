/**
 * Wraps text to a width, keeping its leading spaces on the first line and indenting the lines
 * after it by `indent`; breaks at spaces only (a word longer than the width gets a line of its
 * own).
 *
 * @example
 * wrap("  one two three", 9, "    "); // => "  one two\n    three"
 */
export function wrap(text: string, width: number, indent: string): string {
  // Most lines fit: nothing to break.
  if (text.length <= width) return text;
  const body = text.trimStart();
  const lead = text.slice(0, text.length - body.length);
  // Lines are slices of `body` between word boundaries, found with indexOf: no word list and no
  // string per candidate line, since reports wrap every sentence they print.
  let out = lead;
  let lines = 0;
  let start = 0;
  let end = 0;
  let empty = true;
  let at = 0;
  for (;;) {
    const space = body.indexOf(" ", at);
    const wordEnd = space < 0 ? body.length : space;
    const length = empty ? wordEnd - at : end - start + 1 + (wordEnd - at);
    const limit = width - (lines === 0 ? lead.length : indent.length);
    if (length > limit && !empty) {
      out += `${body.slice(start, end)}\n${indent}`;
      lines++;
      start = at;
      end = wordEnd;
      empty = wordEnd === at;
    } else if (empty) {
      start = at;
      end = wordEnd;
      empty = wordEnd === at;
    } else end = wordEnd;
    if (space < 0) break;
    at = space + 1;
  }
  return empty ? out : out + body.slice(start, end);
}
