import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { MikroORM } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import { ormConfig } from '../../src/db/orm.config';

const admin = process.env.GONGZHI_TEST_ADMIN_URL!;
const name = `gongzhi_mig_${randomBytes(4).toString('hex')}`;
let orm: MikroORM;

async function sql(text: string): Promise<void> {
  const c = new Client({ connectionString: admin });
  await c.connect();
  await c.query(text);
  await c.end();
}

beforeAll(async () => {
  await sql(`create database "${name}"`);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  orm = await MikroORM.init(ormConfig(url.toString(), { pool: { min: 0, max: 2 } }));
});
afterAll(async () => {
  await orm?.close(true);
  await sql(`drop database if exists "${name}" with (force)`);
});

describe('the database schema changes only through committed migrations', () => {
  it('applies every migration to an empty database, leaving no difference with the entities', async () => {
    const applied = await orm.getMigrator().up();
    expect(applied.length).toBeGreaterThan(0);
    expect(await orm.getMigrator().getPendingMigrations()).toEqual([]);
    const diff = await orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false });
    expect(diff.trim()).toBe('');
  });

  it('makes the audit trail append-only in the database itself', async () => {
    const conn = orm.em.getConnection();
    await conn.execute(
      `insert into audit_entry (operation, target_ids, outcome, scope_path) values ('test', '{}', 'OK', '/530100000000/')`,
    );
    await expect(conn.execute(`update audit_entry set outcome = 'FORBIDDEN'`)).rejects.toThrow(/append-only/);
    await expect(conn.execute(`delete from audit_entry`)).rejects.toThrow(/append-only/);
    const [{ outcome }] = await conn.execute(`select outcome from audit_entry`);
    expect(outcome).toBe('OK');
  });
});
