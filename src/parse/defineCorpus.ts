import type { ActorInput } from "../corpus/actor.js";
import type { AttributeInput } from "../corpus/attribute.js";
import type { ClaimInput } from "../corpus/claim.js";
import type { Corpus } from "../corpus/corpus.js";
import { ConcordError } from "../corpus/issue.js";
import type { SideInput } from "../corpus/side.js";
import type { SourceInput } from "../corpus/source.js";
import { parseCorpus } from "./parseCorpus.js";

/**
 * A corpus written in TypeScript, whose references are checked by the compiler: an actor's
 * `side`, and a claim's `speaker`, `via`, `source`, `attribute`, `side` and `supersedes` must name
 * ids declared in the same object.
 */
export interface CorpusDefinition<
  S extends string,
  A extends string,
  R extends string,
  T extends string,
  C extends string,
> {
  readonly $schema?: string;
  readonly sides: readonly (SideInput & { readonly id: S })[];
  readonly actors: readonly (ActorInput & { readonly id: A; readonly side: NoInfer<S> })[];
  readonly sources: readonly (SourceInput & { readonly id: R })[];
  readonly attributes?: readonly (AttributeInput & { readonly id: T })[];
  readonly claims: readonly (Omit<ClaimInput, "supersedes"> & {
    readonly id: C;
    readonly speaker: NoInfer<A>;
    readonly via?: NoInfer<A>;
    readonly source: NoInfer<R>;
    readonly attribute: NoInfer<T>;
    readonly side?: NoInfer<S>;
    readonly supersedes?: readonly NoInfer<C>[];
  })[];
}

/**
 * Defines a corpus in code, with compile-time checks of every reference, and resolves it as
 * parseCorpus does. What the compiler cannot see (a min above its max, a cycle of supersedes,
 * a bad date) throws a ConcordError with the same issues parseCorpus reports.
 *
 * @param definition - Sides, actors, sources, attributes and claims.
 * @returns The resolved corpus.
 * @throws {ConcordError} When the corpus does not hold.
 * @example
 * const corpus = defineCorpus({
 *   sides: [{ id: "ukraine" }, { id: "russia" }],
 *   actors: [{ id: "umerov", side: "ukraine" }],
 *   sources: [{ id: "s1", outlet: "Interfax-Ukraine", published: "2025-05-23", language: "en" }],
 *   attributes: [{ id: "returned", changes: "over-time" }],
 *   claims: [{ id: "c1", speaker: "umerov", source: "s1", subject: "pow-exchange/istanbul",
 *              attribute: "returned", value: { kind: "quantity", value: 390 } }],
 * });
 * corpus.claims[0]?.changes; // => "over-time"
 */
export function defineCorpus<
  const S extends string,
  const A extends string,
  const R extends string,
  const T extends string,
  const C extends string,
>(definition: CorpusDefinition<S, A, R, T, C>): Corpus {
  const result = parseCorpus(definition);
  if (!result.ok) throw new ConcordError(result.errors);
  return result.corpus;
}
