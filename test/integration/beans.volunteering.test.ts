/**
 * Earning and spending Golden Beans: a station at a community posts an activity, volunteers
 * join, sign in and out, the station's manager verifies (or disputes) the hours, and verified
 * hours earn the published rate; a merchant's items are redeemed with stock and balance moving
 * together.
 */
import { BeanAccount } from '../../src/modules/beans/bean-account.entity';
import { BeanTransfer } from '../../src/modules/beans/bean-transfer.entity';
import { CatalogueItem } from '../../src/modules/beans/catalogue.entities';
import { Organisation } from '../../src/modules/organisations/organisation.entity';
import { OrganisationKind } from '../../src/modules/organisations/organisation.enums';
import { Person } from '../../src/modules/people/person.entity';
import * as Ops from '../generated/graphql';
import { codes, startTestApp, type TestApp } from '../harness/app';

let t: TestApp;
let fundId: string;
let stationId: string;
let activityId: string;
const volunteers: string[] = [];
let key = 0;
const nextKey = () => `vol-key-${++key}-${Date.now()}`;
const bureau = { username: 'bureau.admin' };
const manager = { username: 'community.secretary' };
const reasons = (res: { errors?: { extensions?: { reason?: string } }[] }) =>
  (res.errors ?? []).map((e) => e.extensions?.reason);
const balanceOf = async (username: string) =>
  (await t.executeAs({ username }, Ops.MyBeanAccountDocument)).data!.myBeanAccount!.balance;

/** Joins, signs in and out, then backdates the sign-in by `minutes` (the clock of the test). */
async function serve(username: string, minutes: number, activity = activityId): Promise<string> {
  const joined = await t.executeAs({ username }, Ops.JoinVolunteerActivityDocument, { activityId: activity });
  expect(joined.errors).toBeUndefined();
  const id = joined.data!.joinVolunteerActivity.id;
  await t.executeAs({ username }, Ops.SignInVolunteerActivityDocument, { participationId: id });
  await t
    .em()
    .getConnection()
    .execute(`update participation set signed_in_at = now() - make_interval(mins => ?) where id = ?`, [
      minutes,
      Number(id),
    ]);
  const out = await t.executeAs({ username }, Ops.SignOutVolunteerActivityDocument, { participationId: id });
  expect(out.data?.signOutVolunteerActivity.status).toBe('SIGNED_OUT');
  return id;
}

beforeAll(async () => {
  t = await startTestApp();
  const fund = await t.executeAs(bureau, Ops.CreateBeanFundDocument, {
    input: { name: '昆明市金豆基金', divisionCode: '530100000000' },
  });
  fundId = fund.data!.createBeanFund.id;
  const donor = await t
    .em()
    .findOneOrFail(Organisation, { kind: OrganisationKind.PROPERTY_COMPANY }, { orderBy: { id: 'asc' } });
  const issued = await t.executeAs(bureau, Ops.IssueBeansDocument, {
    input: {
      fundId,
      amount: 500,
      idempotencyKey: nextKey(),
      donorOrganisationId: String(donor.id),
      donationYuan: 5000,
    },
  });
  expect(issued.errors).toBeUndefined();
  const me = await t.executeAs(manager, Ops.MeDocument);
  const community = me.data!.me.roles.find((r) => r.role === 'COMMUNITY_SECRETARY')!.division!.code;
  const station = await t.executeAs(bureau, Ops.CreateVolunteerStationDocument, {
    input: { name: '青阳学雷锋志愿服务站', divisionCode: community, fundId, beansPerHour: 60 },
  });
  expect(station.errors).toBeUndefined();
  stationId = station.data!.createVolunteerStation.id;
  // The bureau makes the community's secretary the station's manager.
  const appoint = await t.executeAs(bureau, Ops.AssignRoleDocument, {
    input: {
      personId: me.data!.me.person!.id,
      role: 'ORG_ADMIN',
      organisationId: station.data!.createVolunteerStation.organisation!.id,
    },
  });
  expect(appoint.errors).toBeUndefined();
  const activity = await t.executeAs(manager, Ops.PostVolunteerActivityDocument, {
    input: {
      stationId,
      title: '清扫楼道',
      startsAt: new Date(Date.now() - 3 * 3600_000).toISOString(),
      endsAt: new Date().toISOString(),
      capacity: 3,
    },
  });
  expect(activity.errors).toBeUndefined();
  activityId = activity.data!.postVolunteerActivity.id;
  const people = await t
    .em()
    .find(Person, { homePath: { $like: `%/${community}/%` } }, { orderBy: { id: 'asc' }, limit: 4 });
  for (const p of people) {
    const username = await t.addLogin(p.id);
    const reg = await t.executeAs({ username }, Ops.RegisterVolunteerDocument, { input: { channel: 'COMMUNITY' } });
    expect(reg.data?.registerVolunteer.channel).toBe('COMMUNITY');
    volunteers.push(username);
  }
});
afterAll(() => t?.close());

describe('earning beans (服务奖励)', () => {
  it('verified hours earn the station’s rate from its fund, once', async () => {
    const id = await serve(volunteers[0], 90);
    const input = { participationId: id, idempotencyKey: nextKey() };
    const verified = await t.executeAs(manager, Ops.VerifyVolunteerHoursDocument, { input });
    expect(verified.errors).toBeUndefined();
    expect(verified.data!.verifyVolunteerHours).toMatchObject({
      replayed: false,
      participation: { status: 'VERIFIED', verifiedMinutes: 90 },
      transfer: { kind: 'EARN', amount: 90 },
    });
    expect(await balanceOf(volunteers[0])).toBe(90);
    const again = await t.executeAs(manager, Ops.VerifyVolunteerHoursDocument, { input });
    expect(again.data!.verifyVolunteerHours).toMatchObject({
      replayed: true,
      transfer: verified.data!.verifyVolunteerHours.transfer,
    });
    const other = await t.executeAs(manager, Ops.VerifyVolunteerHoursDocument, {
      input: { ...input, idempotencyKey: nextKey() },
    });
    expect(reasons(other)).toEqual(['BEANS.WRONG_STEP']);
    expect(await balanceOf(volunteers[0])).toBe(90);
  });

  it('disputed hours earn nothing, and cannot then be verified', async () => {
    const id = await serve(volunteers[1], 45);
    const disputed = await t.executeAs(manager, Ops.DisputeVolunteerHoursDocument, {
      input: { participationId: id, reason: '未到岗' },
    });
    expect(disputed.data?.disputeVolunteerHours.status).toBe('DISPUTED');
    const verify = await t.executeAs(manager, Ops.VerifyVolunteerHoursDocument, {
      input: { participationId: id, idempotencyKey: nextKey() },
    });
    expect(reasons(verify)).toEqual(['BEANS.WRONG_STEP']);
    expect(await balanceOf(volunteers[1])).toBe(0);
  });

  it('credits no more than the signed time', async () => {
    const id = await serve(volunteers[2], 30);
    const tooMuch = await t.executeAs(manager, Ops.VerifyVolunteerHoursDocument, {
      input: { participationId: id, minutes: 31, idempotencyKey: nextKey() },
    });
    expect(reasons(tooMuch)).toEqual(['BEANS.BAD_MINUTES']);
    const fewer = await t.executeAs(manager, Ops.VerifyVolunteerHoursDocument, {
      input: { participationId: id, minutes: 20, idempotencyKey: nextKey() },
    });
    expect(fewer.data?.verifyVolunteerHours.transfer?.amount).toBe(20);
  });

  it('refuses a full activity, other people’s participations, and verification by anyone but the station', async () => {
    const full = await t.executeAs({ username: volunteers[3] }, Ops.JoinVolunteerActivityDocument, { activityId });
    expect(reasons(full)).toEqual(['BEANS.ACTIVITY_FULL']);
    const mine = (await t.executeAs({ username: volunteers[2] }, Ops.MyParticipationsDocument)).data!
      .myParticipations[0];
    expect(mine.activity.station.beansPerHour).toBe(60);
    expect(
      codes(
        await t.executeAs({ username: volunteers[0] }, Ops.SignOutVolunteerActivityDocument, {
          participationId: mine.id,
        }),
      ),
    ).toEqual(['FORBIDDEN']);
    for (const who of [{ username: volunteers[0] }, { username: 'street.official' }, { username: 'analyst' }]) {
      expect(
        codes(
          await t.executeAs(who, Ops.VerifyVolunteerHoursDocument, {
            input: { participationId: mine.id, idempotencyKey: nextKey() },
          }),
        ),
      ).toEqual(['FORBIDDEN']);
    }
    expect(
      codes(await t.executeAs({ username: volunteers[0] }, Ops.ActivityParticipationsDocument, { activityId })),
    ).toEqual(['FORBIDDEN']);
    expect(
      (await t.executeAs(manager, Ops.ActivityParticipationsDocument, { activityId })).data?.activityParticipations,
    ).toHaveLength(3);
  });
});

describe('spending beans (兑换)', () => {
  let itemId: string;
  let merchantAccountId: string;

  beforeAll(async () => {
    const me = await t.executeAs({ username: 'property.admin' }, Ops.MeDocument);
    merchantAccountId = (
      await t.executeAs({ username: 'property.admin' }, Ops.OpenMerchantAccountDocument, {
        organisationId: me.data!.me.roles[0].organisation!.id,
      })
    ).data!.openMerchantAccount.id;
    const item = await t.executeAs({ username: 'property.admin' }, Ops.ListCatalogueItemDocument, {
      input: { merchantAccountId, name: '家政服务一次', price: 30, stock: 2 },
    });
    expect(item.errors).toBeUndefined();
    itemId = item.data!.listCatalogueItem.id;
  });

  const stock = async () => (await t.em().findOneOrFail(CatalogueItem, { id: Number(itemId) })).stock;

  it('moves the stock and the balance together, and never past zero stock', async () => {
    const first = { itemId, idempotencyKey: nextKey() };
    const r1 = await t.executeAs({ username: volunteers[0] }, Ops.RedeemCatalogueItemDocument, { input: first });
    expect(r1.data?.redeemCatalogueItem.transfer).toMatchObject({
      kind: 'REDEEM',
      amount: 30,
      toAccountId: merchantAccountId,
    });
    const replay = await t.executeAs({ username: volunteers[0] }, Ops.RedeemCatalogueItemDocument, { input: first });
    expect(replay.data?.redeemCatalogueItem).toMatchObject({
      replayed: true,
      transfer: { id: r1.data!.redeemCatalogueItem.transfer.id },
    });
    expect([await stock(), await balanceOf(volunteers[0])]).toEqual([1, 60]);
    await t.executeAs({ username: volunteers[0] }, Ops.RedeemCatalogueItemDocument, {
      input: { itemId, idempotencyKey: nextKey() },
    });
    expect([await stock(), await balanceOf(volunteers[0])]).toEqual([0, 30]);
    const transfers = await t.em().count(BeanTransfer, {});
    const none = await t.executeAs({ username: volunteers[0] }, Ops.RedeemCatalogueItemDocument, {
      input: { itemId, idempotencyKey: nextKey() },
    });
    expect(reasons(none)).toEqual(['BEANS.OUT_OF_STOCK']);
    expect([await stock(), await balanceOf(volunteers[0]), await t.em().count(BeanTransfer, {})]).toEqual([
      0,
      30,
      transfers,
    ]);
  });

  it('refuses a redemption the balance cannot pay, leaving the stock', async () => {
    await t
      .em()
      .getConnection()
      .execute('update catalogue_item set stock = 5 where id = ?', [Number(itemId)]);
    const poor = await t.executeAs({ username: volunteers[1] }, Ops.RedeemCatalogueItemDocument, {
      input: { itemId, idempotencyKey: nextKey() },
    });
    expect(reasons(poor)).toEqual(['LEDGER.INSUFFICIENT_BALANCE']);
    expect(await stock()).toBe(5);
  });

  it('lets only the merchant list items, and leaves the ledger sound', async () => {
    const forged = await t.executeAs({ username: volunteers[0] }, Ops.ListCatalogueItemDocument, {
      input: { merchantAccountId, name: '假商品', price: 1, stock: 1 },
    });
    expect(codes(forged)).toEqual(['FORBIDDEN']);
    const catalogue = await t.executeAs({ username: volunteers[0] }, Ops.BeanCatalogueDocument, { merchantAccountId });
    expect(catalogue.data?.beanCatalogue.map((i) => i.name)).toEqual(['家政服务一次']);
    const audit = await t.executeAs(bureau, Ops.BeanLedgerAuditDocument);
    expect(audit.data?.beanLedgerAudit.violations).toEqual([]);
    const merchant = await t.em().findOneOrFail(BeanAccount, { id: Number(merchantAccountId) });
    expect(merchant.balance).toBe(60);
  });

  it('adds up for the city: issued, earned (90 + 20), redeemed (2 × 30), held', async () => {
    const figures = await t.executeAs({ username: 'analyst' }, Ops.BeanFiguresDocument, {});
    expect(figures.data?.beanFigures).toEqual({
      volunteers: 4,
      issued: 500,
      earned: 110,
      redeemed: 60,
      settled: 0,
      held: 110,
    });
    expect(codes(await t.executeAs({ username: volunteers[0] }, Ops.BeanFiguresDocument, {}))).toEqual(['FORBIDDEN']);
  });
});

describe('verifying twice at once (幂等重放)', () => {
  /** A fresh activity of the station with one place. */
  const postActivity = async (title: string) => {
    const posted = await t.executeAs(manager, Ops.PostVolunteerActivityDocument, {
      input: {
        stationId,
        title,
        startsAt: new Date(Date.now() - 3600_000).toISOString(),
        endsAt: new Date().toISOString(),
        capacity: 1,
      },
    });
    expect(posted.errors).toBeUndefined();
    return posted.data!.postVolunteerActivity.id;
  };
  const earnings = async (participationId: string) =>
    t
      .em()
      .getConnection()
      .execute<{ n: string }[]>(`select count(*) as n from bean_transfer where memo = ?`, [
        `participation ${participationId}`,
      ]);

  it('answers both identical requests with the same transfer, stored once', async () => {
    const volunteer = volunteers[3];
    const before = await balanceOf(volunteer);
    const rounds = 20;
    for (let round = 0; round < rounds; round++) {
      const id = await serve(volunteer, 10, await postActivity(`同时核验 ${round}`));
      const input = { participationId: id, idempotencyKey: nextKey() };
      const both = await Promise.all(
        [0, 1].map(() => t.executeAs(manager, Ops.VerifyVolunteerHoursDocument, { input })),
      );
      expect(both.map((r) => r.errors)).toEqual([undefined, undefined]);
      const answers = both.map((r) => r.data!.verifyVolunteerHours);
      expect(answers[0].transfer!.id).toBe(answers[1].transfer!.id);
      expect(answers.map((a) => a.replayed).sort()).toEqual([false, true]);
      expect(answers.map((a) => a.participation)).toEqual(
        [0, 1].map(() => ({ id, status: 'VERIFIED', verifiedMinutes: 10 })),
      );
      expect(Number((await earnings(id))[0].n)).toBe(1);
    }
    expect(await balanceOf(volunteer)).toBe(before + rounds * 10);
  });

  it('refuses the key reused for other minutes or another participation, at once or later', async () => {
    const volunteer = volunteers[3];
    const before = await balanceOf(volunteer);
    const id = await serve(volunteer, 30, await postActivity('换内容重放'));
    const input = { participationId: id, idempotencyKey: nextKey() };
    const both = await Promise.all(
      [input, { ...input, minutes: 20 }].map((i) =>
        t.executeAs(manager, Ops.VerifyVolunteerHoursDocument, { input: i }),
      ),
    );
    const refused = both.filter((r) => r.errors);
    expect(refused).toHaveLength(1);
    expect(codes(refused[0])).toEqual(['CONFLICT']);
    expect(reasons(refused[0])).toEqual(['LEDGER.IDEMPOTENCY_KEY_REUSED']);
    const verifiedMinutes = both.find((r) => !r.errors)!.data!.verifyVolunteerHours.participation.verifiedMinutes!;
    const other = verifiedMinutes === 30 ? 20 : 30;
    const later = await t.executeAs(manager, Ops.VerifyVolunteerHoursDocument, { input: { ...input, minutes: other } });
    expect(reasons(later)).toEqual(['LEDGER.IDEMPOTENCY_KEY_REUSED']);
    const elsewhere = await serve(volunteer, 30, await postActivity('换参与重放'));
    const reused = await t.executeAs(manager, Ops.VerifyVolunteerHoursDocument, {
      input: { ...input, participationId: elsewhere },
    });
    expect(reasons(reused)).toEqual(['LEDGER.IDEMPOTENCY_KEY_REUSED']);
    expect(await balanceOf(volunteer)).toBe(before + verifiedMinutes);
    const audit = await t.executeAs(bureau, Ops.BeanLedgerAuditDocument);
    expect(audit.data?.beanLedgerAudit.violations).toEqual([]);
  });
});
