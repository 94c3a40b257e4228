/**
 * A list of `count` slots for reconcile's output to fill. Up to eight slots it comes from an array
 * literal: V8 learns that what a literal makes outlives the call and then makes it in the old
 * generation directly, while a list from `new Array(count)` is made young and copied by the
 * collections that follow. Most lists in the output are this short.
 *
 * @example
 * const ids = outputList<string>(2); // => [undefined, undefined], to be filled
 */
export function outputList<T>(count: number): T[] {
  let list: unknown[];
  switch (count) {
    case 0:
      list = [];
      break;
    case 1:
      list = [undefined];
      break;
    case 2:
      list = [undefined, undefined];
      break;
    case 3:
      list = [undefined, undefined, undefined];
      break;
    case 4:
      list = [undefined, undefined, undefined, undefined];
      break;
    case 5:
      list = [undefined, undefined, undefined, undefined, undefined];
      break;
    case 6:
      list = [undefined, undefined, undefined, undefined, undefined, undefined];
      break;
    case 7:
      list = [undefined, undefined, undefined, undefined, undefined, undefined, undefined];
      break;
    case 8:
      list = [undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined];
      break;
    default:
      list = new Array<unknown>(count);
  }
  return list as T[];
}
