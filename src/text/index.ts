export {
  type FindQuantitiesResult,
  type FoundQuantity,
  findQuantities,
  type QuantityOptions,
  type UnreadCode,
  type UnreadQuantity,
} from "./findQuantities.js";
export { type SupportedLanguage, supportedLanguages } from "./language.js";
export type { HedgeForm, Unit } from "./languageTable.js";
export { nameKey } from "./nameKey.js";
export type { DecimalMark, DigitGrouping, NumberShape, ShapeDoubt } from "./numberShape.js";
export { type DateOptions, type ReadDateResult, readDate } from "./readDate.js";
export { type ReadQuantityResult, readQuantity } from "./readQuantity.js";
export type { TextFailure, TextFailureCode, TextSpan } from "./textResult.js";
