import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError, badInput, conflict, notFound } from '../../shared/errors';
import { BeanTransfer } from './bean-transfer.entity';
import type { BeanTransferKind } from './bean.enums';

/** A transfer to make: `amount` beans from one account to another. */
export interface TransferRequest {
  kind: BeanTransferKind;
  fromId: number;
  toId: number;
  amount: number;
  /** The client's key: the same key with the same request returns the first result. */
  idempotencyKey: string;
  memo?: string | null;
  reversesId?: string | null;
  personId?: number | null;
}

/** A transfer made, or the one an earlier request with the same key made. */
export interface TransferResult {
  transfer: BeanTransfer;
  replayed: boolean;
}

const KEY = /^[\w.:-]{8,100}$/;
/** PostgreSQL error codes the ledger answers with coded errors. */
const CHECK_VIOLATION = '23514';
const FOREIGN_KEY_VIOLATION = '23503';
const UNIQUE_VIOLATION = '23505';
const OUT_OF_RANGE = '22003';

type Row = Record<string, unknown>;

/** The transfer as an entity-shaped read-only object. */
function toTransfer(row: Row): BeanTransfer {
  return Object.assign(Object.create(BeanTransfer.prototype) as BeanTransfer, {
    id: String(row.id),
    kind: row.kind,
    from: { id: Number(row.from_id) },
    to: { id: Number(row.to_id) },
    amount: Number(row.amount),
    idempotencyKey: row.idempotency_key,
    requestHash: row.request_hash,
    reverses: row.reverses_id == null ? null : { id: String(row.reverses_id) },
    memo: row.memo ?? null,
    createdByPersonId: row.created_by_person_id ?? null,
    at: row.at,
  });
}

/** SHA-256 of what the request asks for: a reused key must ask for exactly the same. */
export function requestHash(req: TransferRequest): string {
  const canonical = JSON.stringify([
    req.kind,
    req.fromId,
    req.toId,
    req.amount,
    req.memo ?? null,
    req.reversesId ?? null,
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}

/** BAD_USER_INPUT unless the amount and key are well formed. */
export function checkRequest(req: Pick<TransferRequest, 'amount' | 'idempotencyKey' | 'memo'>): void {
  if (!Number.isSafeInteger(req.amount) || req.amount <= 0 || req.amount > 1_000_000_000) {
    throw badInput('LEDGER.BAD_AMOUNT', 'The amount must be a whole number of beans above zero.', [
      { field: 'amount', message: 'a positive integer' },
    ]);
  }
  if (!KEY.test(req.idempotencyKey)) {
    throw badInput(
      'LEDGER.BAD_IDEMPOTENCY_KEY',
      'The idempotency key must be 8–100 letters, digits, dots, colons, dashes or underscores.',
      [{ field: 'idempotencyKey', message: '8–100 of [A-Za-z0-9_.:-]' }],
    );
  }
  if (req.memo && req.memo.length > 200)
    throw badInput('LEDGER.BAD_MEMO', 'The memo is at most 200 characters.', [
      { field: 'memo', message: '≤ 200 characters' },
    ]);
}

function pgCode(err: unknown): { code?: string; constraint?: string } {
  const e = err as { code?: string; constraint?: string };
  return { code: e?.code, constraint: e?.constraint };
}

/**
 * Makes a transfer in one statement: the insert, with the database's trigger moving both
 * balances, either happens whole or not at all. An overdraw is refused by the balance check,
 * an unknown account by the foreign key, a second use of a key by the unique index — under
 * any concurrency, since PostgreSQL decides each under its row locks; the same request twice
 * at once waits on the first's key and replays it. A reversal meets a second unique rule (one
 * reversal per transfer), so its key is decided first, under a lock held to the end of the
 * transaction: a duplicate replays instead of colliding on that rule.
 */
export async function transfer(em: EntityManager, req: TransferRequest): Promise<TransferResult> {
  checkRequest(req);
  if (req.reversesId == null) return insertTransfer(em, req);
  return em.isInTransaction() ? transferUnderKey(em, req) : em.transactional((tx) => transferUnderKey(tx, req));
}

/** The transfer after its key is decided, under the key's lock (held until the caller's transaction ends). */
async function transferUnderKey(em: EntityManager, req: TransferRequest): Promise<TransferResult> {
  await em.execute('select pg_advisory_xact_lock(hashtextextended(?, 0))', [`bean_transfer:${req.idempotencyKey}`]);
  return (await byKey(em, req.idempotencyKey, requestHash(req))) ?? insertTransfer(em, req);
}

/** Inserts the transfer, or replays (or refuses) the one already under its key. */
async function insertTransfer(em: EntityManager, req: TransferRequest): Promise<TransferResult> {
  const hash = requestHash(req);
  let inserted: Row[];
  try {
    // em.execute runs inside the caller's transaction, if any (a redemption's stock, a verification).
    inserted = await em.execute<Row[]>(
      `insert into bean_transfer (kind, from_id, to_id, amount, idempotency_key, request_hash, reverses_id, memo, created_by_person_id)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?)
       on conflict (idempotency_key) do nothing
       returning *`,
      [
        req.kind,
        req.fromId,
        req.toId,
        req.amount,
        req.idempotencyKey,
        hash,
        req.reversesId ?? null,
        req.memo ?? null,
        req.personId ?? null,
      ],
    );
  } catch (err) {
    const { code, constraint } = pgCode(err);
    if (code === CHECK_VIOLATION && constraint === 'bean_account_balance_sign') {
      throw conflict('LEDGER.INSUFFICIENT_BALANCE', 'The account does not hold enough beans.');
    }
    if (code === CHECK_VIOLATION && constraint === 'bean_transfer_two_accounts') {
      throw badInput('LEDGER.SAME_ACCOUNT', 'A transfer moves beans between two different accounts.');
    }
    if (code === FOREIGN_KEY_VIOLATION) throw notFound('LEDGER.UNKNOWN_ACCOUNT', 'No such account.');
    if (code === OUT_OF_RANGE)
      throw conflict('LEDGER.BALANCE_LIMIT', 'The transfer would take a balance past what an account can hold.');
    if (code === UNIQUE_VIOLATION && constraint === 'bean_transfer_reverses_id_unique') {
      throw conflict('LEDGER.ALREADY_REVERSED', 'That transfer has already been reversed.');
    }
    throw err;
  }
  if (inserted.length) return { transfer: toTransfer(inserted[0]), replayed: false };
  const existing = await byKey(em, req.idempotencyKey, hash);
  if (!existing) throw new Error('idempotency key conflict without a row');
  return existing;
}

/** The transfer made under `key`, replayed; CONFLICT if it was made for another request; null if none. */
async function byKey(em: EntityManager, key: string, hash: string): Promise<TransferResult | null> {
  const [existing] = await em.execute<Row[]>('select * from bean_transfer where idempotency_key = ?', [key]);
  if (!existing) return null;
  if (existing.request_hash !== hash) throw keyReused();
  return { transfer: toTransfer(existing), replayed: true };
}

/** CONFLICT: the key was used for another request. */
export function keyReused(): AppError {
  return conflict('LEDGER.IDEMPOTENCY_KEY_REUSED', 'This idempotency key was used for another request.');
}

/** A broken invariant found by the auditor. */
export interface Violation {
  rule: string;
  detail: string;
}

/** The most violations an audit lists: each mismatched account up to a point, then one line for the rest, and one per other rule. */
export const LEDGER_VIOLATIONS_MAX = 1000;

/** The rules checked once each (all but BALANCE_EQUALS_MOVEMENTS). */
const SINGLE_RULES = 4;

/** Mismatched accounts listed one by one; the rest are counted in one more violation. */
const MISMATCHES_LISTED = LEDGER_VIOLATIONS_MAX - SINGLE_RULES - 1;

/** What the auditor found, with the totals it checked. */
export interface LedgerAudit {
  transfers: number;
  accounts: number;
  issued: number;
  retired: number;
  outstanding: number;
  violations: Violation[];
}

/**
 * Checks the ledger's invariants, as a payments ledger's auditor would: balances equal the
 * sum of their movements, all balances sum to zero (debits equal credits), beans outstanding
 * equal issued minus retired, no balance has the wrong sign, one transfer per key.
 */
export async function auditLedger(em: EntityManager): Promise<LedgerAudit> {
  const conn = em.getConnection();
  const violations: Violation[] = [];
  const mismatched = await conn.execute<Row[]>(
    `select a.id, a.balance, coalesce(i.total, 0) - coalesce(o.total, 0) as movements, count(*) over () as mismatches
       from bean_account a
       left join (select to_id as id, sum(amount) as total from bean_transfer group by to_id) i on i.id = a.id
       left join (select from_id as id, sum(amount) as total from bean_transfer group by from_id) o on o.id = a.id
      where a.balance <> coalesce(i.total, 0) - coalesce(o.total, 0)
      order by a.id limit ?`,
    [MISMATCHES_LISTED],
  );
  for (const m of mismatched)
    violations.push({
      rule: 'BALANCE_EQUALS_MOVEMENTS',
      detail: `account ${m.id}: balance ${m.balance}, movements ${m.movements}`,
    });
  const unlisted = mismatched.length ? Number(mismatched[0].mismatches) - mismatched.length : 0;
  if (unlisted > 0) violations.push({ rule: 'BALANCE_EQUALS_MOVEMENTS', detail: `${unlisted} more account(s)` });
  const [totals] = await conn.execute<Row[]>(
    `select (select count(*) from bean_transfer) as transfers,
            (select count(*) from bean_account) as accounts,
            (select coalesce(sum(balance), 0) from bean_account) as net,
            (select coalesce(sum(t.amount), 0) from bean_transfer t join bean_account a on a.id = t.from_id where a.kind = 'ISSUANCE') as issued,
            (select coalesce(sum(t.amount), 0) from bean_transfer t join bean_account a on a.id = t.to_id where a.kind = 'ISSUANCE') as retired,
            (select coalesce(sum(balance), 0) from bean_account where kind <> 'ISSUANCE') as outstanding,
            (select count(*) from bean_account where (kind = 'ISSUANCE' and balance > 0) or (kind <> 'ISSUANCE' and balance < 0)) as wrong_sign,
            (select count(*) from (select idempotency_key from bean_transfer group by idempotency_key having count(*) > 1) d) as duplicate_keys`,
  );
  const n = (k: string) => Number(totals[k]);
  if (n('net') !== 0) violations.push({ rule: 'DEBITS_EQUAL_CREDITS', detail: `balances sum to ${n('net')}` });
  if (n('outstanding') !== n('issued') - n('retired')) {
    violations.push({
      rule: 'OUTSTANDING_EQUALS_ISSUED_MINUS_RETIRED',
      detail: `outstanding ${n('outstanding')}, issued ${n('issued')}, retired ${n('retired')}`,
    });
  }
  if (n('wrong_sign')) violations.push({ rule: 'NO_BALANCE_BELOW_ZERO', detail: `${n('wrong_sign')} account(s)` });
  if (n('duplicate_keys')) violations.push({ rule: 'ONE_TRANSFER_PER_KEY', detail: `${n('duplicate_keys')} key(s)` });
  return {
    transfers: n('transfers'),
    accounts: n('accounts'),
    issued: n('issued'),
    retired: n('retired'),
    outstanding: n('outstanding'),
    violations,
  };
}
