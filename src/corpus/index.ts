export * from "./actor.js";
export * from "./attribute.js";
export * from "./claim.js";
export * from "./corpus.js";
export { ConcordError, formatPath, type Issue, type IssueCode, type FigureShapeWarning, type Warning, type WarningCode } from "./issue.js";
export * from "./side.js";
export * from "./source.js";
export * from "./value.js";
