/**
 * Bean statements as CSV (`/export/bean-transfers.csv`), written by the platform's one CSV writer:
 * a memo that a spreadsheet would run as a formula comes out as text, quoted as RFC 4180 says.
 */
import { Organisation } from '../../src/modules/organisations/organisation.entity';
import { OrganisationKind } from '../../src/modules/organisations/organisation.enums';
import { Person } from '../../src/modules/people/person.entity';
import * as Ops from '../generated/graphql';
import { startTestApp, type TestApp } from '../harness/app';

const bureau = { username: 'bureau.admin' };
/** Memos a spreadsheet would run: each must reach the file with a leading `'`. */
const FORMULAS = [
  '=HYPERLINK("http://x","y")',
  '+HYPERLINK("http://x","y")',
  "-2+3+cmd|' /C calc'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  ' =1+1',
  '\t=1+1',
];

let t: TestApp;
let volunteer: string;
let account: string;
let key = 0;
const nextKey = () => `export-key-${++key}-${Date.now()}`;

beforeAll(async () => {
  t = await startTestApp();
  const fund = await t.executeAs(bureau, Ops.CreateBeanFundDocument, {
    input: { name: '导出测试基金', divisionCode: '530100000000' },
  });
  expect(fund.errors).toBeUndefined();
  const fundId = fund.data!.createBeanFund.id;
  const donor = String(
    (await t.em().findOneOrFail(Organisation, { kind: OrganisationKind.PROPERTY_COMPANY }, { orderBy: { id: 'asc' } }))
      .id,
  );
  const issued = await t.executeAs(bureau, Ops.IssueBeansDocument, {
    input: {
      fundId,
      amount: 100,
      idempotencyKey: nextKey(),
      memo: '捐赠',
      donorOrganisationId: donor,
      donationYuan: 100,
    },
  });
  expect(issued.errors).toBeUndefined();
  const [person] = await t
    .em()
    .find(Person, { homePath: { $like: '/530100000000/530102000000/%' } }, { orderBy: { id: 'asc' }, limit: 1 });
  volunteer = await t.addLogin(person.id);
  account = (await t.executeAs({ username: volunteer }, Ops.OpenVolunteerAccountDocument)).data!.openVolunteerAccount
    .id;
  for (const memo of FORMULAS) {
    const award = await t.executeAs(bureau, Ops.AwardBeansDocument, {
      input: { fundId, accountId: account, amount: 1, idempotencyKey: nextKey(), memo },
    });
    expect(award.errors).toBeUndefined();
  }
});
afterAll(() => t?.close());

/** The records of an RFC 4180 text (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ',') {
      record.push(field);
      field = '';
    } else if (!quoted && c === '\r' && text[i + 1] === '\n') {
      records.push([...record, field]);
      record = [];
      field = '';
      i++;
    } else {
      field += c;
    }
  }
  return records;
}

describe('a bean statement as CSV', () => {
  it('writes memos that would run as formulas as text, in the shared format', async () => {
    const res = await fetch(`${t.url}/export/bean-transfers.csv?accountId=${account}`, {
      headers: { authorization: `Bearer ${await t.tokenOf(volunteer)}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    expect(text.endsWith('\r\n')).toBe(true);
    const [header, ...rows] = parseCsv(text);
    expect(header).toEqual(['id', 'at', 'kind', 'amount', 'direction', 'counterpartyAccountId', 'memo']);
    // Newest first: the memos in the reverse order of the awards, each with a leading `'`.
    expect(rows.map((r) => r[6])).toEqual([...FORMULAS].reverse().map((m) => `'${m}`));
    expect(rows.every((r) => r.length === 7 && r[2] === 'EARN' && r[3] === '1' && r[4] === 'IN')).toBe(true);
    // The quotes inside a memo are doubled in a quoted field: the raw line is what a spreadsheet reads.
    expect(text).toContain(`,"'=HYPERLINK(""http://x"",""y"")"\r\n`);
    // No cell of the file, whatever its column, starts (after white space) like a formula.
    expect(rows.flat().filter((cell) => /^\s*[=+\-@]|^[\t\r]/.test(cell))).toEqual([]);
  });
});
