// The few assertions the browser suite needs: Node's assert module is not there.
interface Assert {
  ok(value: unknown, message?: string): asserts value;
  equal(actual: unknown, expected: unknown, message?: string): void;
  deepEqual(actual: unknown, expected: unknown, message?: string): void;
  match(actual: string, pattern: RegExp, message?: string): void;
}

export const assert: Assert = {
  ok(value: unknown, message = 'expected a truthy value'): asserts value {
    if (!value) throw new Error(message);
  },
  equal(actual: unknown, expected: unknown, message?: string): void {
    if (actual !== expected) throw new Error(`${message ? `${message}: ` : ''}expected ${String(expected)}, got ${String(actual)}`);
  },
  deepEqual(actual: unknown, expected: unknown, message?: string): void {
    const [a, e] = [JSON.stringify(actual), JSON.stringify(expected)];
    if (a !== e) throw new Error(`${message ? `${message}: ` : ''}expected ${e}, got ${a}`);
  },
  match(actual: string, pattern: RegExp, message?: string): void {
    if (!pattern.test(actual))
      throw new Error(`${message ? `${message}: ` : ''}${JSON.stringify(actual.slice(0, 200))} does not match ${pattern}`);
  },
};
