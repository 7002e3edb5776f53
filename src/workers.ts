/**
 * GATEWAY_WORKERS above 1: `npm start` becomes a node:cluster primary that forks that many
 * workers, each a whole gateway (src/main.ts) listening on the one port, which the primary hands
 * connections to in turn. The primary serves nothing. It restarts a worker that dies, after a
 * back-off, and on SIGTERM or SIGINT stops the workers gracefully and exits once they have.
 * The workers share what replicas share, through REDIS_URL and the token store's file
 * (docs/operating.md), which src/config.ts requires for more than one.
 */
import cluster, { type Worker } from 'node:cluster';
import { once } from 'node:events';
import type { Logger } from './logger.ts';

/** The first restart's delay, doubled for each crash in a row of the same worker, up to the cap. */
const RESTART_BASE_MS = 250;
const RESTART_MAX_MS = 30_000;
/** A worker that served this long was healthy: its replacement's back-off starts over. */
const HEALTHY_AFTER_MS = 30_000;
/** How long workers may take to close their connections before they are killed. */
const STOP_TIMEOUT_MS = 15_000;

export function superviseWorkers(count: number, logger: Logger): void {
  let stopping = false;
  /** First workers not listening yet; one that exits before it listens is a start-up failure, not a crash. */
  let startingUp = count;
  const restarts = new Set<NodeJS.Timeout>();

  /** `crashesInARow`: how many workers in its place crashed before it in a row; 0 for a first worker. */
  const fork = (crashesInARow: number) => {
    const replaces = crashesInARow > 0;
    const worker = cluster.fork();
    const forkedAt = Date.now();
    let listened = false;
    worker.once('listening', () => {
      listened = true;
      if (!replaces && --startingUp === 0) logger.info({ workers: count }, `All ${count} workers are serving`);
    });
    worker.once('exit', (code, signal) => {
      if (stopping) return;
      const pid = worker.process.pid;
      const how = signal ?? `code ${code}`;
      // The worker said why in its own log line (a port in use, Redis out of reach).
      if (!replaces && !listened) {
        logger.fatal({ worker: pid, exit: how }, `A worker could not start (${how}): stopping the others`);
        void stop(1);
        return;
      }
      const crashes = Date.now() - forkedAt >= HEALTHY_AFTER_MS ? 0 : crashesInARow;
      const delayMs = Math.min(RESTART_MAX_MS, RESTART_BASE_MS * 2 ** crashes);
      logger.error({ worker: pid, exit: how, restartInMs: delayMs }, `Worker ${pid} exited unexpectedly (${how}); restarting it in ${delayMs} ms`);
      const timer = setTimeout(() => {
        restarts.delete(timer);
        fork(crashes + 1);
      }, delayMs);
      restarts.add(timer);
    });
  };

  async function stop(exitCode: number): Promise<void> {
    if (stopping) return;
    stopping = true;
    for (const timer of restarts) clearTimeout(timer);
    const running = Object.values(cluster.workers ?? {}).filter((worker): worker is Worker => worker !== undefined && !worker.isDead());
    logger.info({ workers: running.length }, 'Stopping the workers');
    // Each closes its gateway on SIGTERM, as a single process does.
    const exited = running.map((worker) => once(worker, 'exit'));
    for (const worker of running) worker.process.kill('SIGTERM');
    const deadline = setTimeout(() => {
      for (const worker of running) if (!worker.isDead()) worker.process.kill('SIGKILL');
    }, STOP_TIMEOUT_MS);
    await Promise.all(exited);
    clearTimeout(deadline);
    process.exit(exitCode);
  }

  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void stop(0));
  logger.info({ workers: count, primary: process.pid }, `Starting ${count} gateway workers on one port`);
  for (let i = 0; i < count; i++) fork(0);
}
