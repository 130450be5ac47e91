/**
 * Red property (红色物业): a community sees its compounds, who manages them and whether the
 * management is party-led; the figures add up across the subtree.
 */
import * as Ops from '../generated/graphql';
import { codes, startTestApp, type TestApp } from '../harness/app';

let t: TestApp;
let community: string;
beforeAll(async () => {
  t = await startTestApp();
  const me = await t.executeAs({ username: 'community.secretary' }, Ops.MeDocument);
  community = me.data!.me.roles.find((r) => r.role === 'COMMUNITY_SECRETARY')!.division!.code;
});
afterAll(() => t?.close());

describe('red property (红色物业)', () => {
  it("shows a community its compounds, their property company and owners' committee, and whether party-led", async () => {
    const res = await t.executeAs({ username: 'community.secretary' }, Ops.CompoundsDocument, {
      communityCode: community,
    });
    const compounds = res.data!.compounds;
    expect(compounds.length).toBeGreaterThanOrEqual(1);
    expect(compounds[0].ownersCommittee?.name).toMatch(/业主委员会$/);
    const [{ led }] = await t
      .em()
      .getConnection()
      .execute<{ led: boolean }[]>(
        `select p.has_party_organisation as led from property_company_profile p where p.organisation_id = ?`,
        [Number(compounds[0].propertyCompany!.id)],
      );
    for (const c of compounds) expect(c.partyLed).toBe(led);
  });

  it('adds up: the city’s party-led compounds are those of the companies with a party organisation', async () => {
    const figures = (await t.executeAs({ username: 'analyst' }, Ops.RedPropertyFiguresDocument, {})).data!
      .redPropertyFigures;
    const [row] = await t
      .em()
      .getConnection()
      .execute<{ n: string; led: string }[]>(
        `select count(*) as n, count(*) filter (where p.has_party_organisation) as led from compound c join property_company_profile p on p.organisation_id = c.property_company_id`,
      );
    expect(figures).toEqual({ compounds: Number(row.n), partyLedCompounds: Number(row.led) });
    expect(figures.partyLedCompounds).toBeGreaterThan(0);
    expect(figures.partyLedCompounds).toBeLessThan(figures.compounds);
  });

  it('is hidden outside the subtree', async () => {
    expect(
      codes(
        await t.executeAs({ username: 'street.official' }, Ops.CompoundsDocument, { communityCode: '530102002001' }),
      ),
    ).toEqual(['FORBIDDEN']);
  });
});
