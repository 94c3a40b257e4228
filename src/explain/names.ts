import type { Claim } from "../corpus/claim.js";
import type { Corpus } from "../corpus/corpus.js";
import type { Source } from "../corpus/source.js";

/** The names and claims of a corpus that explanations and reports look up. */
export interface Names {
  readonly claim: (id: string) => Claim | undefined;
  readonly actor: (id: string) => string;
  readonly side: (id: string) => string;
  readonly source: (id: string) => Source | undefined;
}

/**
 * Indexes a corpus for explanations: every claim, or only the claims named in `ids` when one
 * sentence needs just those.
 *
 * @example
 * namesOf(corpus).actor("umerov"); // => "Rustem Umerov"
 */
export function namesOf(corpus: Corpus, ids?: readonly string[]): Names {
  const wanted = ids === undefined ? undefined : new Set(ids);
  const claims = new Map<string, Claim>();
  for (const claim of corpus.claims) if (!wanted || wanted.has(claim.id)) claims.set(claim.id, claim);
  const actors = new Map(corpus.actors.map((actor) => [actor.id, actor.name]));
  const sides = new Map(corpus.sides.map((side) => [side.id, side.name]));
  const sources = new Map(corpus.sources.map((source) => [source.id, source]));
  return {
    claim: (id) => claims.get(id),
    actor: (id) => actors.get(id) ?? id,
    side: (id) => sides.get(id) ?? id,
    source: (id) => sources.get(id),
  };
}
