/**
 * The part of `node:assert/strict` the extension-host suite uses, for the web-worker host, which has no Node
 * built-ins. The worker bundle of the suite maps `node:assert/strict` here (test/vscode/hostBundle.ts).
 */

export class AssertionError extends Error {
  override name = 'AssertionError';
  constructor(
    message: string,
    readonly actual?: unknown,
    readonly expected?: unknown,
  ) {
    super(message);
  }
}

function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value instanceof RegExp || typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint') return String(value);
  try {
    return JSON.stringify(value, null, 2) ?? String(value);
  } catch {
    return String(value);
  }
}

function fail(message: string | Error | undefined, fallback: string, actual?: unknown, expected?: unknown): never {
  if (message instanceof Error) throw message;
  throw new AssertionError(message ?? fallback, actual, expected);
}

/** Deep strict equality (as node:assert/strict's deepEqual): same types, prototypes, keys and values. */
export function isDeepStrictEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (a instanceof RegExp && b instanceof RegExp) return String(a) === String(b);
  if (a instanceof Map && b instanceof Map) {
    return a.size === b.size && [...a].every(([key, value]) => b.has(key) && isDeepStrictEqual(value, b.get(key)));
  }
  if (a instanceof Set && b instanceof Set) return a.size === b.size && [...a].every((value) => b.has(value));
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  const recordB = b as Record<string, unknown>;
  return keysA.every((key) => Object.prototype.hasOwnProperty.call(b, key) && isDeepStrictEqual((a as Record<string, unknown>)[key], recordB[key]));
}

export function ok(value: unknown, message?: string | Error): asserts value {
  if (!value) fail(message, `The expression evaluated to a falsy value:\n\n  ${show(value)}\n`, value, true);
}

export function equal<T>(actual: unknown, expected: T, message?: string | Error): asserts actual is T {
  if (!Object.is(actual, expected)) fail(message, `Expected values to be strictly equal:\n\n${show(actual)} !== ${show(expected)}\n`, actual, expected);
}

export const strictEqual = equal;

export function notEqual(actual: unknown, expected: unknown, message?: string | Error): void {
  if (Object.is(actual, expected)) fail(message, `Expected "actual" to be strictly unequal to: ${show(expected)}`, actual, expected);
}

export const notStrictEqual = notEqual;

export function deepEqual<T>(actual: unknown, expected: T, message?: string | Error): asserts actual is T {
  if (!isDeepStrictEqual(actual, expected)) {
    fail(message, `Expected values to be strictly deep-equal:\nactual:\n${show(actual)}\nexpected:\n${show(expected)}\n`, actual, expected);
  }
}

export const deepStrictEqual = deepEqual;

export function notDeepEqual(actual: unknown, expected: unknown, message?: string | Error): void {
  if (isDeepStrictEqual(actual, expected)) fail(message, `Expected "actual" not to be strictly deep-equal to:\n${show(expected)}`, actual, expected);
}

export const notDeepStrictEqual = notDeepEqual;

export function match(actual: string, expected: RegExp, message?: string | Error): void {
  if (typeof actual !== 'string' || !expected.test(actual)) {
    fail(message, `The input did not match the regular expression ${String(expected)}. Input:\n\n${show(actual)}\n`, actual, expected);
  }
}

export function doesNotMatch(actual: string, expected: RegExp, message?: string | Error): void {
  if (typeof actual !== 'string' || expected.test(actual)) {
    fail(message, `The input was expected to not match the regular expression ${String(expected)}. Input:\n\n${show(actual)}\n`, actual, expected);
  }
}

function fits(error: unknown, expected?: RegExp | ((error: unknown) => boolean) | object): boolean {
  if (expected === undefined) return true;
  if (expected instanceof RegExp) return expected.test(error instanceof Error ? error.message : String(error));
  if (typeof expected === 'function') return (expected as (error: unknown) => boolean)(error) !== false;
  return typeof error === 'object' && error !== null && Object.entries(expected).every(([key, value]) => isDeepStrictEqual((error as Record<string, unknown>)[key], value));
}

export function throws(block: () => unknown, expected?: RegExp | ((error: unknown) => boolean) | object, message?: string): void {
  try {
    block();
  } catch (error) {
    if (!fits(error, expected)) fail(message, `The error thrown did not match: ${show(error instanceof Error ? error.message : error)}`, error, expected);
    return;
  }
  fail(message, 'Missing expected exception.');
}

export async function rejects(
  promise: Promise<unknown> | (() => Promise<unknown>),
  expected?: RegExp | ((error: unknown) => boolean) | object,
  message?: string,
): Promise<void> {
  try {
    await (typeof promise === 'function' ? promise() : promise);
  } catch (error) {
    if (!fits(error, expected)) fail(message, `The rejection did not match: ${show(error instanceof Error ? error.message : error)}`, error, expected);
    return;
  }
  fail(message, 'Missing expected rejection.');
}

function failNow(message?: string | Error): never {
  fail(message, 'Failed');
}

export { failNow as fail };

export default { AssertionError, ok, equal, strictEqual, notEqual, notStrictEqual, deepEqual, deepStrictEqual, notDeepEqual, notDeepStrictEqual, match, doesNotMatch, throws, rejects, fail: failNow };
