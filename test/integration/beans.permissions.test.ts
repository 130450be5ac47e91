/**
 * Golden Beans, role × subtree: who manages which fund (issue, award, read), at the street,
 * its sibling and the district above, and that no one moves beans out of an account they do
 * not control.
 */
import { Organisation } from '../../src/modules/organisations/organisation.entity';
import { OrganisationKind } from '../../src/modules/organisations/organisation.enums';
import * as Ops from '../generated/graphql';
import { codes, startTestApp, type As, type TestApp } from '../harness/app';

let t: TestApp;
const fund: Record<'street' | 'sibling', string> = { street: '', sibling: '' };
let donor: string;
let volunteerAccount: string;
let key = 0;
const nextKey = () => `perm-key-${++key}-${Date.now()}`;

beforeAll(async () => {
  t = await startTestApp();
  const bureau = { username: 'bureau.admin' };
  for (const [name, code] of [
    ['street', '530102001000'],
    ['sibling', '530102002000'],
  ] as const) {
    const res = await t.executeAs(bureau, Ops.CreateBeanFundDocument, {
      input: { name: `${name} fund`, divisionCode: code },
    });
    fund[name] = res.data!.createBeanFund.id;
  }
  donor = String(
    (await t.em().findOneOrFail(Organisation, { kind: OrganisationKind.PROPERTY_COMPANY }, { orderBy: { id: 'asc' } }))
      .id,
  );
  volunteerAccount = (await t.executeAs({ username: 'analyst' }, Ops.OpenVolunteerAccountDocument)).data!
    .openVolunteerAccount.id;
});
afterAll(() => t?.close());

type Verdict = 'ok' | 'FORBIDDEN';
const who = (username: string): As => ({ username });
const matrix: [string, 'street' | 'sibling', Verdict][] = [
  ['bureau.admin', 'street', 'ok'],
  ['bureau.admin', 'sibling', 'ok'],
  ['district.official', 'street', 'ok'],
  ['district.official', 'sibling', 'ok'],
  ['street.official', 'street', 'ok'],
  ['street.official', 'sibling', 'FORBIDDEN'],
  ['community.secretary', 'street', 'FORBIDDEN'],
  ['analyst', 'street', 'FORBIDDEN'],
  ['property.admin', 'street', 'FORBIDDEN'],
];

describe.each(matrix)('%s and the %s fund', (username, place, expected) => {
  it(`issues: ${expected}`, async () => {
    const res = await t.executeAs(who(username), Ops.IssueBeansDocument, {
      input: {
        fundId: fund[place],
        amount: 10,
        idempotencyKey: nextKey(),
        donorOrganisationId: donor,
        donationYuan: 10,
      },
    });
    expect(res.errors ? codes(res) : ['ok']).toEqual([expected]);
  });

  it(`awards from it: ${expected}`, async () => {
    const res = await t.executeAs(who(username), Ops.AwardBeansDocument, {
      input: { fundId: fund[place], accountId: volunteerAccount, amount: 1, idempotencyKey: nextKey() },
    });
    expect(res.errors ? codes(res) : ['ok']).toEqual([expected]);
  });

  it(`reads it: ${expected}`, async () => {
    const res = await t.executeAs(who(username), Ops.BeanFundDocument, { id: fund[place] });
    expect(res.errors ? codes(res) : ['ok']).toEqual([expected]);
  });
});

describe('accounts', () => {
  it('are read only by whoever controls them, and anonymous callers get nothing', async () => {
    expect(
      (await t.executeAs({ username: 'analyst' }, Ops.BeanAccountDocument, { id: volunteerAccount })).errors,
    ).toBeUndefined();
    for (const username of ['bureau.admin', 'street.official', 'community.secretary', 'property.admin']) {
      expect(codes(await t.executeAs(who(username), Ops.BeanAccountDocument, { id: volunteerAccount }))).toEqual([
        'FORBIDDEN',
      ]);
    }
    expect(codes(await t.executeAs(null, Ops.BeanAccountDocument, { id: volunteerAccount }))).toEqual([
      'UNAUTHENTICATED',
    ]);
  });

  it('cannot be reached by partner tokens at all', async () => {
    const me = await t.executeAs({ username: 'property.admin' }, Ops.MeDocument);
    const issued = await t.executeAs({ username: 'property.admin' }, Ops.IssueTokenDocument, {
      input: {
        organisationId: me.data!.me.roles[0].organisation!.id,
        name: 'beans',
        scopes: ['TREE_READ', 'ORGANISATIONS_READ', 'FIGURES_READ'],
      },
    });
    const bearer = { bearer: issued.data!.issueToken.secret };
    expect(codes(await t.executeAs(bearer, Ops.MyBeanAccountDocument))).toEqual(['FORBIDDEN']);
    expect(
      codes(
        await t.executeAs(bearer, Ops.RedeemBeansDocument, {
          input: { merchantAccountId: volunteerAccount, amount: 1, idempotencyKey: nextKey() },
        }),
      ),
    ).toEqual(['FORBIDDEN']);
  });
});
