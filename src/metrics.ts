/**
 * Every Prometheus metric the gateway exposes on /metrics, defined here and nowhere else. Each
 * gateway owns a registry (not prom-client's global one): tests run several gateways in one process.
 * Callers record what happened through the methods below, never through prom-client directly.
 */
import type { ServerResponse } from 'node:http';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** Operation names come from clients: past this many distinct ones, the rest share one label. */
const MAX_OPERATION_NAMES = 500;

/** Seconds: GHL answers in tens to hundreds of ms, a slow list or a retry chain in seconds. */
const latencyBuckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/** How a call to GHL ended: its HTTP status, or no answer (src/ghl/call-stats.ts counts them too). */
export type CallOutcome = number | 'timeout' | 'network';

/** Why the gateway refused a call to GHL without sending it (src/ghl/errors.ts RefusedCall). */
export type RefusalReason = 'queue_timeout' | 'queue_full' | 'daily_budget' | 'circuit_open';

export type WebhookIgnoredReason = 'DUPLICATE' | 'UNKNOWN_TYPE' | 'NO_LOCATION';

export class Metrics {
  readonly registry = new Registry();
  readonly #operationNames = new Set<string>();

  readonly #graphqlRequests = new Counter({
    name: 'gateway_graphql_requests_total',
    help: 'GraphQL operations, by operation name and outcome: ok, or the extensions.code of the first error',
    labelNames: ['operation', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly #subscriptionsActive = new Gauge({
    name: 'gateway_subscriptions_active',
    help: 'GraphQL subscriptions currently streaming, over WebSocket and SSE',
    registers: [this.registry],
  });

  readonly #webSocketsOpen = new Gauge({
    name: 'gateway_websocket_connections_active',
    help: 'graphql-ws connections currently open',
    registers: [this.registry],
  });

  readonly #upstreamRequests = new Counter({
    name: 'gateway_upstream_requests_total',
    help: 'HTTP requests sent to GoHighLevel, retries included, by catalog operation and status (an HTTP status, timeout or network)',
    labelNames: ['operation', 'status'] as const,
    registers: [this.registry],
  });

  readonly #upstreamRefused = new Counter({
    name: 'gateway_upstream_refused_total',
    help: 'Calls to GoHighLevel the gateway refused without sending, by catalog operation and reason: queue_timeout, queue_full, daily_budget, circuit_open',
    labelNames: ['operation', 'reason'] as const,
    registers: [this.registry],
  });

  readonly #upstreamDuration = new Histogram({
    name: 'gateway_upstream_request_duration_seconds',
    help: 'Time from sending a request to GoHighLevel to having its whole answer (or giving up), by catalog operation',
    labelNames: ['operation'] as const,
    buckets: latencyBuckets,
    registers: [this.registry],
  });

  readonly #limiterWait = new Histogram({
    name: 'gateway_upstream_limiter_wait_seconds',
    help: "Time a request to GoHighLevel waited for a slot under GHL's rate limit before it was sent",
    buckets: [0.001, ...latencyBuckets],
    registers: [this.registry],
  });

  readonly #webhooksReceived = new Counter({
    name: 'gateway_webhooks_received_total',
    help: 'Webhook deliveries received on WEBHOOK_PATH, whatever became of them',
    registers: [this.registry],
  });

  readonly #webhooksRejected = new Counter({
    name: 'gateway_webhooks_rejected_total',
    help: 'Webhook deliveries refused, by refusal code (INVALID_SIGNATURE, STALE_TIMESTAMP, ...)',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });

  readonly #webhooksIgnored = new Counter({
    name: 'gateway_webhooks_ignored_total',
    help: 'Webhook deliveries acknowledged but not emitted, by reason: DUPLICATE, UNKNOWN_TYPE, NO_LOCATION',
    labelNames: ['reason'] as const,
    registers: [this.registry],
  });

  readonly #webhooksEmitted = new Counter({
    name: 'gateway_webhooks_emitted_total',
    help: 'Verified webhook events published to subscribers',
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  /** `GET /metrics`: the exposition text, for Prometheus to scrape. */
  serve(res: ServerResponse): void {
    void this.registry.metrics().then((body) => {
      res.writeHead(200, { 'content-type': this.registry.contentType, 'cache-control': 'no-store' });
      res.end(body);
    });
  }

  graphqlRequest(operationName: string | null | undefined, outcome: string): void {
    this.#graphqlRequests.inc({ operation: this.#operationLabel(operationName), outcome });
  }

  subscriptionStarted(): void {
    this.#subscriptionsActive.inc();
  }

  subscriptionEnded(): void {
    this.#subscriptionsActive.dec();
  }

  webSocketOpened(): void {
    this.#webSocketsOpen.inc();
  }

  webSocketClosed(): void {
    this.#webSocketsOpen.dec();
  }

  upstreamRequest(operation: string, outcome: CallOutcome, durationMs: number): void {
    this.#upstreamRequests.inc({ operation, status: String(outcome) });
    this.#upstreamDuration.observe({ operation }, durationMs / 1000);
  }

  upstreamRefused(operation: string, reason: RefusalReason): void {
    this.#upstreamRefused.inc({ operation, reason });
  }

  limiterWait(durationMs: number): void {
    this.#limiterWait.observe(durationMs / 1000);
  }

  webhookReceived(): void {
    this.#webhooksReceived.inc();
  }

  webhookRejected(code: string): void {
    this.#webhooksRejected.inc({ code });
  }

  webhookIgnored(reason: WebhookIgnoredReason): void {
    this.#webhooksIgnored.inc({ reason });
  }

  webhookEmitted(): void {
    this.#webhooksEmitted.inc();
  }

  /** Bounded cardinality: a client inventing names cannot grow the registry without end. */
  #operationLabel(name: string | null | undefined): string {
    if (!name) return 'anonymous';
    if (!/^[_A-Za-z][_0-9A-Za-z]{0,99}$/.test(name)) return 'invalid';
    if (this.#operationNames.has(name)) return name;
    if (this.#operationNames.size >= MAX_OPERATION_NAMES) return 'other';
    this.#operationNames.add(name);
    return name;
  }
}
