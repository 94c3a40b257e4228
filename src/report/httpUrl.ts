/**
 * A URL a report may link to: absolute http or https only, normalised by the URL parser, so a
 * `javascript:` or `data:` URL in a corpus never becomes a link. The HTML and Markdown reports
 * both ask it.
 *
 * @param text - A URL as the corpus gives it.
 * @returns The normalised URL, or `undefined` when it is not http(s).
 * @example
 * httpUrl("https://example.org/a b"); // => "https://example.org/a%20b"
 * httpUrl("javascript:alert(1)"); // => undefined
 */
export function httpUrl(text: string): string | undefined {
  if (!/^https?:\/\//i.test(text.trim())) return undefined;
  try {
    const url = new URL(text.trim());
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : undefined;
  } catch {
    return undefined;
  }
}
