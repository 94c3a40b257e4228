export * from "./corpus/index.js";
export { parseCorpus, type ParseResult } from "./parse/parseCorpus.js";
export { compare } from "./rules/compare.js";
export {
  AgreementReason,
  ContradictionReason,
  ProgressionReason,
  type Reason,
  Relation,
  type RelationKind,
  SupersessionReason,
  UnrelatedReason,
} from "./corpus/relation.js";
export type { RelateOptions } from "./rules/options.js";
export { reconcile, type ReconcileOptions } from "./reconcile/reconcile.js";
export {
  AgreementGroup,
  Contradiction,
  Position,
  Proposition,
  ReconcileSettings,
  Reconciliation,
  Status,
  Supersession,
} from "./corpus/reconciliation.js";
export { type Explainable, explain } from "./explain/explain.js";
export { type CorpusIndex, indexCorpus } from "./explain/corpusIndex.js";
export { type CorpusDefinition, defineCorpus } from "./parse/defineCorpus.js";
export { type TextOptions, toText, toTextChunks } from "./report/toText.js";
export { type MarkdownOptions, toMarkdown, toMarkdownChunks } from "./report/toMarkdown.js";
export { type HtmlOptions, toHtml, toHtmlChunks } from "./report/toHtml.js";
export {
  type DateOptions,
  type DecimalMark,
  type DigitGrouping,
  type FindQuantitiesResult,
  type FoundQuantity,
  findQuantities,
  type HedgeForm,
  nameKey,
  type NumberShape,
  type QuantityOptions,
  type ReadDateResult,
  type ReadQuantityResult,
  readDate,
  readQuantity,
  type ShapeDoubt,
  type SupportedLanguage,
  supportedLanguages,
  type TextFailure,
  type TextFailureCode,
  type TextSpan,
  type UnreadCode,
  type UnreadQuantity,
  type Unit,
} from "./text/index.js";
