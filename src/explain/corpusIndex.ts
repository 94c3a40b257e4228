import type { Claim } from "../corpus/claim.js";
import type { Corpus } from "../corpus/corpus.js";
import type { Source } from "../corpus/source.js";

/**
 * A corpus looked up by id: what explanations and reports need to name speakers, sides and
 * sources. Build it once with {@link indexCorpus} and pass it to every call, so that explaining
 * many things never scans the corpus again.
 *
 * @example
 * const index: CorpusIndex = indexCorpus(corpus);
 */
export interface CorpusIndex {
  /** The claim with this id, if the corpus has it. */
  readonly claim: (id: string) => Claim | undefined;
  /** The actor's name, or the id itself when the corpus lacks it. */
  readonly actor: (id: string) => string;
  /** The side's name, or the id itself when the corpus lacks it. */
  readonly side: (id: string) => string;
  /** The source with this id, if the corpus has it. */
  readonly source: (id: string) => Source | undefined;
}

/**
 * Indexes a corpus by id, once, for {@link explain} and the reports.
 *
 * @param corpus - A corpus from {@link parseCorpus}.
 * @returns Lookups of claims, actors, sides and sources.
 * @example
 * const index = indexCorpus(corpus);
 * index.actor("umerov"); // => "Rustem Umerov"
 * explain(reconciliation.propositions[0]!, index);
 */
export function indexCorpus(corpus: Corpus): CorpusIndex {
  const claims = new Map<string, Claim>();
  for (const claim of corpus.claims) claims.set(claim.id, claim);
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

/** An index given, or one made from the corpus given. */
export function asIndex(from: Corpus | CorpusIndex): CorpusIndex {
  return "claims" in from ? indexCorpus(from) : from;
}
