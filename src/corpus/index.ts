export * from "./actor.js";
export * from "./attribute.js";
export * from "./claim.js";
export * from "./corpus.js";
export * from "./duration.js";
export {
  ConcordError,
  type FigureShapeWarning,
  formatPath,
  type GivenValue,
  type Issue,
  type IssueCode,
  type IssueOf,
  type IssuePath,
  type IssuePayloads,
  type JsonKind,
  type PropositionKey,
  type Warning,
  type WarningCode,
  type WarningOf,
  type WarningPayloads,
} from "./issue.js";
export * from "./side.js";
export * from "./source.js";
export * from "./value.js";
