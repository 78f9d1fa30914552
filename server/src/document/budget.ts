/**
 * Milliseconds one file may take, every analysis `--fix` runs included. Measured: the example SOWs
 * take 15-35 ms, a 10,000-line SOW about 3.5 s; see docs/limits.md.
 */
export const DEFAULT_BUDGET_MS = 10_000;

export class BudgetExceeded extends Error {}

/** How a document over its budget is described, by the CLI and the language server alike. */
export function overBudget(ms: number): string {
  return `took longer than the time budget of ${ms / 1000} s`;
}

// Node's vm, looked up rather than imported so that the browser's analysis worker (which runs with no
// limit of its own: its pool stops it past the budget) bundles without it.
const vm = (globalThis as { process?: NodeJS.Process }).process?.getBuiltinModule?.('node:vm');
const script = vm && new vm.Script('work()');
const context = vm?.createContext({ work: undefined as unknown });

/**
 * Runs synchronous work with a time limit, in the main thread or a worker alike. vm's timeout stops
 * whatever JavaScript runs under it, the engine's functions included, and the engine's own try/catch
 * cannot catch that; one context is reused because making one costs about a millisecond.
 */
export function withinBudget<T>(work: () => T, ms: number): T {
  if (ms === Infinity) return work();
  if (ms < 1) throw new BudgetExceeded();
  if (!script || !context) throw new Error('a time budget needs Node; here the caller holds work to its budget');
  context.work = work;
  try {
    return script.runInContext(context, { timeout: Math.floor(ms) }) as T;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') throw new BudgetExceeded();
    throw e;
  } finally {
    context.work = undefined;
  }
}
