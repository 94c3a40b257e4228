import { z } from "zod";
import { parseMoment } from "./moment.js";

/** How the text concord quotes came to be in its language. */
export const Translation = z.enum(["none", "human", "machine"]).meta({
  description:
    "How the quoted text came to be in `language`: `none` (the original), or a `human` or `machine` translation.",
});
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
export const SourceInput = z
  .strictObject({
    id: z.string().min(1).meta({ description: "How claims name this source in `source`." }),
    outlet: z.string().min(1).meta({ description: 'The outlet or publisher ("Interfax-Ukraine").' }),
    url: z.string().min(1).optional(),
    published: MomentText.meta({
      description: "When it was published: an ISO date or date-time. A claim's `stated` defaults to it.",
      examples: ["2025-05-23", "2025-05-23T18:12:00+03:00"],
    }),
    language: LanguageTag.meta({
      description:
        'The BCP 47 language tag of the quoted text ("en", "uk", "pt-BR"); `stated` and `value.text` words are read in it.',
    }),
    translation: Translation.default("none"),
    translatedFrom: LanguageTag.meta({
      description: "The language of the original, when the text is a translation.",
    }).optional(),
    note: z.string().optional(),
  })
  .meta({
    title: "Source",
    description: "Where claims were read: an outlet's article on a date, in a language, perhaps translated.",
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
