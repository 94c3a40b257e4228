/**
 * A control character (C0, DEL, C1) or a bidirectional formatting character (embeddings,
 * overrides, isolates and the marks U+061C, U+200E, U+200F): what a terminal would act on or a
 * reader could not see.
 */
const CONTROL = /[\p{Cc}\p{Bidi_Control}]/u;
const CONTROLS = /[\p{Cc}\p{Bidi_Control}]/gu;

const SHORT: Readonly<Record<string, string>> = { "\t": "\\t", "\n": "\\n", "\r": "\\r" };

function spell(character: string): string {
  return SHORT[character] ?? `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`;
}

/**
 * Text from a corpus made safe to print: every control character and bidirectional formatting
 * character is shown as its escape (`\u001b`, `\u202e`, `\n`, `\t`), so a name can neither drive
 * the terminal (clear the screen, set the window title), reorder what follows it, nor start a
 * line of its own. Everything else, other scripts and emoji included, is left as it is.
 *
 * Tabs are shown too: a report wraps by counting characters, and a tab would take up to eight
 * columns. The escapes are JSON's, so inside a JSON string literal the replacement keeps the
 * JSON's meaning. A backslash already in the text is left alone: the result is for reading, and
 * a text without controls comes back unchanged.
 *
 * @param text - A name, id, quote or sentence built from them.
 * @returns The text with its controls spelled out.
 * @example
 * showControls("Ukraine\u001b]0;pwned\u0007"); // => "Ukraine\\u001b]0;pwned\\u0007"
 * showControls("Україна 🇺🇦"); // => "Україна 🇺🇦"
 */
export function showControls(text: string): string {
  // Almost no text holds a control: one test, no copy.
  if (!CONTROL.test(text)) return text;
  return text.replace(CONTROLS, spell);
}
