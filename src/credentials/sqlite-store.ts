/**
 * The embedded token store: one SQLite file (Node's built-in node:sqlite, so nothing to compile on
 * install), WAL journal so that several gateway processes on one machine can share it. Every write is one statement, hence atomic; the token
 * swap is an UPDATE guarded by the tokens it replaces (see TokenStore.replaceTokens). Node 22 calls
 * node:sqlite experimental and warns once; `npm start` and vitest.config.ts silence that warning.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { leasesInSqlite, type Leases } from './leases.ts';
import type { Install, InstallKey, TokenStore, Tokens, UserType } from './store.ts';

const BUSY_TIMEOUT_MS = 5000;
const SQLITE_BUSY = 5;
const SQLITE_LOCKED = 6;

/**
 * Switching to WAL takes an exclusive lock, and SQLite answers SQLITE_BUSY at once, without its busy
 * handler, when replicas starting together race for it. The mode is stored in the file, so one
 * winner is enough: the others retry until they see it, within the same busy timeout.
 */
function useWriteAheadLog(db: DatabaseSync): void {
  const deadline = Date.now() + BUSY_TIMEOUT_MS;
  for (;;) {
    try {
      db.exec('PRAGMA journal_mode = WAL');
      return;
    } catch (error) {
      if (!isBusy(error) || Date.now() > deadline) throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
    }
  }
}

function isBusy(error: unknown): boolean {
  if (!(error instanceof Error && 'errcode' in error && typeof error.errcode === 'number')) return false;
  // The low byte is the primary code, under extended codes such as SQLITE_BUSY_RECOVERY.
  const primary = error.errcode & 0xff;
  return primary === SQLITE_BUSY || primary === SQLITE_LOCKED;
}

interface Row {
  user_type: UserType;
  id: string;
  company_id: string | null;
  access_token: string | null;
  refresh_token: string | null;
  expires_at: number;
  scope: string | null;
  installed_at: number;
}

export class SqliteTokenStore implements TokenStore {
  readonly #db: DatabaseSync;
  /** Prepared once: every managed call reads its install through `get`. */
  readonly #statements: ReturnType<typeof prepare>;
  /** Refresh leases in the same file, for replicas that share it without Redis. */
  readonly leases: Leases;

  /** `path` ':memory:' keeps the installs for this process only. */
  constructor(path: string) {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    // Another process holding the write lock is waited for, not failed on.
    this.#db = new DatabaseSync(path, { timeout: BUSY_TIMEOUT_MS });
    useWriteAheadLog(this.#db);
    this.#db.exec(`
      CREATE TABLE IF NOT EXISTS installs (
        user_type TEXT NOT NULL CHECK (user_type IN ('Location', 'Company')),
        id TEXT NOT NULL,
        company_id TEXT,
        access_token TEXT,
        refresh_token TEXT,
        expires_at INTEGER NOT NULL,
        scope TEXT,
        installed_at INTEGER NOT NULL,
        PRIMARY KEY (user_type, id)
      )`);
    this.#statements = prepare(this.#db);
    this.leases = leasesInSqlite(this.#db);
  }

  async get({ userType, id }: InstallKey): Promise<Install | undefined> {
    const row = this.#statements.get.get(userType, id) as Row | undefined;
    return row && installOf(row);
  }

  async save(install: Install): Promise<void> {
    const { userType, id, companyId, accessToken, refreshToken, expiresAt, scope, installedAt } = install;
    this.#statements.save.run({ userType, id, companyId: companyId ?? null, accessToken: accessToken ?? null, refreshToken: refreshToken ?? null, expiresAt, scope: scope ?? null, installedAt });
  }

  async addAgencyLocation(locationId: string, companyId: string, installedAt: number): Promise<void> {
    this.#statements.addAgencyLocation.run(locationId, companyId, installedAt);
  }

  async replaceTokens({ userType, id }: InstallKey, expected: Tokens, next: Tokens): Promise<boolean> {
    const { changes } = this.#statements.replaceTokens.run(next.accessToken ?? null, next.refreshToken ?? null, next.expiresAt, userType, id, expected.accessToken ?? null, expected.refreshToken ?? null);
    return changes === 1;
  }

  async remove({ userType, id }: InstallKey): Promise<boolean> {
    return this.#statements.remove.run(userType, id).changes > 0;
  }

  async removeCompany(companyId: string): Promise<void> {
    this.#statements.removeCompany.run(companyId, companyId);
  }

  async locations(): Promise<Install[]> {
    return (this.#statements.locations.all() as unknown as Row[]).map(installOf);
  }

  async close(): Promise<void> {
    this.#db.close();
  }
}

function prepare(db: DatabaseSync) {
  return {
    get: db.prepare('SELECT * FROM installs WHERE user_type = ? AND id = ?'),
    save: db.prepare(
      `INSERT OR REPLACE INTO installs (user_type, id, company_id, access_token, refresh_token, expires_at, scope, installed_at)
       VALUES (@userType, @id, @companyId, @accessToken, @refreshToken, @expiresAt, @scope, @installedAt)`,
    ),
    addAgencyLocation: db.prepare(
      `INSERT OR IGNORE INTO installs (user_type, id, company_id, access_token, refresh_token, expires_at, scope, installed_at)
       VALUES ('Location', ?, ?, NULL, NULL, 0, NULL, ?)`,
    ),
    replaceTokens: db.prepare(
      `UPDATE installs SET access_token = ?, refresh_token = ?, expires_at = ?
       WHERE user_type = ? AND id = ? AND access_token IS ? AND refresh_token IS ?`,
    ),
    remove: db.prepare('DELETE FROM installs WHERE user_type = ? AND id = ?'),
    // A location with a refresh token was installed on its own: the agency's uninstall leaves it.
    removeCompany: db.prepare(
      `DELETE FROM installs WHERE (user_type = 'Company' AND id = ?)
         OR (user_type = 'Location' AND company_id = ? AND refresh_token IS NULL)`,
    ),
    locations: db.prepare(`SELECT * FROM installs WHERE user_type = 'Location' ORDER BY installed_at, id`),
  };
}

function installOf(row: Row): Install {
  return {
    userType: row.user_type,
    id: row.id,
    companyId: row.company_id ?? undefined,
    accessToken: row.access_token ?? undefined,
    refreshToken: row.refresh_token ?? undefined,
    expiresAt: row.expires_at,
    scope: row.scope ?? undefined,
    installedAt: row.installed_at,
  };
}
