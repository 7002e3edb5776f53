/**
 * Fan-out of GHL webhooks to GraphQL subscriptions over WebSocket, at 1,000 and then 5,000
 * concurrent subscribers of `events(locationId)` on the sandbox's first location, all on the
 * gateway's own credentials. For each count: delivery latency from the webhook's POST to its
 * receipt at every subscriber (p50, p99, max over all subscribers and all events), deliveries
 * expected against received, and the gateway's memory per idle subscriber (heap and RSS, after a
 * forced GC, measured inside the gateway process). No pass/fail on time: figures and targets.
 *
 *   npm run bench:subscriptions
 *
 * Processes, all on loopback:
 * - the sandbox (bench/support.ts), whose only work here is one location read per connection;
 * - the gateway, alone in a process started with --expose-gc, answering memory and CPU questions
 *   over IPC, so that neither the subscribers' memory nor their CPU is counted as its own;
 * - CLIENT_PROCESSES processes holding the subscribers (graphql-transport-ws spoken by hand over
 *   `ws`, one operation per socket), which time each delivery on the machine's clock
 *   (performance.timeOrigin + performance.now(), shared across processes) as it arrives;
 * - this one, which signs and POSTs the webhooks (HMAC-SHA256 with GHL_WEBHOOK_SECRET, in
 *   `x-ghl-signature`, as src/events/signatures.ts verifies) and prints the figures.
 *
 * Before the baseline memory reading, one subscriber comes, gets a few events and goes, so that
 * code run for the first time is not counted against the subscribers. Once connected, probe
 * webhooks are sent until every subscriber has had one (the location read comes after the
 * connection); once their copies stop arriving, the subscribers are idle and memory is read.
 * Each measured event is then posted once every subscriber has the previous one, GAP_MS later,
 * so that the latencies are those of one fan-out and not of a queue of them.
 *
 * Knobs (environment): SUBSCRIBERS=1000,5000  EVENTS=20  GAP_MS=200  BATCH=250
 *   CLIENT_PROCESSES (default: CPUs - 1, at least 1)
 *   GATEWAY_CPU_PROF=dir   a CPU profile of the gateway over the measured events, written to dir
 *   GATEWAY_HEAP_SNAPSHOTS=dir   heap snapshots of the gateway before and after the subscribers connect
 *   GATEWAY_NODE_ARGS='--trace-gc ...'   more Node flags for the gateway's process
 *   WORKERS=1   the gateway as GATEWAY_WORKERS worker processes on one port (`auto` or 0: one per
 *     CPU), below
 *
 * With WORKERS above 1, the gateway is `src/main.ts` as `npm start` runs it with GATEWAY_WORKERS
 * (src/workers.ts), beside a redis-server of its own through which the workers share the events
 * (REDIS_URL). Its CPU is that of the primary and the workers, read from /proc; its memory is
 * their RSS, as no GC can be forced across processes (heap figures, GC pauses, the event loop's
 * busy share, profiles and snapshots are single-process only).
 *
 * Each subscriber is a socket at both ends: the gateway's process needs one descriptor per
 * subscriber, and so do the client processes between them. Too low an open-file limit is
 * detected before any socket opens, and reported with the fix (`ulimit -n 65536`); counts that
 * fit still run. Node lifts its soft limit to the hard one as it starts: the hard limit counts.
 *
 * The subscriber processes share the machine with the gateway: on few cores their own work is in
 * the latency too. So they do as little as the measurement allows: no protocol library, no
 * JSON.parse, a byte search for the webhookId that names the event (still enough to prove each
 * subscriber gets each event exactly once). Their CPU per event is printed beside the gateway's
 * to tell which side a figure is bound by.
 */
import { execFileSync, fork, type ChildProcess } from 'node:child_process';
import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const ROLE = process.env['BENCH_SUBSCRIPTIONS_ROLE'];
const SELF = fileURLToPath(import.meta.url);

/** The machine's clock, in ms with sub-ms precision, comparable between processes. */
const now = () => performance.timeOrigin + performance.now();
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const QUERY = `subscription BenchEvents($locationId: ID) {
  events(locationId: $locationId) { type locationId webhookId timestamp entityId payload }
}`;

// ---------------------------------------------------------------------------------------------
// Messages over IPC
// ---------------------------------------------------------------------------------------------

type ToGateway =
  | { type: 'memory' }
  | { type: 'cpu' }
  | { type: 'snapshot'; file: string }
  | { type: 'profile'; file?: string }
  | { type: 'close' };
type FromGateway =
  | { type: 'ready'; url: string; webhookUrl: string }
  | { type: 'memory'; usage: NodeJS.MemoryUsage }
  | { type: 'cpu'; usage: NodeJS.CpuUsage; elu: number; gcMs: number; majorGcMs: number }
  | { type: 'snapshot'; file: string }
  | { type: 'profile' }
  | { type: 'failed'; message: string };

type ToClients =
  | { type: 'connect'; count: number; batch: number; events: number }
  | { type: 'probes' }
  | { type: 'cpu' }
  | { type: 'report' }
  | { type: 'close' };
type FromClients =
  | { type: 'ready' }
  | { type: 'connected'; connected: number; failed: number; errors: string[] }
  | { type: 'probes'; ready: number; deliveries: number }
  | { type: 'delivered'; seq: number }
  | { type: 'cpu'; usage: NodeJS.CpuUsage }
  | { type: 'report'; receipts: number[][]; duplicates: number; unexpected: number; errors: string[]; closed: number };

// ---------------------------------------------------------------------------------------------
// The gateway's process
// ---------------------------------------------------------------------------------------------

async function gatewayProcess(): Promise<void> {
  const workers = Number(process.env['BENCH_WORKERS'] ?? 1);
  if (workers > 1) return workersGatewayProcess(workers);
  const send = (message: FromGateway) => process.send!(message);
  // The bench is gone (however it ended): so is its gateway.
  process.on('disconnect', () => process.exit(0));
  const { startBenchGateway } = await import('./support.ts');
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('the gateway process needs --expose-gc');

  const env = process.env as Record<string, string>;
  const gateway = await startBenchGateway(
    { url: env['BENCH_SANDBOX_URL']!, token: env['BENCH_SANDBOX_TOKEN']!, locationId: env['BENCH_SANDBOX_LOCATION']!, stop: async () => {} },
    // Thousands of location reads at once on a busy machine: slow answers must not open the breaker.
    { GHL_RATE_LIMIT_MAX: '100000', GHL_BREAKER_FAILURES: '1000', GHL_WEBHOOK_SECRET: env['BENCH_WEBHOOK_SECRET']! },
  );
  let elu = performance.eventLoopUtilization();
  // Time spent in garbage collection, forced or not (the forced ones fall outside measured windows).
  let gcMs = 0;
  let majorGcMs = 0;
  const { PerformanceObserver, constants } = await import('node:perf_hooks');
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      gcMs += entry.duration;
      if ((entry as unknown as { detail?: { kind?: number } }).detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR) majorGcMs += entry.duration;
    }
  }).observe({ entryTypes: ['gc'] });

  process.on('message', async (message: ToGateway) => {
    switch (message.type) {
      case 'memory': {
        // Several rounds, with turns of the loop between, so that what the first frees (and
        // finalizers) is gone too before memory is read.
        for (let i = 0; i < 5; i++) {
          gc();
          await sleep(20);
        }
        send({ type: 'memory', usage: process.memoryUsage() });
        break;
      }
      case 'cpu': {
        const since = elu;
        elu = performance.eventLoopUtilization();
        send({ type: 'cpu', usage: process.cpuUsage(), elu: performance.eventLoopUtilization(elu, since).utilization, gcMs, majorGcMs });
        break;
      }
      case 'snapshot': {
        const { writeHeapSnapshot } = await import('node:v8');
        gc();
        send({ type: 'snapshot', file: writeHeapSnapshot(message.file) });
        break;
      }
      case 'profile': {
        // Without a file: start the CPU profiler; with one: stop it and write the profile there.
        const post = (method: string) =>
          new Promise<unknown>((resolve, reject) => inspector.post(method, (error, result) => (error ? reject(error) : resolve(result))));
        if (!message.file) {
          inspector.connect();
          await post('Profiler.enable');
          await post('Profiler.start');
        } else {
          const { profile } = (await post('Profiler.stop')) as { profile: object };
          inspector.disconnect();
          const { writeFileSync } = await import('node:fs');
          writeFileSync(message.file, JSON.stringify(profile));
        }
        send({ type: 'profile' });
        break;
      }
      case 'close':
        await gateway.close();
        process.exit(0);
    }
  });
  const inspector = new (await import('node:inspector')).Session();
  send({ type: 'ready', url: gateway.url, webhookUrl: gateway.webhookUrl });
}

/**
 * WORKERS above 1: this process starts a redis-server and `src/main.ts` with GATEWAY_WORKERS, and
 * answers for them: CPU and RSS summed over the primary and its workers, from /proc (Linux).
 */
async function workersGatewayProcess(workers: number): Promise<void> {
  const send = (message: FromGateway) => process.send!(message);
  const { startProcess } = await import('../test/support/process.ts');
  const { Processes } = await import('../test/support/replicas.ts');
  const root = fileURLToPath(new URL('..', import.meta.url));
  const env = process.env as Record<string, string>;
  const services = new Processes();
  const redisUrl = await services.redis();
  // None of the developer's settings: the gateway is configured here, as the single process is.
  const inherited = Object.fromEntries(Object.entries(env).filter(([key]) => !/^(GHL_|SANDBOX_|WEBHOOK_|REDIS_|GATEWAY_|BENCH_)/.test(key)));
  const gateway = startProcess(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: root,
    env: {
      ...inherited,
      PORT: '0',
      LOG_LEVEL: 'info',
      GATEWAY_WORKERS: String(workers),
      REDIS_URL: redisUrl,
      GHL_API_BASE_URL: env['BENCH_SANDBOX_URL'],
      GHL_ACCESS_TOKEN: env['BENCH_SANDBOX_TOKEN'],
      GHL_LOCATION_ID: env['BENCH_SANDBOX_LOCATION'],
      GHL_WEBHOOK_SECRET: env['BENCH_WEBHOOK_SECRET'],
      GHL_RATE_LIMIT_MAX: '100000',
      GHL_BREAKER_FAILURES: '1000',
    },
  });
  const close = async () => {
    if (gateway.child.exitCode === null && gateway.child.signalCode === null) {
      const exited = once(gateway.child, 'exit');
      gateway.child.kill('SIGTERM');
      await exited;
    }
    await services.stopAll();
    process.exit(0);
  };
  process.on('disconnect', () => void close());
  for (let waited = 0; !gateway.output().includes(`All ${workers} workers are serving`); waited += 100) {
    if (waited > 120_000 || gateway.child.exitCode !== null) throw new Error(`the gateway's workers did not start:\n${gateway.output()}`);
    await sleep(100);
  }
  const ready = gateway
    .output()
    .split('\n')
    .filter((line) => line.includes('"msg":"GraphQL gateway ready'))
    .map((line) => JSON.parse(line) as { pid: number; url: string; webhookUrl: string });
  const pids = [gateway.child.pid!, ...new Set(ready.map((line) => line.pid))];
  const tickUs = 1e6 / Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
  const cpu = (): NodeJS.CpuUsage => {
    const usage = { user: 0, system: 0 };
    for (const pid of pids) {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // After the command's name in parentheses, from field 3 (state); utime and stime are 14 and 15.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      usage.user += Number(fields[11]) * tickUs;
      usage.system += Number(fields[12]) * tickUs;
    }
    return usage;
  };
  const rss = () => pids.reduce((sum, pid) => sum + Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) * 1024, 0);

  process.on('message', async (message: ToGateway) => {
    switch (message.type) {
      case 'memory':
        send({ type: 'memory', usage: { rss: rss(), heapUsed: NaN, heapTotal: NaN, external: NaN, arrayBuffers: NaN } });
        break;
      case 'cpu':
        send({ type: 'cpu', usage: cpu(), elu: NaN, gcMs: NaN, majorGcMs: NaN });
        break;
      case 'close':
        await close();
    }
  });
  send({ type: 'ready', url: ready[0]!.url, webhookUrl: ready[0]!.webhookUrl });
}

// ---------------------------------------------------------------------------------------------
// A process of subscribers
// ---------------------------------------------------------------------------------------------

async function clientProcess(): Promise<void> {
  const send = (message: FromClients) => process.send!(message);
  process.on('disconnect', () => process.exit(0));
  const { default: WebSocket } = await import('ws');

  const graphqlUrl = process.env['BENCH_GATEWAY_URL']!.replace(/^http/, 'ws');
  const locationId = process.env['BENCH_LOCATION_ID']!;
  // The graphql-transport-ws protocol by hand, one operation per connection with id "1": every
  // `next` the gateway sends for it starts with NEXT; what identifies the event is the webhookId.
  const SUBSCRIBE = JSON.stringify({ id: '1', type: 'subscribe', payload: { query: QUERY, variables: { locationId } } });
  const NEXT = Buffer.from('{"id":"1","type":"next","payload":{"data":{"events":{');
  const WEBHOOK_ID = Buffer.from('"webhookId":"');

  interface Subscriber {
    socket: InstanceType<typeof WebSocket>;
    /** Deliveries of each measured event (more than one is a duplicate). */
    got: Uint8Array;
    probed: boolean;
  }
  let probeDeliveries = 0;
  const subscribers: Subscriber[] = [];
  let receipts: number[][] = [];
  let duplicates = 0;
  let unexpected = 0;
  let closed = 0;
  let closing = false;
  const errors: string[] = [];
  const noteError = (message: string) => void (errors.length < 20 && errors.push(message));

  /**
   * A delivery, timed first: the clock is read before anything else is done with the frame. Then
   * only what tells the event apart is read (no JSON.parse, no protocol library): its webhookId,
   * `bench:<seq>:…` or `probe:<n>:…`, as raw bytes.
   */
  function received(subscriber: Subscriber, data: Buffer): void {
    const at = now();
    const start = data.indexOf(WEBHOOK_ID);
    if (data.compare(NEXT, 0, NEXT.length, 0, NEXT.length) !== 0 || start < 0 || data.includes('"errors":')) {
      noteError(`unexpected message: ${data.toString('utf8', 0, 300)}`);
      return void unexpected++;
    }
    let i = start + WEBHOOK_ID.length;
    const kind = data.toString('latin1', i, i + 6);
    i += 6;
    let seq = 0;
    for (let c = data[i]!; c >= 0x30 && c <= 0x39; c = data[++i]!) seq = seq * 10 + (c - 0x30);
    if (kind === 'probe:') return void ((subscriber.probed = true), probeDeliveries++);
    const times = receipts[seq];
    if (kind !== 'bench:' || !times || seq >= subscriber.got.length) return void unexpected++;
    const copies = subscriber.got[seq]!;
    subscriber.got[seq] = copies + 1;
    if (copies > 0) return void duplicates++;
    times.push(at);
    if (times.length === subscribers.length) send({ type: 'delivered', seq });
  }

  /** Connected (acknowledged) and subscribed, or undefined if the gateway refused or failed. */
  function subscribe(): Promise<Subscriber | undefined> {
    return new Promise((resolve) => {
      let settled = false;
      const settle = (value: Subscriber | undefined) => void (!settled && ((settled = true), resolve(value)));
      // No compression (the gateway offers none either) and no UTF-8 check of what the gateway
      // sends: neither is the gateway's work, and both would be counted in its latency here.
      const socket = new WebSocket(graphqlUrl, 'graphql-transport-ws', { perMessageDeflate: false, skipUTF8Validation: true });
      const subscriber: Subscriber = { socket, got: new Uint8Array(0), probed: false };
      socket.once('open', () => socket.send('{"type":"connection_init"}'));
      socket.once('message', (ack: Buffer) => {
        if (!ack.toString().includes('"connection_ack"')) {
          noteError(`not acknowledged: ${ack.toString().slice(0, 300)}`);
          socket.terminate();
          return settle(undefined);
        }
        socket.on('message', (data: Buffer) => received(subscriber, data));
        socket.send(SUBSCRIBE);
        settle(subscriber);
      });
      socket.on('close', (code, reason) => {
        if (!settled) {
          noteError(`closed before connecting: ${code} ${reason.toString()}`);
          settle(undefined);
        } else if (!closing) {
          closed++;
        }
      });
      socket.on('error', (error) => {
        noteError(`socket error: ${error.message}`);
        settle(undefined);
      });
    });
  }

  process.on('message', async (message: ToClients) => {
    switch (message.type) {
      case 'connect': {
        let failed = 0;
        for (let done = 0; done < message.count; done += message.batch) {
          const batch = await Promise.all(Array.from({ length: Math.min(message.batch, message.count - done) }, subscribe));
          for (const subscriber of batch) {
            if (subscriber) subscribers.push(subscriber);
            else failed++;
          }
        }
        receipts = Array.from({ length: message.events }, () => []);
        for (const subscriber of subscribers) subscriber.got = new Uint8Array(message.events);
        send({ type: 'connected', connected: subscribers.length, failed, errors: errors.splice(0) });
        break;
      }
      case 'probes':
        send({ type: 'probes', ready: subscribers.filter((s) => s.probed).length, deliveries: probeDeliveries });
        break;
      case 'cpu':
        send({ type: 'cpu', usage: process.cpuUsage() });
        break;
      case 'report':
        send({ type: 'report', receipts, duplicates, unexpected, errors, closed });
        break;
      case 'close':
        closing = true;
        await Promise.race([
          Promise.all(subscribers.map((s) => (s.socket.readyState === s.socket.CLOSED ? undefined : (s.socket.close(1000), once(s.socket, 'close'))))),
          sleep(5_000),
        ]);
        process.exit(0);
    }
  });
  send({ type: 'ready' });
}

// ---------------------------------------------------------------------------------------------
// The bench
// ---------------------------------------------------------------------------------------------

/** A child process on IPC, with a way to wait for its next message of a kind. */
class Child<In, Out extends { type: string }> {
  readonly process: ChildProcess;
  private readonly waiting: { type: string; resolve: (message: Out) => void }[] = [];
  private readonly listeners: ((message: Out) => void)[] = [];

  constructor(role: string, env: Record<string, string>, execArgv: string[] = []) {
    this.process = fork(SELF, [], {
      env: { ...process.env, ...env, BENCH_SUBSCRIPTIONS_ROLE: role },
      execArgv: ['--import', 'tsx', ...execArgv],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    children.add(this.process);
    this.process.once('exit', () => children.delete(this.process));
    this.process.on('message', (message: Out) => {
      for (const listener of this.listeners) listener(message);
      const index = this.waiting.findIndex((w) => w.type === message.type);
      if (index >= 0) this.waiting.splice(index, 1)[0]!.resolve(message);
    });
  }

  send(message: In): void {
    if (this.process.connected) this.process.send(message as object);
  }

  on(listener: (message: Out) => void): void {
    this.listeners.push(listener);
  }

  /** The next message of that type; fails if the process exits first or after timeoutMs. */
  next<T extends Out['type']>(type: T, timeoutMs: number, what = type): Promise<Extract<Out, { type: T }>> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => fail(new Error(`no ${what} from the ${this.role()} within ${timeoutMs} ms`)), timeoutMs);
      const onExit = (code: number | null, signal: string | null) =>
        fail(new Error(`the ${this.role()} exited (${signal ?? `code ${code}`}) while waiting for ${what}`));
      const entry = {
        type,
        resolve: (message: Out) => {
          clearTimeout(timer);
          this.process.off('exit', onExit);
          resolve(message as Extract<Out, { type: T }>);
        },
      };
      const fail = (error: Error) => {
        clearTimeout(timer);
        this.process.off('exit', onExit);
        const index = this.waiting.indexOf(entry);
        if (index >= 0) this.waiting.splice(index, 1);
        reject(error);
      };
      this.waiting.push(entry);
      this.process.once('exit', onExit);
    });
  }

  /** Sends a message and waits for its answer, the next message of type `answerType`. */
  async request<T extends Out['type']>(message: In, answerType: T, timeoutMs: number): Promise<Extract<Out, { type: T }>> {
    const answer = this.next(answerType, timeoutMs);
    this.send(message);
    return answer;
  }

  /** Asks it to close, and kills it if it has not exited after timeoutMs. */
  async stop(message: In, timeoutMs: number): Promise<void> {
    if (this.process.exitCode !== null || this.process.signalCode !== null) return;
    const exited = once(this.process, 'exit');
    this.send(message);
    const timer = setTimeout(() => this.process.kill('SIGKILL'), timeoutMs);
    await exited;
    clearTimeout(timer);
  }

  private role(): string {
    return this.process.spawnargs.includes('--expose-gc') ? 'gateway process' : 'client process';
  }
}

/** Every child this process started, to be killed however it ends. */
const children = new Set<ChildProcess>();

function killChildren(): void {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
}

/**
 * The soft and hard limits on open files of this process. Node raises its soft limit to the hard
 * one at start-up, so this is what each of the bench's Node processes gets.
 */
function openFileLimits(): { soft: number; hard: number } | undefined {
  const parse = (value: string | undefined) => (value === undefined ? NaN : value === 'unlimited' ? Infinity : Number(value));
  try {
    if (existsSync('/proc/self/limits')) {
      const line = readFileSync('/proc/self/limits', 'utf8').split('\n').find((l) => l.startsWith('Max open files'));
      const [soft, hard] = line?.slice('Max open files'.length).trim().split(/\s+/) ?? [];
      if (line) return { soft: parse(soft), hard: parse(hard) };
    }
    const soft = execFileSync('sh', ['-c', 'ulimit -Sn'], { encoding: 'utf8' }).trim();
    const hard = execFileSync('sh', ['-c', 'ulimit -Hn'], { encoding: 'utf8' }).trim();
    return { soft: parse(soft), hard: parse(hard) };
  } catch {
    return undefined;
  }
}

/**
 * Descriptors one process needs: the gateway one per subscriber plus its pool to the sandbox
 * (GHL_MAX_CONNECTIONS, 64) and Node's own; a client process its share of the subscribers.
 */
const DESCRIPTOR_HEADROOM = 256;

function percentile(sorted: Float64Array | number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

interface PhaseResult {
  subscribers: number;
  connected: number;
  connectSeconds: number;
  ready: number;
  probes: number;
  expected: number;
  received: number;
  duplicates: number;
  unexpected: number;
  droppedSockets: number;
  acknowledged: number;
  p50: number;
  p99: number;
  max: number;
  /** The slowest event's p99: a fan-out that stalled once shows here. */
  worstEventP99: number;
  /** From the POST to its 200, on the webhook sender's side. */
  ackP50: number;
  heapPerSubscriber: number;
  rssPerSubscriber: number;
  externalPerSubscriber: number;
  before: NodeJS.MemoryUsage;
  after: NodeJS.MemoryUsage;
  gatewayCpuPerEvent: number;
  /** Of which in garbage collection (a pause, though parts of a GC run on other threads). */
  gatewayGcPerEvent: number;
  /** Of which mark-compact (the whole heap, so growing with the subscribers held). */
  gatewayMajorGcPerEvent: number;
  gatewayElu: number;
  clientCpuPerEvent: number;
  errors: string[];
}

async function bench(): Promise<number> {
  const counts = (process.env['SUBSCRIBERS'] ?? '1000,5000').split(',').map((s) => Number(s.trim()));
  const events = Number(process.env['EVENTS'] ?? 20);
  const gapMs = Number(process.env['GAP_MS'] ?? 200);
  const batch = Number(process.env['BATCH'] ?? 250);
  const clientProcesses = Number(process.env['CLIENT_PROCESSES'] ?? Math.max(1, availableParallelism() - 1));
  const cpuProfileDir = process.env['GATEWAY_CPU_PROF'];
  const snapshotDir = process.env['GATEWAY_HEAP_SNAPSHOTS'];
  const gatewayNodeArgs = (process.env['GATEWAY_NODE_ARGS'] ?? '').split(/\s+/).filter(Boolean);
  const workersSetting = process.env['WORKERS'] ?? '1';
  const workers = workersSetting === 'auto' || workersSetting === '0' ? availableParallelism() : Number(workersSetting);
  if (!Number.isInteger(workers) || workers < 1 || (workers > 1 && (cpuProfileDir || snapshotDir))) {
    console.error('WORKERS must be auto or a count (0: one per CPU); profiles and heap snapshots need WORKERS=1');
    return 1;
  }
  if (counts.some((n) => !Number.isInteger(n) || n < 1) || !(events >= 1 && events <= 255) || !(batch >= 1) || !(clientProcesses >= 1)) {
    console.error('SUBSCRIBERS must be positive integers, EVENTS 1 to 255, BATCH and CLIENT_PROCESSES at least 1');
    return 1;
  }

  // Every subscriber is a socket in the gateway's process and one in a client process.
  const limits = openFileLimits();
  const runnable = counts.filter((n) => !limits || limits.soft >= n + DESCRIPTOR_HEADROOM);
  const skipped = counts.filter((n) => !runnable.includes(n));
  if (skipped.length > 0) {
    const needed = Math.max(...skipped) + DESCRIPTOR_HEADROOM;
    const limit = (n: number) => (n === Infinity ? 'unlimited' : n.toLocaleString('en-US'));
    console.error(
      [
        `The open-file limit here is ${limit(limits!.soft)} descriptors per process: too low for ${skipped.map((n) => n.toLocaleString('en-US')).join(' and ')} subscribers.`,
        `Each subscriber is a socket at both ends, one in the gateway's process and one in a client process, and`,
        `the gateway's process alone needs about ${needed.toLocaleString('en-US')}. (Node lifts its soft limit to the hard one as it`,
        `starts, so the hard limit, ulimit -Hn, is the one that counts: ${limit(limits!.hard)} here.) Raise it in the shell`,
        `that runs the bench, then run it again:`,
        ``,
        `    ulimit -n 65536 && npm run bench:subscriptions`,
        ``,
        `Raising a hard limit takes privileges: as root, or through /etc/security/limits.conf, systemd's`,
        `LimitNOFILE=65536, or docker run --ulimit nofile=65536:65536.`,
        runnable.length > 0 ? `\nRunning ${runnable.map((n) => n.toLocaleString('en-US')).join(', ')} only.\n` : '',
      ].join('\n'),
    );
    if (runnable.length === 0) return 1;
  }

  const { startSandboxProcess } = await import('./support.ts');
  const { Agent, request } = await import('undici');
  const sandbox = await startSandboxProcess({ SANDBOX_RATE_LIMIT_MAX: '100000' });
  const secret = `whsec-${randomBytes(24).toString('hex')}`;
  const poster = new Agent({ connections: 4 });

  async function postWebhook(webhookUrl: string, webhookId: string): Promise<{ started: number; status: number; emitted: boolean; ackMs: number }> {
    const body = JSON.stringify({
      type: 'ContactCreate',
      locationId: sandbox.locationId,
      id: `c${randomUUID().replaceAll('-', '').slice(0, 19)}`,
      firstName: 'Ada',
      lastName: 'Lovelace',
      email: 'ada@example.com',
      tags: ['bench'],
      webhookId,
      timestamp: new Date().toISOString(),
    });
    const signature = createHmac('sha256', secret).update(body).digest('hex');
    const started = now();
    const response = await request(webhookUrl, {
      dispatcher: poster,
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-ghl-signature': signature },
      body,
    });
    const answer = (await response.body.json()) as { emitted?: boolean };
    return { started, status: response.statusCode, emitted: answer.emitted === true, ackMs: now() - started };
  }

  async function locationReads(): Promise<number> {
    const log = (await (await fetch(`${sandbox.url}/_sandbox/requests`)).json()) as { entries: { path?: string; url?: string }[] };
    return log.entries.filter((e) => /\/locations\/[^/?]+$/.test((e.path ?? e.url ?? '').split('?')[0]!)).length;
  }

  async function phase(subscribers: number): Promise<PhaseResult> {
    const tag = `[${subscribers.toLocaleString('en-US')}]`;
    const log = (line: string) => console.error(`${tag} ${line}`);

    const gateway = new Child<ToGateway, FromGateway>(
      'gateway',
      { BENCH_SANDBOX_URL: sandbox.url, BENCH_SANDBOX_TOKEN: sandbox.token, BENCH_SANDBOX_LOCATION: sandbox.locationId, BENCH_WEBHOOK_SECRET: secret, BENCH_WORKERS: String(workers) },
      ['--expose-gc', ...gatewayNodeArgs],
    );
    const clients: Child<ToClients, FromClients>[] = [];
    try {
      const { url, webhookUrl } = await gateway.next('ready', 30_000);
      const share = (i: number) => Math.floor(subscribers / clientProcesses) + (i < subscribers % clientProcesses ? 1 : 0);
      for (let i = 0; i < clientProcesses && share(i) > 0; i++) {
        clients.push(new Child('clients', { BENCH_GATEWAY_URL: url, BENCH_LOCATION_ID: sandbox.locationId }));
      }
      await Promise.all(clients.map((c) => c.next('ready', 30_000)));

      // Warm-up: one subscriber receives a few events and goes, so that code first run, schema
      // caches and the like are in the baseline rather than counted against the subscribers.
      const warm = new Child<ToClients, FromClients>('clients', { BENCH_GATEWAY_URL: url, BENCH_LOCATION_ID: sandbox.locationId });
      await warm.next('ready', 30_000);
      await warm.request({ type: 'connect', count: 1, batch: 1, events: 1 }, 'connected', 30_000);
      for (let i = 0; i < 50 && (await warm.request({ type: 'probes' }, 'probes', 5_000)).ready < 1; i++) {
        await postWebhook(webhookUrl, `probe:${i}:${randomUUID()}`);
        await sleep(50);
      }
      await warm.stop({ type: 'close' }, 10_000);
      await sleep(500);

      const before = (await gateway.request({ type: 'memory' }, 'memory', 30_000)).usage;
      if (snapshotDir) await gateway.request({ type: 'snapshot', file: `${snapshotDir}/gateway-${subscribers}-before.heapsnapshot` }, 'snapshot', 120_000);
      const readsBefore = await locationReads();

      // Connect: each client process opens its share, `batch` sockets at a time.
      const connectStarted = now();
      const answers = await Promise.all(
        clients.map((c, i) => c.request({ type: 'connect', count: share(i), batch, events }, 'connected', 300_000)),
      );
      const connectSeconds = (now() - connectStarted) / 1000;
      const connected = answers.reduce((sum, a) => sum + a.connected, 0);
      const errors = answers.flatMap((a) => a.errors);
      log(`${connected} connected in ${connectSeconds.toFixed(1)} s${connected < subscribers ? ` (${subscribers - connected} failed)` : ''}`);

      // Subscribed, not just connected: the location read comes after the connection. Probes
      // until every subscriber has had one (bounded).
      let ready = 0;
      let probes = 0;
      for (; probes < 40 && ready < connected; probes++) {
        await postWebhook(webhookUrl, `probe:${probes}:${randomUUID()}`);
        await sleep(probes < 5 ? 200 : 500);
        ready = (await Promise.all(clients.map((c) => c.request({ type: 'probes' }, 'probes', 30_000)))).reduce((sum, a) => sum + a.ready, 0);
      }
      const reads = (await locationReads()) - readsBefore;
      log(`${ready} subscribed after ${probes} probe webhooks; ${reads} location reads in the sandbox`);

      // Idle: the last probes' fan-out over (no more copies arriving), then memory as the gateway holds it.
      for (let last = -1, waited = 0; waited < 30_000; waited += 500) {
        await sleep(500);
        const deliveries = (await Promise.all(clients.map((c) => c.request({ type: 'probes' }, 'probes', 30_000)))).reduce((sum, a) => sum + a.deliveries, 0);
        if (deliveries === last) break;
        last = deliveries;
      }
      const after = (await gateway.request({ type: 'memory' }, 'memory', 30_000)).usage;
      if (snapshotDir) await gateway.request({ type: 'snapshot', file: `${snapshotDir}/gateway-${subscribers}-after.heapsnapshot` }, 'snapshot', 300_000);

      // Measured events, one fan-out at a time.
      const delivered = new Map<number, number>();
      for (const client of clients) {
        client.on((m) => void (m.type === 'delivered' && delivered.set(m.seq, (delivered.get(m.seq) ?? 0) + 1)));
      }
      const started: number[] = [];
      const ackTimes: number[] = [];
      let acknowledged = 0;
      if (cpuProfileDir) await gateway.request({ type: 'profile' }, 'profile', 10_000);
      const gatewayCpuBefore = await gateway.request({ type: 'cpu' }, 'cpu', 10_000);
      const clientCpuBefore = await Promise.all(clients.map((c) => c.request({ type: 'cpu' }, 'cpu', 10_000)));
      for (let seq = 0; seq < events; seq++) {
        const posted = await postWebhook(webhookUrl, `bench:${seq}:${randomUUID()}`);
        started[seq] = posted.started;
        ackTimes.push(posted.ackMs);
        if (posted.status === 200 && posted.emitted) acknowledged++;
        else log(`webhook ${seq}: HTTP ${posted.status}, not emitted`);
        // Every client process has all its subscribers' copies, or 10 s have passed.
        for (let waited = 0; (delivered.get(seq) ?? 0) < clients.length && waited < 10_000; waited += 5) await sleep(5);
        await sleep(gapMs);
      }
      const gatewayCpuAfter = await gateway.request({ type: 'cpu' }, 'cpu', 10_000);
      const clientCpuAfter = await Promise.all(clients.map((c) => c.request({ type: 'cpu' }, 'cpu', 10_000)));
      if (cpuProfileDir) {
        const file = `${cpuProfileDir}/gateway-${subscribers}-events.cpuprofile`;
        await gateway.request({ type: 'profile', file }, 'profile', 60_000);
        log(`CPU profile of the gateway over the measured events: ${file}`);
      }
      // Late copies, if any, still count as received.
      await sleep(1_000);

      const reports = await Promise.all(clients.map((c) => c.request({ type: 'report' }, 'report', 60_000)));
      const latencies: number[] = [];
      let worstEventP99 = 0;
      for (let seq = 0; seq < events; seq++) {
        const ofEvent = reports.flatMap((r) => r.receipts[seq] ?? []).map((at) => at - started[seq]!);
        latencies.push(...ofEvent);
        ofEvent.sort((a, b) => a - b);
        if (ofEvent.length > 0) worstEventP99 = Math.max(worstEventP99, percentile(ofEvent, 99));
      }
      const sorted = Float64Array.from(latencies).sort();
      const cpuMs = (a: NodeJS.CpuUsage, b: NodeJS.CpuUsage) => (b.user - a.user + b.system - a.system) / 1000;
      const gatewayCpu = cpuMs(gatewayCpuBefore.usage, gatewayCpuAfter.usage);
      const gatewayGc = gatewayCpuAfter.gcMs - gatewayCpuBefore.gcMs;
      const gatewayMajorGc = gatewayCpuAfter.majorGcMs - gatewayCpuBefore.majorGcMs;
      const clientCpu = clientCpuBefore.reduce((sum, b, i) => sum + cpuMs(b.usage, clientCpuAfter[i]!.usage), 0);
      ackTimes.sort((a, b) => a - b);

      return {
        subscribers,
        connected,
        connectSeconds,
        ready,
        probes,
        expected: subscribers * events,
        received: latencies.length,
        duplicates: reports.reduce((sum, r) => sum + r.duplicates, 0),
        unexpected: reports.reduce((sum, r) => sum + r.unexpected, 0),
        droppedSockets: reports.reduce((sum, r) => sum + r.closed, 0),
        acknowledged,
        p50: percentile(sorted, 50),
        p99: percentile(sorted, 99),
        max: sorted[sorted.length - 1] ?? NaN,
        worstEventP99,
        ackP50: percentile(ackTimes, 50),
        heapPerSubscriber: (after.heapUsed - before.heapUsed) / subscribers,
        rssPerSubscriber: (after.rss - before.rss) / subscribers,
        externalPerSubscriber: (after.external - before.external) / subscribers,
        before,
        after,
        gatewayCpuPerEvent: gatewayCpu / events,
        gatewayGcPerEvent: gatewayGc / events,
        gatewayMajorGcPerEvent: gatewayMajorGc / events,
        // Over the measured window only, gaps included.
        gatewayElu: gatewayCpuAfter.elu,
        clientCpuPerEvent: clientCpu / events,
        errors: [...errors, ...reports.flatMap((r) => r.errors)].slice(0, 10),
      };
    } finally {
      await Promise.all(clients.map((c) => c.stop({ type: 'close' }, 15_000)));
      await gateway.stop({ type: 'close' }, 15_000);
    }
  }

  const limitNote = limits ? `open-file limit ${limits.soft === Infinity ? 'unlimited' : limits.soft}` : 'open-file limit unknown';
  console.log(
    `subscription fan-out: ${events} webhooks per count, ${gapMs} ms apart after each fan-out completes; ` +
      `${clientProcesses} client process(es), batches of ${batch}; ${workers > 1 ? `gateway: ${workers} workers and Redis` : 'gateway: one process'}; ` +
      `${availableParallelism()} CPUs; ${limitNote}\n`,
  );
  const results: PhaseResult[] = [];
  try {
    for (const n of runnable) {
      const result = await phase(n);
      results.push(result);
      print(result, events, workers > 1 ? workers : undefined);
    }
  } finally {
    await poster.close();
    await sandbox.stop();
  }

  if (results.length > 1) {
    const [first, last] = [results[0]!, results[results.length - 1]!];
    console.log(
      `\n${first.subscribers} -> ${last.subscribers} subscribers (x${(last.subscribers / first.subscribers).toFixed(1)}): ` +
        `p50 x${(last.p50 / first.p50).toFixed(1)}, p99 x${(last.p99 / first.p99).toFixed(1)}, ` +
        `gateway CPU per event x${(last.gatewayCpuPerEvent / first.gatewayCpuPerEvent).toFixed(1)}`,
    );
  }
  console.log('\ntargets: p99 < 100 ms at 5,000 subscribers; < 20 KB of gateway memory per idle subscriber; no delivery lost');
  return skipped.length > 0 || results.some((r) => r.received < r.expected) ? 1 : 0;
}

/** `workers`: how many worker processes served, or undefined for the one gateway process. */
function print(r: PhaseResult, events: number, workers: number | undefined): void {
  const ms = (v: number) => `${v.toFixed(1)} ms`;
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  const at5000 = r.subscribers >= 5000;
  const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
  const lines = [
    `${r.subscribers.toLocaleString('en-US')} subscribers`,
    `  connected            ${r.connected}/${r.subscribers} in ${r.connectSeconds.toFixed(1)} s (${(r.connected / r.connectSeconds).toFixed(0)}/s); subscribed ${r.ready} after ${r.probes} probe webhooks`,
    `  deliveries           expected ${r.expected} (${r.subscribers} x ${events}), received ${r.received}, lost ${r.expected - r.received}` +
      `${r.duplicates ? `, duplicates ${r.duplicates}` : ''}${r.unexpected ? `, unexpected ${r.unexpected}` : ''}` +
      `${r.droppedSockets ? `, sockets dropped ${r.droppedSockets}` : ''}   [target: none lost: ${verdict(r.received === r.expected && r.duplicates === 0)}]`,
    `  webhooks             ${r.acknowledged}/${events} answered 200 emitted; POST to 200: p50 ${ms(r.ackP50)}`,
    `  latency POST->recv   p50 ${ms(r.p50)}   p99 ${ms(r.p99)}   max ${ms(r.max)}   worst event's p99 ${ms(r.worstEventP99)}` +
      `   [target: p99 < 100 ms at 5,000${at5000 ? `: ${verdict(r.p99 < 100)}` : ''}]`,
    `  gateway CPU          ${ms(r.gatewayCpuPerEvent)} per event = ${((r.gatewayCpuPerEvent * 1000) / r.subscribers).toFixed(1)} us per delivery` +
      (workers
        ? `, primary and ${workers} workers together`
        : `, GC pauses ${ms(r.gatewayGcPerEvent)} per event (${ms(r.gatewayMajorGcPerEvent)} mark-compact) (event loop ${(r.gatewayElu * 100).toFixed(0)}% busy over the window)`) +
      `; subscriber processes ${ms(r.clientCpuPerEvent)} per event`,
    workers
      ? `  memory / idle sub    RSS ${kb(r.rssPerSubscriber)} over the primary and workers, no GC forced   [target: < 20 KB: RSS ${verdict(r.rssPerSubscriber < 20 * 1024)}]`
      : `  memory / idle sub    heap ${kb(r.heapPerSubscriber)}   RSS ${kb(r.rssPerSubscriber)}   external ${kb(r.externalPerSubscriber)}` +
        `   [target: < 20 KB: heap ${verdict(r.heapPerSubscriber < 20 * 1024)}, RSS ${verdict(r.rssPerSubscriber < 20 * 1024)}]`,
    workers
      ? `  gateway memory       RSS ${mb(r.before.rss)} -> ${mb(r.after.rss)} (before and after connecting)`
      : `  gateway memory       heap ${mb(r.before.heapUsed)} -> ${mb(r.after.heapUsed)}, RSS ${mb(r.before.rss)} -> ${mb(r.after.rss)} (after GC, before and after connecting)`,
    ...(r.errors.length > 0 ? [`  errors (first ${r.errors.length}):`, ...r.errors.map((e) => `    ${e}`)] : []),
  ];
  console.log(lines.join('\n'));
}

// ---------------------------------------------------------------------------------------------

if (ROLE === 'gateway') {
  await gatewayProcess().catch((error: Error) => {
    process.send?.({ type: 'failed', message: error.message } satisfies FromGateway);
    console.error(`gateway process: ${error.stack ?? error.message}`);
    process.exit(1);
  });
} else if (ROLE === 'clients') {
  await clientProcess().catch((error: Error) => {
    console.error(`client process: ${error.stack ?? error.message}`);
    process.exit(1);
  });
} else {
  // However this ends (an error, Ctrl-C, a hang), no child outlives it.
  process.on('exit', killChildren);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      console.error(`\n${signal}: stopping`);
      killChildren();
      process.exit(130);
    });
  }
  const deadline = setTimeout(() => {
    console.error('the bench did not finish within 20 minutes: stopping');
    killChildren();
    process.exit(1);
  }, 20 * 60_000);
  deadline.unref();
  let code = 1;
  try {
    code = await bench();
  } catch (error) {
    console.error(`bench failed: ${(error as Error).stack ?? error}`);
  }
  killChildren();
  process.exit(code);
}
