/**
 * The strongly connected parts of a directed graph with two or more nodes: the groups of nodes
 * that each reach every other, that is, every cycle and the cycles joined to it. Iterative
 * (Tarjan's algorithm), so a chain of any length does not overflow the stack, and linear in nodes
 * and edges.
 *
 * @param edges - Each node's targets; a target with no entry of its own has no edges.
 * @returns Each part's nodes, every part with two or more nodes, none twice.
 * @example
 * stronglyConnected(new Map([["a", ["b"]], ["b", ["a", "c"]], ["c", []]])); // => [["b", "a"]]
 */
export function stronglyConnected(edges: ReadonlyMap<string, readonly string[]>): string[][] {
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const parts: string[][] = [];
  const enter = (node: string, frames: { node: string; next: number }[]): void => {
    order.set(node, order.size);
    low.set(node, order.size - 1);
    stack.push(node);
    onStack.add(node);
    frames.push({ node, next: 0 });
  };
  for (const root of edges.keys()) {
    if (order.has(root)) continue;
    const frames: { node: string; next: number }[] = [];
    enter(root, frames);
    while (frames.length > 0) {
      const frame = frames[frames.length - 1]!;
      const targets = edges.get(frame.node) ?? [];
      if (frame.next < targets.length) {
        const target = targets[frame.next++]!;
        if (!order.has(target)) enter(target, frames);
        else if (onStack.has(target)) low.set(frame.node, Math.min(low.get(frame.node)!, order.get(target)!));
        continue;
      }
      frames.pop();
      const parent = frames[frames.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!));
      if (low.get(frame.node) === order.get(frame.node)) {
        const part: string[] = [];
        let member: string | undefined;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          part.push(member);
        } while (member !== frame.node);
        if (part.length > 1) parts.push(part);
      }
    }
  }
  return parts;
}
