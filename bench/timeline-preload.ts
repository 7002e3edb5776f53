/**
 * Loaded into the gateway's process by bench/timeline.ts (`node --import`): the moment each
 * request arrives and ends, and each REST call is created and read to its end, from Node's and
 * undici's diagnostics channels, so the gateway is traced as it runs, unchanged. SIGUSR2
 * writes what was seen to TIMELINE_FILE and starts afresh.
 */
import { subscribe } from 'node:diagnostics_channel';
import { writeFileSync } from 'node:fs';

export type TimelineKind = 'in' | 'out' | 'create' | 'done';
export type TimelineEvent = [kind: TimelineKind, atMs: number];

const events: TimelineEvent[] = [];
const channels: Record<string, TimelineKind> = {
  'http.server.request.start': 'in',
  'http.server.response.finish': 'out',
  'undici:request:create': 'create',
  'undici:request:trailers': 'done',
};
for (const [channel, kind] of Object.entries(channels)) subscribe(channel, () => events.push([kind, performance.now()]));

process.on('SIGUSR2', () => {
  writeFileSync(process.env['TIMELINE_FILE']!, JSON.stringify(events));
  events.length = 0;
});
