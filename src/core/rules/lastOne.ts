/**
 * A cache of one entry, for what one release's rules share (its body outline, its links, its lines):
 * the engine runs a release's rules one after another, so only the last key is asked for again. A
 * WeakMap keyed by each short-lived release would answer the same, but the garbage collector pays for
 * every entry it holds, about as much as building what it caches.
 */
export class LastOne<K, V> {
  private entry: { readonly key: K; readonly value: V } | undefined;

  get(key: K): V | undefined {
    return this.entry !== undefined && this.entry.key === key ? this.entry.value : undefined;
  }

  set(key: K, value: V): V {
    this.entry = { key, value };
    return value;
  }
}
