import { z } from "zod";
import { parseMoment } from "./moment.js";

/** How the text concord quotes came to be in its language. */
export const Translation = z.enum(["none", "human", "machine"]);
/** How the quoted text was translated. */
export type Translation = z.infer<typeof Translation>;

/**
 * An ISO date or date-time, checked to be a real moment.
 *
 * @example
 * MomentText.parse("2025-05-23T18:12:00+03:00"); // => "2025-05-23T18:12:00+03:00"
 */
export const MomentText = z.string().refine((text) => parseMoment(text) !== undefined, {
  message: "Expected an ISO date (2025-05-16) or date-time (2025-05-16T14:30:00+03:00)",
  params: { code: "invalid_date" },
});

function isLanguageTag(text: string): boolean {
  try {
    return Intl.getCanonicalLocales(text).length === 1;
  } catch {
    return false;
  }
}

/** A BCP 47 language tag ("en", "de", "uk", "pt-BR"). */
export const LanguageTag = z.string().refine(isLanguageTag, {
  message: "Expected a BCP 47 language tag such as en, nl, de or uk",
  params: { code: "invalid_value" },
});

/**
 * Where claims were read: an outlet's article on a date, in a language, perhaps translated.
 *
 * @example
 * SourceInput.parse({ id: "s1", outlet: "Interfax-Ukraine", published: "2025-05-23", language: "en" })
 *   .translation; // => "none"
 */
export const SourceInput = z.strictObject({
  id: z.string().min(1),
  outlet: z.string().min(1),
  url: z.string().min(1).optional(),
  published: MomentText,
  language: LanguageTag,
  translation: Translation.default("none"),
  translatedFrom: LanguageTag.optional(),
  note: z.string().optional(),
});
/** A source as written in a corpus. */
export type SourceInput = z.input<typeof SourceInput>;

/**
 * A resolved source.
 *
 * @example
 * const source: Source = { id: "s1", outlet: "Interfax-Ukraine", published: "2025-05-23", language: "en", translation: "none" };
 */
export const Source = z.object({
  id: z.string(),
  outlet: z.string(),
  url: z.string().optional(),
  published: z.string(),
  language: z.string(),
  translation: Translation,
  translatedFrom: z.string().optional(),
  note: z.string().optional(),
});
/** A resolved source. */
export type Source = z.infer<typeof Source>;
