import { showControls } from "../../internal/showControls.js";

/**
 * Any character or sequence escapeMarkdown changes: a line break (U+2028 and U+2029 included),
 * a control or bidi character, markup, `://` or `www.`.
 */
const NEEDS_ESCAPE = /[\r\n\u2028\u2029\p{Cc}\p{Bidi_Control}\\`*_[\]<>|~#&!@]|:\/\/|www\./iu;

/**
 * Text as Markdown that shows it as written, even inside a table cell or a heading: every line
 * break becomes a space, every other control or bidi character is shown as its escape
 * (`\u001b`), and every character Markdown or GFM could read as markup (emphasis, code, links,
 * HTML, entities, strikethrough, table pipes, heading hashes) is escaped with a backslash. Bare
 * URLs and e-mail addresses are escaped too: GFM would make them links, whose text keeps the
 * backslashes of the escapes inside it.
 *
 * U+2028 and U+2029 count as line breaks: marked ends a table row at them, and drops the table.
 *
 * @example
 * escapeMarkdown("a | b\n*c*"); // => "a \\| b \\*c\\*"
 */
export function escapeMarkdown(text: string): string {
  // Names, dates and figures rarely hold anything to escape: one test instead of four replaces.
  if (!NEEDS_ESCAPE.test(text)) return text;
  return showControls(text.replace(/\r\n|[\r\n\u2028\u2029]/g, " "))
    .replace(/[\\`*_[\]<>|~#&!@]/g, "\\$&")
    .replace(/:(?=\/\/)/g, "\\:")
    .replace(/(?<![A-Za-z0-9])(www)\./gi, "$1\\.");
}

/**
 * A link destination in angle brackets, which may hold spaces and any character but a line
 * break; backslashes keep brackets and pipes from ending it or the table cell around it.
 *
 * @example
 * linkDestination("https://example.org/a|b"); // => "<https://example.org/a\\|b>"
 */
export function linkDestination(url: string): string {
  return `<${url.replace(/\r\n|[\r\n]/g, "").replace(/[\\<>|]/g, "\\$&")}>`;
}
