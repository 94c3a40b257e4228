import type { CorpusInput } from "../src/index.js";
import { smallCorpus } from "./fixtures.js";

/** What a terminal acts on: clear the screen, set the window title, ring the bell. */
export const CLEAR_AND_TITLE = "\u001b[2J\u001b]0;pwned\u0007";

/** Any control or bidirectional formatting character, as showControls defines them. */
export const CONTROL = /[\p{Cc}\p{Bidi_Control}]/u;

/**
 * The small corpus with terminal escapes, a C1 control and a right-to-left override in its
 * names, quotes and ids, and a line break in a subject that would forge a heading.
 */
export function hostileCorpus(): CorpusInput {
  const corpus = smallCorpus();
  const [ukraine, ...sides] = corpus.sides;
  const [umerov, ...actors] = corpus.actors ?? [];
  const [first, second, third] = corpus.claims ?? [];
  if (!ukraine || !umerov || !first || !second || !third) throw new Error("the small corpus has changed");
  return {
    ...corpus,
    sides: [{ ...ukraine, name: `Ukraine${CLEAR_AND_TITLE}` }, ...sides],
    actors: [{ ...umerov, name: "Rustem \u009b31mUmerov\u202e" }, ...actors],
    claims: [
      { ...first, quote: "1000\rgevangenen\u2066 uit\ttе wisselen" },
      { ...second, id: "umerov-\u001b[1m390\u202e" },
      { ...third, subject: "pow\n■ forged · status — consensus" },
    ],
  };
}
