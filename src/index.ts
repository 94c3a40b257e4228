export * from "./model/index.js";
export { parseCorpus, type ParseResult } from "./parse/parseCorpus.js";
