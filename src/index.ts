export * from "./corpus/index.js";
export { parseCorpus, type ParseResult } from "./parse/parseCorpus.js";
export { compare, type Relation, type RelationKind } from "./rules/compare.js";
export type { RelateOptions } from "./rules/options.js";
export { reconcile, type ReconcileOptions } from "./reconcile/reconcile.js";
export {
  AgreementGroup,
  Contradiction,
  Position,
  Proposition,
  Reconciliation,
  Status,
  Supersession,
} from "./corpus/reconciliation.js";
export { explain } from "./explain/explain.js";
export { type CorpusDefinition, defineCorpus } from "./parse/defineCorpus.js";
export { type TextOptions, toText } from "./report/toText.js";
export { type MarkdownOptions, toMarkdown } from "./report/toMarkdown.js";
export { type HtmlOptions, toHtml } from "./report/toHtml.js";
export {
  type DateOptions,
  type FindQuantitiesResult,
  type FoundQuantity,
  findQuantities,
  type HedgeForm,
  nameKey,
  type QuantityOptions,
  type ReadDateResult,
  type ReadQuantityResult,
  readDate,
  readQuantity,
  type SupportedLanguage,
  supportedLanguages,
  type TextFailure,
  type TextFailureCode,
  type TextSpan,
  type UnreadQuantity,
  type Unit,
} from "./text/index.js";
