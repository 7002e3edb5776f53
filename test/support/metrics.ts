/** Reading the gateway's /metrics the way Prometheus does. */
import type { Stack } from './stack.ts';

/** The exposition text the gateway serves on /metrics. */
export async function scrapeMetrics(stack: Stack): Promise<string> {
  const response = await fetch(new URL('/metrics', stack.gateway.url));
  return response.text();
}

/** The value of one series in Prometheus exposition text; 0 when the series is absent. */
export function sample(exposition: string, name: string, labels: Record<string, string> = {}): number {
  for (const line of exposition.split('\n')) {
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const found = Object.fromEntries([...(match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((m) => [m[1], m[2]]));
    const wanted = Object.entries(labels);
    if (wanted.length === Object.keys(found).length && wanted.every(([key, value]) => found[key] === value)) return Number(match[3]);
  }
  return 0;
}
