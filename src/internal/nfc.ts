/**
 * The NFC form of a text, as `text.normalize("NFC")` gives, without calling into Unicode
 * normalisation for the common case: no character below U+0300 is changed by NFC, and most labels
 * are plain ASCII. Labels are compared in this form, once per claim or more.
 */
export function nfc(text: string): string {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x300) return text.normalize("NFC");
  return text;
}
