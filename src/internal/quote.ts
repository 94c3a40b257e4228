/** The most of a text a message repeats: enough to recognise it, never the whole of a huge one. */
const LONGEST = 80;

/**
 * A text from the input as a message quotes it: in double quotes, JSON-escaped, and cut after 80
 * characters with its full length given, so a message stays short whatever the input holds.
 *
 * @param text - A name, id or phrase from the input.
 * @returns The quoted text.
 * @example
 * quote("Umarov"); // => '"Umarov"'
 * quote("x".repeat(1000)); // => '"xxxx…xxxx…" (1000 characters)' (80 x's)
 */
export function quote(text: string): string {
  if (text.length <= LONGEST) return JSON.stringify(text);
  return `${JSON.stringify(clip(text))} (${text.length} characters)`;
}

/**
 * A text from the input as an issue's data repeats it: whole, or cut as {@link quote} cuts it,
 * so the data stays as small as the message and the message holds it (JSON-escaped).
 *
 * @param text - A name, id or phrase from the input.
 * @param longest - How many characters to keep before the "…".
 * @returns The text, or its first `longest` characters and "…".
 * @example
 * clip("Umarov"); // => "Umarov"
 * clip("x".repeat(1000)); // => "xxxx…xxxx…" (80 x's)
 */
export function clip(text: string, longest = LONGEST): string {
  if (text.length <= longest) return text;
  // Never cut between the two halves of a surrogate pair.
  const end = isHighSurrogate(text.charCodeAt(longest - 1)) ? longest - 1 : longest;
  return `${text.slice(0, end)}…`;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/**
 * A value from code (an option, say) as an issue's data repeats it: a string cut by {@link clip},
 * a finite number, a boolean or null as they are, and anything else as its text ("NaN",
 * "undefined"), so the data is always JSON.
 *
 * @param value - What was given.
 * @returns The value as JSON data.
 * @example
 * givenValue(1e8); // => 100000000
 * givenValue(Number.NaN); // => "NaN"
 */
export function givenValue(value: unknown): string | number | boolean | null {
  if (value === null || typeof value === "boolean") return value;
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (typeof value === "string") return clip(value);
  try {
    return clip(String(value));
  } catch {
    // An object without a prototype has no text of its own.
    return typeof value;
  }
}
