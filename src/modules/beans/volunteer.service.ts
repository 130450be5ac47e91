import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context';
import { text } from '../../shared/validate';
import { assertRoom, CAP, lockParent } from '../../shared/caps';
import { badInput, conflict, notFound } from '../../shared/errors';
import { readRows } from '../../shared/read-rows';
import { isWithin } from '../../shared/tree-path';
import { parseId } from '../../shared/ids';
import { assertNodeRoom, Organisation, OrganisationKind, OrganisationStatus } from '../organisations';
import { Division, DivisionKind, DivisionService } from '../tree';
import { BeanAccount } from './bean-account.entity';
import { BeanTransfer } from './bean-transfer.entity';
import { BeanAccountKind, BeanTransferKind } from './bean.enums';
import { BeanService } from './bean.service';
import { keyReused, transfer, type TransferResult } from './ledger';
import {
  Participation,
  ParticipationStatus,
  Volunteer,
  VolunteerActivity,
  VolunteerStation,
  type VolunteerChannel,
} from './volunteer.entities';
import type { CreateStationInput, DisputeHoursInput, PostActivityInput, VerifyHoursInput } from './volunteer.inputs';

/** A participation's row as verification reads it, under its lock. */
interface LockedParticipation {
  status: ParticipationStatus;
  signed_in_at: Date | null;
  signed_out_at: Date | null;
  verified_minutes: number | null;
  earning_id: string | number | null;
}

/** Whole minutes between sign-in and sign-out (0 when either is missing). */
function signedMinutes(p: Pick<LockedParticipation, 'signed_in_at' | 'signed_out_at'>): number {
  return p.signed_in_at && p.signed_out_at
    ? Math.floor((new Date(p.signed_out_at).getTime() - new Date(p.signed_in_at).getTime()) / 60_000)
    : 0;
}

/** The most places an activity offers (so the most participations it lists). */
export const ACTIVITY_CAPACITY_MAX = 10_000;

/** Volunteers, stations, activities and verified hours: the way beans are earned. */
export class VolunteerService {
  constructor(private readonly ctx: Context) {}

  /** Registers the caller as a volunteer and opens their account (again: returns them as they are). */
  async register(channel: VolunteerChannel): Promise<Volunteer> {
    const personId = this.ctx.viewer.personId!;
    await this.ctx.em.execute(
      'insert into volunteer (person_id, channel) values (?, ?) on conflict (person_id) do nothing',
      [personId, channel],
    );
    await new BeanService(this.ctx).openVolunteerAccount();
    const [volunteer] = await readRows(this.ctx.em, Volunteer, { person: personId });
    return volunteer;
  }

  async station(id: string, field = 'stationId'): Promise<VolunteerStation> {
    const station = await this.ctx.loaders.stationById.load(parseId(id, field));
    if (!station) throw notFound('BEANS.UNKNOWN_STATION', `No station has the id ${id}.`);
    this.ctx.audit.scope(station.divisionPath);
    return station;
  }

  async activity(id: string, field = 'activityId'): Promise<VolunteerActivity> {
    const activity = await this.ctx.loaders.activityById.load(parseId(id, field));
    if (!activity) throw notFound('BEANS.UNKNOWN_ACTIVITY', `No activity has the id ${id}.`);
    return activity;
  }

  async participation(id: string, field = 'participationId'): Promise<Participation> {
    const [p] = await readRows(this.ctx.em, Participation, { id: parseId(id, field) });
    if (!p) throw notFound('BEANS.UNKNOWN_PARTICIPATION', `No participation has the id ${id}.`);
    return p;
  }

  /** A station at a community or village, as an organisation, paid by a fund above it. */
  async createStation(input: CreateStationInput): Promise<VolunteerStation> {
    const division = await new DivisionService(this.ctx).byCode(input.divisionCode, 'divisionCode');
    const fund = await new BeanService(this.ctx).fund(input.fundId);
    if (division.kind !== DivisionKind.COMMUNITY && division.kind !== DivisionKind.VILLAGE) {
      throw badInput('BEANS.STATION_PLACE', 'A station is set up at a community or village.', [
        { field: 'divisionCode', message: 'a community or village' },
      ]);
    }
    if (!isWithin(division.path, fund.divisionPath))
      throw badInput('BEANS.FUND_NOT_ABOVE', "The fund must serve the station's node.", [
        { field: 'fundId', message: 'a fund above the node' },
      ]);
    if (!Number.isInteger(input.beansPerHour) || input.beansPerHour < 1 || input.beansPerHour > 1000) {
      throw badInput('BEANS.BAD_RATE', 'The rate is 1–1000 beans per hour.', [
        { field: 'beansPerHour', message: '1–1000' },
      ]);
    }
    const name = text(input.name, 'name', 2, 120);
    const station = await this.ctx.em.transactional(async (em) => {
      await assertNodeRoom(em, division.id);
      const organisation = em.create(Organisation, {
        name,
        kind: OrganisationKind.VOLUNTEER_STATION,
        status: OrganisationStatus.ACTIVE,
        division: em.getReference(Division, division.id),
        divisionPath: division.path,
      });
      const created = em.create(VolunteerStation, {
        organisation,
        fund: fund.id,
        beansPerHour: input.beansPerHour,
        divisionPath: division.path,
      });
      await em.flush();
      return created;
    });
    this.ctx.audit.scope(division.path, true);
    this.ctx.audit.target(station.id);
    return station;
  }

  async postActivity(input: PostActivityInput): Promise<VolunteerActivity> {
    const station = await this.station(input.stationId);
    if (!(input.endsAt > input.startsAt))
      throw badInput('BEANS.BAD_TIMES', 'An activity ends after it starts.', [
        { field: 'endsAt', message: 'after startsAt' },
      ]);
    if (!Number.isInteger(input.capacity) || input.capacity < 1 || input.capacity > ACTIVITY_CAPACITY_MAX) {
      throw badInput('BEANS.BAD_CAPACITY', `Capacity is 1–${ACTIVITY_CAPACITY_MAX}.`, [
        { field: 'capacity', message: `1–${ACTIVITY_CAPACITY_MAX}` },
      ]);
    }
    const title = text(input.title, 'title', 2, 120);
    return this.ctx.em.transactional(async (em) => {
      await lockParent(em, 'volunteer_station', station.id);
      await assertRoom(em, CAP.stationActivities, `select count(*) as n from volunteer_activity where station_id = ?`, [
        station.id,
      ]);
      const activity = em.create(VolunteerActivity, {
        station: station.id,
        title,
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        capacity: input.capacity,
      });
      await em.flush();
      return activity;
    });
  }

  /** Joins an activity while places are left (checked under the activity's row lock). */
  async join(activityId: string): Promise<Participation> {
    const personId = this.ctx.viewer.personId!;
    const [volunteer] = await readRows(this.ctx.em, Volunteer, { person: personId });
    if (!volunteer) throw conflict('BEANS.NOT_A_VOLUNTEER', 'Register as a volunteer first.');
    const activity = await this.activity(activityId);
    const station = await this.station(String(activity.station.id));
    return this.ctx.em.transactional(async (em) => {
      const [{ taken }] = await em.execute<{ taken: string }[]>(
        'select (select count(*) from participation where activity_id = a.id) as taken from volunteer_activity a where a.id = ? for update',
        [activity.id],
      );
      const [mine] = await readRows(em, Participation, { activity: activity.id, person: personId });
      if (mine) return mine;
      if (Number(taken) >= activity.capacity) throw conflict('BEANS.ACTIVITY_FULL', 'No places are left.');
      // The volunteer's row holds their own list: two joins of one person are counted one at a time.
      await lockParent(em, 'volunteer', volunteer.id);
      await assertRoom(em, CAP.personParticipations, `select count(*) as n from participation where person_id = ?`, [
        personId,
      ]);
      const p = em.create(Participation, {
        activity: activity.id,
        person: personId,
        stationOrganisationId: station.organisation.id,
        status: ParticipationStatus.JOINED,
      });
      await em.flush();
      return p;
    });
  }

  /** Moves the caller's participation on, from `from` to `to`, stamping the time. */
  private async step(
    id: string,
    from: ParticipationStatus,
    to: ParticipationStatus,
    column: 'signed_in_at' | 'signed_out_at',
  ): Promise<Participation> {
    const p = await this.participation(id);
    const rows = await this.ctx.em.execute(
      `update participation set status = ?, ${column} = now() where id = ? and status = ? returning id`,
      [to, p.id, from],
    );
    if (!rows.length) throw conflict('BEANS.WRONG_STEP', `The participation is ${p.status}, not ${from}.`);
    return this.participation(id);
  }

  signIn(id: string): Promise<Participation> {
    return this.step(id, ParticipationStatus.JOINED, ParticipationStatus.SIGNED_IN, 'signed_in_at');
  }

  signOut(id: string): Promise<Participation> {
    return this.step(id, ParticipationStatus.SIGNED_IN, ParticipationStatus.SIGNED_OUT, 'signed_out_at');
  }

  /**
   * Verifies hours: the volunteer earns the station's rate for them, paid from the station's
   * fund, in the same transaction as the participation's change. The participation's row is
   * locked first and the key decided before its state: resending the same request with its key
   * replays (even while the first is in flight), the key with other content is a CONFLICT.
   */
  async verify(input: VerifyHoursInput): Promise<{ participation: Participation; transfer: TransferResult | null }> {
    const p = await this.participation(input.participationId);
    const station = await this.station(String((await this.activity(String(p.activity.id))).station.id));
    const beans = new BeanService(this.ctx);
    const fundAccount = await beans.fundAccount(await beans.fund(String(station.fund.id)), BeanAccountKind.FUND);
    const [to] = await readRows(this.ctx.em, BeanAccount, { person: p.person.id, kind: BeanAccountKind.VOLUNTEER });
    return this.ctx.em.transactional(async (em) => {
      const [locked] = await em.execute<LockedParticipation[]>(
        'select status, signed_in_at, signed_out_at, verified_minutes, earning_id from participation where id = ? for update',
        [p.id],
      );
      const signed = signedMinutes(locked);
      const minutes = input.minutes ?? signed;
      if (locked.status === ParticipationStatus.VERIFIED)
        return this.replay(em, input.idempotencyKey, p.id, locked, minutes);
      if (locked.status !== ParticipationStatus.SIGNED_OUT)
        throw conflict(
          'BEANS.WRONG_STEP',
          `Only signed-out hours are verified; this participation is ${locked.status}.`,
        );
      if (!Number.isInteger(minutes) || minutes < 1 || minutes > signed) {
        throw badInput('BEANS.BAD_MINUTES', `Verify 1–${signed} minutes (the signed time).`, [
          { field: 'minutes', message: `1–${signed}` },
        ]);
      }
      const amount = Math.floor((minutes * station.beansPerHour) / 60);
      const result =
        amount > 0
          ? await transfer(em, {
              kind: BeanTransferKind.EARN,
              fromId: fundAccount.id,
              toId: to.id,
              amount,
              idempotencyKey: input.idempotencyKey,
              memo: `participation ${p.id}`,
              personId: this.ctx.viewer.personId,
            })
          : null;
      // A transfer already under the key was not made for this participation, which earned nothing yet.
      if (result?.replayed) throw keyReused();
      await em.execute('update participation set status = ?, verified_minutes = ?, earning_id = ? where id = ?', [
        ParticipationStatus.VERIFIED,
        minutes,
        result?.transfer.id ?? null,
        p.id,
      ]);
      if (result) this.ctx.audit.target(result.transfer.id);
      const [participation] = await readRows(em, Participation, { id: p.id });
      return { participation, transfer: result };
    });
  }

  /**
   * The answer to a verification of hours already verified: a replay when the key is the one
   * their earning was made under and the minutes are the same; CONFLICT when the key was used
   * for anything else; WRONG_STEP when the key is new.
   */
  private async replay(
    em: EntityManager,
    key: string,
    id: number,
    locked: LockedParticipation,
    minutes: number,
  ): Promise<{ participation: Participation; transfer: TransferResult }> {
    const [row] = await em.execute<{ id: string }[]>('select id from bean_transfer where idempotency_key = ?', [key]);
    if (!row) throw conflict('BEANS.WRONG_STEP', 'Only signed-out hours are verified; this participation is VERIFIED.');
    if (
      locked.earning_id == null ||
      String(row.id) !== String(locked.earning_id) ||
      minutes !== locked.verified_minutes
    )
      throw keyReused();
    const [participation] = await readRows(em, Participation, { id });
    const [earning] = await readRows(em, BeanTransfer, { id: String(row.id) });
    return { participation, transfer: { transfer: earning, replayed: true } };
  }

  async dispute(input: DisputeHoursInput): Promise<Participation> {
    const p = await this.participation(input.participationId);
    const reason = text(input.reason, 'reason', 2, 200);
    const rows = await this.ctx.em.execute(
      'update participation set status = ?, dispute_reason = ? where id = ? and status = ? returning id',
      [ParticipationStatus.DISPUTED, reason, p.id, ParticipationStatus.SIGNED_OUT],
    );
    if (!rows.length)
      throw conflict('BEANS.WRONG_STEP', `Only signed-out hours are disputed; this participation is ${p.status}.`);
    return this.participation(input.participationId);
  }
}
