/**
 * No statement and no value in the log: when the database refuses a write, the client sees an
 * internal error without details, and the log line says which constraint of which table refused
 * it — not the SQL, its parameters or PostgreSQL's detail, which carry the names and phone numbers.
 * The refusals are provoked with constraints added to this file's own database, the way a
 * constraint the code does not check first would refuse a value.
 */
import { MeDocument, UpdateOrganisationDocument } from '../generated/graphql';
import { codes, startTestApp, type TestApp } from '../harness/app';

const NAME = '测试张三';
const PHONE = '13912345678';
const TAKEN_PHONE = '13912345670';

let t: TestApp;
let orgId: string;
const logLines: string[] = [];
const admin = { username: 'property.admin' };

beforeAll(async () => {
  t = await startTestApp({}, { log: (line) => void logLines.push(line) });
  const me = await t.executeAs(admin, MeDocument);
  orgId = me.data!.me.roles.find((r) => r.role === 'ORG_ADMIN')!.organisation!.id;
  const sql = t.em().getConnection();
  // A check the service does not make, and a phone number another organisation already holds, unique.
  await sql.execute(
    `alter table organisation add constraint test_refuses_phone check (contact_phone is distinct from '${PHONE}')`,
  );
  await sql.execute(
    `update organisation set contact_phone = ? where id = (select min(id) from organisation where id <> ?)`,
    [TAKEN_PHONE, Number(orgId)],
  );
  await sql.execute(
    `create unique index test_unique_phone on organisation (contact_phone) where contact_phone = '${TAKEN_PHONE}'`,
  );
});
afterAll(() => t?.close());

/** The log lines written while `fn` runs, parsed. */
async function logged(fn: () => Promise<unknown>): Promise<{ raw: string[]; parsed: Record<string, unknown>[] }> {
  const from = logLines.length;
  await fn();
  const raw = logLines.slice(from);
  return { raw, parsed: raw.map((l) => JSON.parse(l) as Record<string, unknown>) };
}

describe('a write the database refuses', () => {
  it('is allowed when nothing refuses it (the control)', async () => {
    const res = await t.executeAs(admin, UpdateOrganisationDocument, {
      input: { id: orgId, contactName: '王五', contactPhone: '13900000000' },
    });
    expect(res.errors).toBeUndefined();
  });

  it.each([
    [
      'a check constraint',
      { contactName: NAME, contactPhone: PHONE },
      {
        type: 'CheckConstraintViolationException',
        code: '23514',
        constraint: 'test_refuses_phone',
        message: 'new row for relation "organisation" violates check constraint "test_refuses_phone"',
      },
    ],
    [
      'a unique index',
      { contactName: NAME, contactPhone: TAKEN_PHONE },
      {
        type: 'UniqueConstraintViolationException',
        code: '23505',
        constraint: 'test_unique_phone',
        message: 'duplicate key value violates unique constraint "test_unique_phone"',
      },
    ],
  ])(
    'by %s is logged by class, SQLSTATE and constraint, without statement or values',
    async (_what, input, expected) => {
      let status = 0;
      let body = '';
      const { raw, parsed } = await logged(async () => {
        const res = await t.executeAs(admin, UpdateOrganisationDocument, { input: { id: orgId, ...input } });
        status = res.status;
        body = res.raw;
        expect(codes(res)).toEqual(['INTERNAL_SERVER_ERROR']);
        expect(res.errors![0].message).toBe('Internal error.');
      });
      expect(status).toBeLessThan(600);
      for (const leak of [NAME, input.contactPhone, 'organisation', 'constraint']) expect(body).not.toContain(leak);
      // The line that tells an operator what happened…
      const line = parsed.find((l) => (l.err as { code?: string } | undefined)?.code === expected.code);
      expect(line?.msg).toBe('internal error');
      expect(line?.err).toMatchObject({ ...expected, table: 'organisation' });
      // …and no line with the statement, its parameters or PostgreSQL's detail.
      const all = raw.join('\n');
      for (const leak of [
        NAME,
        input.contactPhone,
        'update "organisation"',
        '"contact_phone" =',
        'Failing row',
        'Key (',
        'detail',
        '"sql"',
        'parameters',
      ]) {
        expect(all).not.toContain(leak);
      }
    },
  );
});
