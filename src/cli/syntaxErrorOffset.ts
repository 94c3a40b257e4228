/** Where a container is, on the scanner's stack. */
const ARRAY = 0;
const OBJECT = 1;

const SIMPLE_ESCAPES = new Set(['"', "\\", "/", "b", "f", "n", "r", "t"]);

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isHex(code: number): boolean {
  return isDigit(code) || (code >= 0x41 && code <= 0x46) || (code >= 0x61 && code <= 0x66);
}

/**
 * Where a text stops being JSON: the offset of the first character the JSON grammar (RFC 8259,
 * as JSON.parse reads it) cannot take, the text's length when it ends too early, or -1 when it
 * is JSON. One pass, with a stack of the open arrays and objects instead of recursion, so it
 * takes linear time and any depth of nesting.
 *
 * V8 leaves the position out of some of its messages ("Unexpected token '}'", "Unexpected end
 * of JSON input"); this finds it without parsing again and again, which took seconds on a
 * large file.
 *
 * @param text - The text JSON.parse rejected.
 * @returns The offset of the error, or -1.
 * @example
 * syntaxErrorOffset('{"a": }'); // => 6
 * syntaxErrorOffset("[1,"); // => 3
 */
export function syntaxErrorOffset(text: string): number {
  const n = text.length;
  const stack: number[] = [];
  let i = 0;

  const space = (): void => {
    while (i < n) {
      const code = text.charCodeAt(i);
      if (code !== 0x20 && code !== 0x0a && code !== 0x0d && code !== 0x09) return;
      i++;
    }
  };
  // Each reader starts at its first character and leaves `i` after the token, or at the error.
  const string = (): boolean => {
    i++;
    while (i < n) {
      const code = text.charCodeAt(i);
      if (code === 0x22) {
        i++;
        return true;
      }
      if (code < 0x20) return false;
      if (code === 0x5c) {
        if (i + 1 >= n) {
          i = n;
          return false;
        }
        if (SIMPLE_ESCAPES.has(text.charAt(i + 1))) {
          i += 2;
          continue;
        }
        if (text.charAt(i + 1) !== "u") {
          i++;
          return false;
        }
        for (let k = 2; k < 6; k++) {
          if (i + k >= n || !isHex(text.charCodeAt(i + k))) {
            i = Math.min(i + k, n);
            return false;
          }
        }
        i += 6;
        continue;
      }
      i++;
    }
    return false;
  };
  const digits = (): boolean => {
    if (i >= n || !isDigit(text.charCodeAt(i))) return false;
    while (i < n && isDigit(text.charCodeAt(i))) i++;
    return true;
  };
  const number = (): boolean => {
    if (text.charCodeAt(i) === 0x2d) i++;
    if (i < n && text.charCodeAt(i) === 0x30) i++;
    else if (!digits()) return false;
    if (i < n && text.charCodeAt(i) === 0x2e) {
      i++;
      if (!digits()) return false;
    }
    if (i < n && (text.charCodeAt(i) === 0x65 || text.charCodeAt(i) === 0x45)) {
      i++;
      if (i < n && (text.charCodeAt(i) === 0x2b || text.charCodeAt(i) === 0x2d)) i++;
      if (!digits()) return false;
    }
    return true;
  };
  const literal = (word: string): boolean => {
    for (let k = 0; k < word.length; k++, i++) {
      if (i >= n || text.charCodeAt(i) !== word.charCodeAt(k)) return false;
    }
    return true;
  };
  /** A key and its colon, at the key's opening quote. */
  const key = (): boolean => {
    if (i >= n || text.charCodeAt(i) !== 0x22 || !string()) return false;
    space();
    if (i >= n || text.charCodeAt(i) !== 0x3a) return false;
    i++;
    return true;
  };

  for (;;) {
    // A value is due.
    space();
    if (i >= n) return n;
    const code = text.charCodeAt(i);
    let ok: boolean;
    if (code === 0x7b || code === 0x5b) {
      i++;
      space();
      const close = code === 0x7b ? 0x7d : 0x5d;
      if (i < n && text.charCodeAt(i) === close) {
        i++;
        ok = true;
      } else {
        stack.push(code === 0x7b ? OBJECT : ARRAY);
        if (code === 0x7b && !key()) return Math.min(i, n);
        continue;
      }
    } else if (code === 0x22) ok = string();
    else if (code === 0x2d || isDigit(code)) ok = number();
    else if (code === 0x74) ok = literal("true");
    else if (code === 0x66) ok = literal("false");
    else if (code === 0x6e) ok = literal("null");
    else return i;
    if (!ok) return Math.min(i, n);
    // After a value: a comma and the next, or the end of its containers.
    for (;;) {
      space();
      const open = stack[stack.length - 1];
      if (open === undefined) return i < n ? i : -1;
      if (i >= n) return n;
      const next = text.charCodeAt(i);
      if (next === (open === OBJECT ? 0x7d : 0x5d)) {
        stack.pop();
        i++;
        continue;
      }
      if (next !== 0x2c) return i;
      i++;
      if (open === OBJECT) {
        space();
        if (!key()) return Math.min(i, n);
      }
      break;
    }
  }
}
