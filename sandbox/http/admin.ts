/**
 * The /_sandbox/ endpoints: the same controls tests get from the Sandbox object, over HTTP, for
 * benchmarks and for a gateway started in another process. No auth, no Version, not logged, not
 * rate limited, no faults.
 */
import type { SandboxTokens } from '../auth/tokens.ts';
import { GhlError, ghlErrors } from './errors.ts';
import { FAULT_COUNTERS, type FaultSettings, type SandboxFaults } from './faults.ts';
import type { SandboxOAuth } from '../auth/oauth.ts';
import type { SandboxRequestLog } from './request-log.ts';
import type { ApiResult } from './router.ts';
import type { SandboxStore } from '../model/store.ts';
import { isRecord } from './validate.ts';

export const ADMIN_PREFIX = '/_sandbox/';

export interface AdminTarget {
  tokens: SandboxTokens;
  requests: SandboxRequestLog;
  faults: SandboxFaults;
  /** Uninstalls the app, as `sandbox.oauth.uninstall` does. */
  oauth: SandboxOAuth;
  /** What an uninstall may name. */
  store: SandboxStore;
  /** Re-seeds the store and clears the request log, the faults and the rate limits. */
  reset(): void;
}

export function handleAdmin(target: AdminTarget, method: string, path: string, body: unknown): ApiResult {
  switch (`${method} ${path.replace(/\/+$/, '')}`) {
    case 'GET /_sandbox/tokens':
      return { status: 200, body: target.tokens };
    case 'GET /_sandbox/requests':
      return { status: 200, body: { count: target.requests.entries.length, entries: target.requests.entries } };
    case 'DELETE /_sandbox/requests':
      target.requests.clear();
      return { status: 200, body: { ok: true } };
    case 'GET /_sandbox/faults':
      return { status: 200, body: target.faults.current() };
    case 'PUT /_sandbox/faults':
      target.faults.set(readFaultSettings(body));
      return { status: 200, body: target.faults.current() };
    case 'DELETE /_sandbox/faults':
      target.faults.clear();
      return { status: 200, body: target.faults.current() };
    case 'POST /_sandbox/uninstall': {
      // Answers once the UNINSTALL webhook is queued: the caller watches its gateway for the result.
      const scope = readUninstallScope(target.store, body);
      target.oauth.uninstall(scope);
      return { status: 200, body: { ok: true, ...scope } };
    }
    case 'POST /_sandbox/reset':
      target.reset();
      return { status: 200, body: { ok: true } };
    default:
      throw ghlErrors.noRoute(method, path);
  }
}

/** A PUT body as settings for `SandboxFaults.set`; `"match": null` removes the match. */
function readFaultSettings(body: unknown): Partial<FaultSettings> {
  if (!isRecord(body)) throw new GhlError(400, ['body must be a JSON object of fault settings']);
  const problems = Object.entries(body).flatMap(([key, value]) => faultProblems(key, value));
  if (problems.length > 0) throw new GhlError(400, problems);
  // Checked just above, key by key.
  const settings = { ...body } as Partial<FaultSettings>;
  // JSON has no undefined: null is how an HTTP caller removes the match.
  if (body.match === null) settings.match = undefined;
  return settings;
}

/** A POST body naming exactly one location or agency the store has. */
function readUninstallScope(store: SandboxStore, body: unknown): { locationId: string } | { companyId: string } {
  const problem = 'body must be a JSON object with either locationId or companyId';
  if (!isRecord(body)) throw new GhlError(400, [problem]);
  const { locationId, companyId, ...rest } = body;
  const unknownKeys = Object.keys(rest).map((key) => `property ${key} should not exist`);
  if (unknownKeys.length > 0) throw new GhlError(400, unknownKeys);
  if (typeof locationId === 'string' && companyId === undefined) {
    if (!store.locations.has(locationId)) throw new GhlError(400, [`No location ${locationId}`]);
    return { locationId };
  }
  if (typeof companyId === 'string' && locationId === undefined) {
    if (!store.companies.has(companyId)) throw new GhlError(400, [`No company ${companyId}`]);
    return { companyId };
  }
  throw new GhlError(400, [problem]);
}

function faultProblems(key: string, value: unknown): string[] {
  if (key === 'match') {
    if (value === null) return [];
    if (!isRecord(value)) return ['match must be an object or null'];
    const { method, path } = value;
    return [
      ...(method === undefined || typeof method === 'string' ? [] : ['match.method must be a string']),
      ...(path === undefined || (typeof path === 'string' && isRegExpSource(path)) ? [] : ['match.path must be a RegExp source']),
    ];
  }
  if (key === 'errorRate') {
    return typeof value === 'number' && value >= 0 && value <= 1 ? [] : ['errorRate must be a number from 0 to 1'];
  }
  if (key === 'replacementBody') return typeof value === 'string' ? [] : ['replacementBody must be a string'];
  if (key === 'latencyMs' || (FAULT_COUNTERS as readonly string[]).includes(key)) {
    return Number.isInteger(value) && (value as number) >= 0 ? [] : [`${key} must be a non-negative integer`];
  }
  return [`property ${key} should not exist`];
}

function isRegExpSource(source: string): boolean {
  try {
    new RegExp(source);
    return true;
  } catch {
    return false;
  }
}
