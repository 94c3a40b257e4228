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
  // Never cut between the two halves of a surrogate pair.
  const end = isHighSurrogate(text.charCodeAt(LONGEST - 1)) ? LONGEST - 1 : LONGEST;
  return `${JSON.stringify(`${text.slice(0, end)}…`)} (${text.length} characters)`;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
