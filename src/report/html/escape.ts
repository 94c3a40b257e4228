const ENTITIES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** A character escapeHtml changes. */
const NEEDS_ESCAPE = /[&<>"'\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/**
 * Text made safe for HTML and SVG, in element content and in quoted attribute values alike.
 * Control characters the HTML parser would reject become U+FFFD; a corpus is user input.
 *
 * @param text - Any text.
 * @returns The text with `& < > " '` as character references.
 * @example
 * escapeHtml('<script>alert("x")</script>'); // => "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"
 */
export function escapeHtml(text: string): string {
  // Most text (names, dates, figures, ids) has nothing to escape: one test, no copy.
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text
    .replace(/[&<>"']/g, (character) => ENTITIES[character] ?? character)
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, "\uFFFD");
}

/** An id made of letters, digits, `.` and `-` only, which anchorPart keeps as it is. */
const PLAIN = /^[A-Za-z0-9.-]*$/;

/**
 * A fragment-safe, injective spelling of a piece of an id: letters, digits, `.` and `-` stay,
 * `_` doubles, and every other character becomes `_` + its code point in hex + `_`. The result
 * needs no escaping in an attribute or a URL fragment, and two different texts never share it.
 *
 * @param text - An id from the corpus.
 * @returns The text spelled for an HTML id.
 * @example
 * anchorPart("umerov 1/2"); // => "umerov_20_1_2f_2"
 */
export function anchorPart(text: string): string {
  // Ids are mostly plain already: then the id is its own spelling.
  if (PLAIN.test(text)) return text;
  let out = "";
  for (const character of text) {
    if (/^[A-Za-z0-9.-]$/.test(character)) out += character;
    else if (character === "_") out += "__";
    else out += `_${(character.codePointAt(0) ?? 0).toString(16)}_`;
  }
  return out;
}

/**
 * The HTML id of a claim's table row; marks link to `#` + it.
 *
 * @param id - The claim's id.
 * @returns `claim-` and the id spelled by {@link anchorPart}.
 * @example
 * claimAnchor("c1"); // => "claim-c1"
 */
export function claimAnchor(id: string): string {
  return `claim-${anchorPart(id)}`;
}

/**
 * The HTML id of a proposition's section. `~` never comes out of {@link anchorPart}, so it
 * separates subject and attribute without ambiguity.
 *
 * @param subject - The proposition's subject.
 * @param attribute - The proposition's attribute.
 * @returns `question-`, the subject, `~`, the attribute.
 * @example
 * questionAnchor("pow-exchange/istanbul", "status"); // => "question-pow-exchange_2f_istanbul~status"
 */
export function questionAnchor(subject: string, attribute: string): string {
  return `question-${anchorPart(subject)}~${anchorPart(attribute)}`;
}
