/**
 * Counts every HTTP request sent to GHL, per catalog operation and answer. Tests and benchmarks
 * read it to prove batching: the count is taken where requests leave, so nothing can bypass it.
 */
import type { CallOutcome } from '../metrics.ts';

export class CallStats {
  readonly #calls = new Map<string, Map<CallOutcome, number>>();

  record(operation: string, outcome: CallOutcome): void {
    let outcomes = this.#calls.get(operation);
    if (!outcomes) {
      outcomes = new Map();
      this.#calls.set(operation, outcomes);
    }
    outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
  }

  /** Requests sent, for one operation or for all. */
  count(operation?: string): number {
    const sum = (outcomes: Map<CallOutcome, number>) => [...outcomes.values()].reduce((a, b) => a + b, 0);
    if (operation !== undefined) return sum(this.#calls.get(operation) ?? new Map());
    return [...this.#calls.values()].reduce((total, outcomes) => total + sum(outcomes), 0);
  }

  /** `{ getContact: { 200: 3, 404: 1 } }` */
  snapshot(): Record<string, Record<string, number>> {
    return Object.fromEntries([...this.#calls].map(([op, outcomes]) => [op, Object.fromEntries(outcomes)]));
  }

  reset(): void {
    this.#calls.clear();
  }
}
