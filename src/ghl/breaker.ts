/**
 * A circuit breaker per upstream host (cockatiel's, with a consecutive-failure count). When GHL
 * keeps failing (5xx, timeouts, dropped connections), more calls only add load and make callers
 * wait for the same failure: after `failures` in a row the circuit opens and calls fail fast with
 * UPSTREAM_UNAVAILABLE, without touching the network. After `cooldownMs` one call goes through as
 * a probe: its success closes the circuit, its failure opens it for another cool-down.
 * 4xx and 429 are answers, not failures: the caller's mistake, and the rate governor's business.
 */
import { BrokenCircuitError, CircuitState, ConsecutiveBreaker, circuitBreaker, handleWhenResult, type CircuitBreakerPolicy } from 'cockatiel';
import type { BreakerOptions } from '../config.ts';
import { upstreamUnavailable } from './errors.ts';

interface Circuit {
  policy: CircuitBreakerPolicy;
  openedAt: number;
}

export class UpstreamBreakers<Outcome> {
  readonly #options: BreakerOptions;
  /** Which outcomes of a call count against its host. */
  readonly #failed: (outcome: Outcome) => boolean;
  readonly #circuits = new Map<string, Circuit>();
  /** The last URL asked about and its host's circuit: the client asks with its base URL every call, parsed once here. */
  #last: { url: string; circuit: Circuit } | undefined;

  constructor(options: BreakerOptions, failed: (outcome: Outcome) => boolean) {
    this.#options = options;
    this.#failed = failed;
  }

  /** Fails fast, before the call queues for a rate-limit slot, when `url`'s host is cooling down. */
  refuseIfOpen(url: string, operation: string): void {
    const waitMs = this.coolingDownFor(url);
    if (waitMs > 0) throw upstreamUnavailable(operation, waitMs);
  }

  /**
   * How long `url`'s open circuit still refuses calls; 0 when closed or when a probe may go
   * (cockatiel only moves to half-open when a call arrives, so "open" alone would never end for
   * a /readyz that keeps traffic away).
   */
  coolingDownFor(url: string): number {
    const circuit = this.#circuit(url);
    if (circuit.policy.state !== CircuitState.Open) return 0;
    return Math.max(0, circuit.openedAt + this.#options.cooldownMs - Date.now());
  }

  /** Sends one attempt through `url`'s circuit; rejects with UPSTREAM_UNAVAILABLE when it is open. */
  async attempt(url: string, operation: string, send: () => Promise<Outcome>): Promise<Outcome> {
    const circuit = this.#circuit(url);
    try {
      // cockatiel hands a failed outcome back as it is, having counted it.
      return await circuit.policy.execute(send);
    } catch (error) {
      if (error instanceof BrokenCircuitError) {
        throw upstreamUnavailable(operation, circuit.openedAt + this.#options.cooldownMs - Date.now());
      }
      throw error;
    }
  }

  /** Whether `url`'s host is answering, for health checks and tests. */
  state(url: string): 'closed' | 'open' | 'half-open' {
    const state = this.#circuit(url).policy.state;
    return state === CircuitState.Closed ? 'closed' : state === CircuitState.HalfOpen ? 'half-open' : 'open';
  }

  #circuit(url: string): Circuit {
    if (this.#last?.url === url) return this.#last.circuit;
    const circuit = this.#circuitOf(new URL(url).host);
    this.#last = { url, circuit };
    return circuit;
  }

  #circuitOf(host: string): Circuit {
    let circuit = this.#circuits.get(host);
    if (!circuit) {
      const policy = circuitBreaker(handleWhenResult((outcome) => this.#failed(outcome as Outcome)), {
        halfOpenAfter: this.#options.cooldownMs,
        breaker: new ConsecutiveBreaker(this.#options.failures),
      });
      const opened: Circuit = { policy, openedAt: 0 };
      policy.onBreak(() => (opened.openedAt = Date.now()));
      circuit = opened;
      this.#circuits.set(host, circuit);
    }
    return circuit;
  }
}
