// Our own trie node over UTF-16 units: ASCII children in an array, others in a map, so a walk costs an index per
// character of plain text (the lexicon indexes of claims and techniques walk every word of every article).
export class CharNode<T> {
  /** Children by unit: public so that hot walks read them inline (`child` is not inlined by our V8 flags). */
  ascii: Array<CharNode<T> | undefined> | null = null;
  other: Map<number, CharNode<T>> | null = null;

  constructor(readonly value: T) {}

  child(c: number): CharNode<T> | undefined {
    return c < 128 ? this.ascii?.[c] : this.other?.get(c);
  }

  /** The child for unit `c`, made with `make()` as its value when there is none yet. */
  childOrAdd(c: number, make: () => T): CharNode<T> {
    const seen = this.child(c);
    if (seen) return seen;
    const node = new CharNode(make());
    if (c < 128) (this.ascii ??= new Array<CharNode<T> | undefined>(128))[c] = node;
    else (this.other ??= new Map()).set(c, node);
    return node;
  }
}
