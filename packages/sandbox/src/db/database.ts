import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync, type SQLInputValue, type StatementSync } from 'node:sqlite';
import { searchText } from '../domain/search.ts';
import { MIGRATIONS } from './migrations.ts';

/** A SQLite database with cached prepared statements and explicit transactions. */
export class Database {
  readonly sqlite: DatabaseSync;
  readonly #statements = new Map<string, StatementSync>();

  constructor(file: string) {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    this.sqlite = new DatabaseSync(file);
    // WAL: readers never block the writer. NORMAL: a commit is in the WAL file when the
    // answer leaves, so killing the process loses nothing that was answered.
    this.sqlite.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;');
    // The folding of domain/search.ts as SQL, so that free text (a report's title and body)
    // is searched as the directory is, without a stored copy to keep in step.
    this.sqlite.function('search_text', { deterministic: true }, (value) => (typeof value === 'string' ? searchText(value) : null));
    this.migrate();
  }

  /** The schema version after migrations. */
  get version(): number {
    return Number((this.sqlite.prepare('PRAGMA user_version').get() as { user_version: number }).user_version);
  }

  private migrate(): void {
    const from = this.version;
    for (let version = from; version < MIGRATIONS.length; version++) {
      this.transaction(() => {
        this.sqlite.exec(MIGRATIONS[version]!);
        this.sqlite.exec(`PRAGMA user_version = ${version + 1}`);
      });
    }
  }

  statement(sql: string): StatementSync {
    let statement = this.#statements.get(sql);
    if (!statement) {
      statement = this.sqlite.prepare(sql);
      this.#statements.set(sql, statement);
    }
    return statement;
  }

  get<T>(sql: string, ...params: SQLInputValue[]): T | undefined {
    return this.statement(sql).get(...params) as T | undefined;
  }

  all<T>(sql: string, ...params: SQLInputValue[]): T[] {
    return this.statement(sql).all(...params) as T[];
  }

  run(sql: string, ...params: SQLInputValue[]): { changes: number | bigint } {
    return this.statement(sql).run(...params);
  }

  #group: { done: PromiseWithResolvers<void> } | undefined;

  /**
   * Runs `work` now, all of it or none of it, and resolves once it is committed. Work
   * arriving in the same turn of the event loop shares one commit (group commit), so a
   * busy sandbox writes its WAL once per turn instead of once per request.
   */
  async durable<T>(work: () => T): Promise<T> {
    if (!this.#group) {
      if (this.sqlite.isTransaction) return work();
      this.sqlite.exec('BEGIN IMMEDIATE');
      const group = { done: Promise.withResolvers<void>() };
      this.#group = group;
      setImmediate(() => this.#commitGroup(group));
    }
    const group = this.#group;
    const result = this.#savepoint(work);
    await group.done.promise;
    return result;
  }

  /** Runs `work` inside the open transaction, undoing only its own writes if it throws. */
  #savepoint<T>(work: () => T): T {
    this.statement('SAVEPOINT work').run();
    try {
      const result = work();
      this.statement('RELEASE work').run();
      return result;
    } catch (error) {
      this.statement('ROLLBACK TO work').run();
      this.statement('RELEASE work').run();
      throw error;
    }
  }

  #commitGroup(group: { done: PromiseWithResolvers<void> }): void {
    this.#group = undefined;
    try {
      this.sqlite.exec('COMMIT');
      group.done.resolve();
    } catch (error) {
      if (this.sqlite.isTransaction) this.sqlite.exec('ROLLBACK');
      group.done.reject(error);
    }
  }

  /** Runs `work` in one write transaction: all of it is committed, or none of it. */
  transaction<T>(work: () => T): T {
    if (this.sqlite.isTransaction) return this.#savepoint(work);
    this.sqlite.exec('BEGIN IMMEDIATE');
    try {
      const result = work();
      this.sqlite.exec('COMMIT');
      return result;
    } catch (error) {
      if (this.sqlite.isTransaction) this.sqlite.exec('ROLLBACK');
      throw error;
    }
  }

  close(): void {
    if (this.#group) this.#commitGroup(this.#group);
    if (this.sqlite.isOpen) this.sqlite.close();
  }
}
