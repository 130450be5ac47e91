import type { Context } from '../../context';
import { text } from '../../shared/validate';
import { badInput, conflict, notFound } from '../../shared/errors';
import { readRows } from '../../shared/read-rows';
import { isWithin } from '../../shared/tree-path';
import { Organisation } from '../organisations/organisation.entity';
import { OrganisationKind, OrganisationStatus } from '../organisations/organisation.enums';
import { parseId } from '../people/person.service';
import { Division } from '../tree/division.entity';
import { DivisionKind } from '../tree/division.enums';
import { DivisionService } from '../tree/division.service';
import { BeanAccount } from './bean-account.entity';
import { BeanAccountKind, BeanTransferKind } from './bean.enums';
import { BeanService } from './bean.service';
import { transfer, type TransferResult } from './ledger';
import { Participation, ParticipationStatus, Volunteer, VolunteerActivity, VolunteerStation, type VolunteerChannel } from './volunteer.entities';
import type { CreateStationInput, DisputeHoursInput, PostActivityInput, VerifyHoursInput } from './volunteer.inputs';


/** Volunteers, stations, activities and verified hours: the way beans are earned. */
export class VolunteerService {
  constructor(private readonly ctx: Context) {}

  /** Registers the caller as a volunteer and opens their account (again: returns them as they are). */
  async register(channel: VolunteerChannel): Promise<Volunteer> {
    const personId = this.ctx.viewer.personId!;
    await this.ctx.em.execute('insert into volunteer (person_id, channel) values (?, ?) on conflict (person_id) do nothing', [personId, channel]);
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
      throw badInput('BEANS.STATION_PLACE', 'A station is set up at a community or village.', [{ field: 'divisionCode', message: 'a community or village' }]);
    }
    if (!isWithin(division.path, fund.divisionPath)) throw badInput('BEANS.FUND_NOT_ABOVE', "The fund must serve the station's node.", [{ field: 'fundId', message: 'a fund above the node' }]);
    if (!Number.isInteger(input.beansPerHour) || input.beansPerHour < 1 || input.beansPerHour > 1000) {
      throw badInput('BEANS.BAD_RATE', 'The rate is 1–1000 beans per hour.', [{ field: 'beansPerHour', message: '1–1000' }]);
    }
    const em = this.ctx.em;
    const organisation = em.create(Organisation, {
      name: text(input.name, 'name', 2, 120),
      kind: OrganisationKind.VOLUNTEER_STATION,
      status: OrganisationStatus.ACTIVE,
      division: em.getReference(Division, division.id),
      divisionPath: division.path,
    });
    const station = em.create(VolunteerStation, { organisation, fund: fund.id, beansPerHour: input.beansPerHour, divisionPath: division.path });
    await em.flush();
    this.ctx.audit.scope(division.path, true);
    this.ctx.audit.target(station.id);
    return station;
  }

  async postActivity(input: PostActivityInput): Promise<VolunteerActivity> {
    const station = await this.station(input.stationId);
    if (!(input.endsAt > input.startsAt)) throw badInput('BEANS.BAD_TIMES', 'An activity ends after it starts.', [{ field: 'endsAt', message: 'after startsAt' }]);
    if (!Number.isInteger(input.capacity) || input.capacity < 1 || input.capacity > 10_000) {
      throw badInput('BEANS.BAD_CAPACITY', 'Capacity is 1–10000.', [{ field: 'capacity', message: '1–10000' }]);
    }
    const activity = this.ctx.em.create(VolunteerActivity, { station: station.id, title: text(input.title, 'title', 2, 120), startsAt: input.startsAt, endsAt: input.endsAt, capacity: input.capacity });
    await this.ctx.em.flush();
    return activity;
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
      const p = em.create(Participation, { activity: activity.id, person: personId, stationOrganisationId: station.organisation.id, status: ParticipationStatus.JOINED });
      await em.flush();
      return p;
    });
  }

  /** Moves the caller's participation on, from `from` to `to`, stamping the time. */
  private async step(id: string, from: ParticipationStatus, to: ParticipationStatus, column: 'signed_in_at' | 'signed_out_at'): Promise<Participation> {
    const p = await this.participation(id);
    const rows = await this.ctx.em.execute(`update participation set status = ?, ${column} = now() where id = ? and status = ? returning id`, [to, p.id, from]);
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
   * fund, in the same transaction as the participation's change. Resending the key replays.
   */
  async verify(input: VerifyHoursInput): Promise<{ participation: Participation; transfer: TransferResult | null }> {
    const p = await this.participation(input.participationId);
    const station = await this.station(String((await this.activity(String(p.activity.id))).station.id));
    const signed = p.signedInAt && p.signedOutAt ? Math.floor((p.signedOutAt.getTime() - p.signedInAt.getTime()) / 60_000) : 0;
    if (p.status === ParticipationStatus.VERIFIED && p.earning) {
      const replay = await this.replay(input.idempotencyKey, p);
      if (replay) return replay;
    }
    if (p.status !== ParticipationStatus.SIGNED_OUT) throw conflict('BEANS.WRONG_STEP', `Only signed-out hours are verified; this participation is ${p.status}.`);
    const minutes = input.minutes ?? signed;
    if (!Number.isInteger(minutes) || minutes < 1 || minutes > signed) {
      throw badInput('BEANS.BAD_MINUTES', `Verify 1–${signed} minutes (the signed time).`, [{ field: 'minutes', message: `1–${signed}` }]);
    }
    const beans = new BeanService(this.ctx);
    const fundAccount = await beans.fundAccount(await beans.fund(String(station.fund.id)), BeanAccountKind.FUND);
    const [to] = await readRows(this.ctx.em, BeanAccount, { person: p.person.id, kind: BeanAccountKind.VOLUNTEER });
    const amount = Math.floor((minutes * station.beansPerHour) / 60);
    return this.ctx.em.transactional(async (em) => {
      const result = amount > 0
        ? await transfer(em, { kind: BeanTransferKind.EARN, fromId: fundAccount.id, toId: to.id, amount, idempotencyKey: input.idempotencyKey, memo: `participation ${p.id}`, personId: this.ctx.viewer.personId })
        : null;
      const updated = await em.execute('update participation set status = ?, verified_minutes = ?, earning_id = ? where id = ? and status = ? returning id', [
        ParticipationStatus.VERIFIED,
        minutes,
        result?.transfer.id ?? null,
        p.id,
        ParticipationStatus.SIGNED_OUT,
      ]);
      if (!updated.length) throw conflict('BEANS.WRONG_STEP', 'The participation changed meanwhile.');
      if (result) this.ctx.audit.target(result.transfer.id);
      const [participation] = await readRows(em, Participation, { id: p.id });
      return { participation, transfer: result };
    });
  }

  private async replay(key: string, p: Participation): Promise<{ participation: Participation; transfer: TransferResult } | null> {
    const [row] = await this.ctx.em.execute<{ id: string; idempotency_key: string }[]>('select id, idempotency_key from bean_transfer where id = ?', [p.earning!.id]);
    if (row?.idempotency_key !== key) return null;
    const transferRow = await new BeanService(this.ctx).transferById(String(row.id));
    return { participation: p, transfer: { transfer: transferRow, replayed: true } };
  }

  async dispute(input: DisputeHoursInput): Promise<Participation> {
    const p = await this.participation(input.participationId);
    const reason = text(input.reason, 'reason', 2, 200);
    const rows = await this.ctx.em.execute('update participation set status = ?, dispute_reason = ? where id = ? and status = ? returning id', [
      ParticipationStatus.DISPUTED,
      reason,
      p.id,
      ParticipationStatus.SIGNED_OUT,
    ]);
    if (!rows.length) throw conflict('BEANS.WRONG_STEP', `Only signed-out hours are disputed; this participation is ${p.status}.`);
    return this.participation(input.participationId);
  }
}
