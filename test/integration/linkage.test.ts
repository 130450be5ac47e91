/**
 * The three-way linkage (三社联动), first part: social organisations with validated credit
 * codes and social workers with licences — the seed's 1,963 and 1,960 read back exactly.
 */
import { isValidCreditCode, withCheck } from '../../src/modules/linkage/credit-code';
import { SocialOrganisation } from '../../src/modules/linkage/linkage.entities';
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

describe('the figures of the seed document', () => {
  it('1,963 community social organisations and 1,960 licensed social workers', async () => {
    const res = await t.executeAs({ username: 'analyst' }, Ops.LinkageFiguresDocument, {});
    expect(res.data?.linkageFigures).toEqual({
      socialOrganisations: 1963,
      socialWorkers: 2000,
      licensedSocialWorkers: 1960,
    });
  });
});

describe('social organisations and workers', () => {
  it('carry valid credit codes, and a worker is licensed only while the licence runs', async () => {
    const orgs = await t.executeAs({ username: 'community.secretary' }, Ops.SocialOrganisationsDocument, {
      under: community,
    });
    expect(orgs.data!.socialOrganisations.length).toBeGreaterThan(0);
    for (const o of orgs.data!.socialOrganisations) expect(isValidCreditCode(o.creditCode)).toBe(true);
    const [{ id: employer }] = await t
      .em()
      .getConnection()
      .execute<{ id: number }[]>(`select employer_id as id from social_worker where expires_on < current_date limit 1`);
    const workers = await t.executeAs({ username: 'bureau.admin' }, Ops.SocialWorkersDocument, {
      organisationId: String(employer),
    });
    const expired = workers.data!.socialWorkers.filter((w) => !w.licensed);
    expect(expired.length).toBeGreaterThan(0);
    for (const w of workers.data!.socialWorkers)
      expect(w.licensed).toBe(w.expiresOn >= new Date().toISOString().slice(0, 10));
  });

  it('registers a credit code only when it is valid, once, by the organisation’s admin or the officials above', async () => {
    const res = await t
      .em()
      .getConnection()
      .execute<{ id: number; division_path: string }[]>(
        `insert into organisation (name, kind, status, division_id, division_path) select '新成立志愿协会', 'SOCIAL_ORGANISATION', 'ACTIVE', id, path from division where code = ? returning id, division_path`,
        [community],
      );
    const organisationId = String(res[0].id);
    const input = {
      organisationId,
      creditCode: withCheck('52530102MJ0099887'),
      registrationLevel: 'STREET_FILED' as const,
      category: 'CHARITY' as const,
    };
    const wrong = {
      ...input,
      creditCode: `${input.creditCode.slice(0, 17)}${input.creditCode[17] === '0' ? '1' : '0'}`,
    };
    const before = await t.em().count(SocialOrganisation, {});
    const bad = await t.executeAs({ username: 'street.official' }, Ops.RegisterSocialOrganisationDocument, {
      input: wrong,
    });
    expect(bad.errors?.map((e) => e.extensions?.reason)).toEqual(['LINKAGE.BAD_CREDIT_CODE']);
    expect(
      codes(await t.executeAs({ username: 'analyst' }, Ops.RegisterSocialOrganisationDocument, { input })),
    ).toEqual(['FORBIDDEN']);
    expect(await t.em().count(SocialOrganisation, {})).toBe(before);
    const ok = await t.executeAs({ username: 'street.official' }, Ops.RegisterSocialOrganisationDocument, { input });
    expect(ok.data?.registerSocialOrganisation).toMatchObject({ creditCode: input.creditCode, category: 'CHARITY' });
    const again = await t.executeAs({ username: 'street.official' }, Ops.RegisterSocialOrganisationDocument, { input });
    expect(again.errors?.map((e) => e.extensions?.reason)).toEqual(['LINKAGE.ALREADY_REGISTERED']);
  });

  it('are refused outside the caller’s subtree and to anonymous callers', async () => {
    expect(
      codes(
        await t.executeAs({ username: 'street.official' }, Ops.SocialOrganisationsDocument, { under: '530102002000' }),
      ),
    ).toEqual(['FORBIDDEN']);
    expect(codes(await t.executeAs(null, Ops.LinkageFiguresDocument, {}))).toEqual(['UNAUTHENTICATED']);
  });
});
