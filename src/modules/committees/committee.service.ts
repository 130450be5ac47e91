import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context';
import { termCovers, today } from '../../shared/dates';
import { assertRoom, CAP, lockParent } from '../../shared/caps';
import { badInput, conflict, notFound } from '../../shared/errors';
import { readRows } from '../../shared/read-rows';
import { parentPath } from '../../shared/tree-path';
import { isoDate, text } from '../../shared/validate';
import { parseId } from '../../shared/ids';
import { OrganisationService } from '../organisations';
import { PersonService } from '../people';
import { DivisionService } from '../tree';
import { CommitteeSeat, PartyCommittee, SeatKind, SeatStatus } from './committee.entities';

/** Committee figures of a subtree. */
export interface CommitteeFigures {
  committees: number;
  bigCommittees: number;
  partTimeMembers: number;
}

const UNIQUE_VIOLATION = '23505';

/** Why a seat was ended by the server: its term ran out while it was still open. */
const TERM_OVER_REASON = '任期届满';

/**
 * Ends the person's open (nominated or active) seats on the committee whose term ended before
 * `day`, keeping the term's end; answers their ids. Under the rows' locks: two nominations at
 * once end a seat once.
 */
async function endLapsedSeats(
  em: EntityManager,
  committeeId: number,
  personId: number,
  day: string,
): Promise<number[]> {
  const rows = await em.execute<{ id: number }[]>(
    `update committee_seat set status = ?, reason = ? where committee_id = ? and person_id = ? and status in (?, ?) and ends_on < ? returning id`,
    [SeatStatus.ENDED, TERM_OVER_REASON, committeeId, personId, SeatStatus.NOMINATED, SeatStatus.ACTIVE, day],
  );
  return rows.map((r) => r.id);
}

/** Party committees and their seats: delegation by member units, confirmation by the secretary. */
export class CommitteeService {
  constructor(private readonly ctx: Context) {}

  async ofCommunity(code: string): Promise<PartyCommittee> {
    const community = await new DivisionService(this.ctx).byCode(code, 'communityCode');
    const [committee] = await readRows(this.ctx.em, PartyCommittee, { community: community.id });
    if (!committee) throw notFound('COMMITTEES.NONE', `${community.name} has no party committee.`);
    return committee;
  }

  /** The committees beneath a node, by community code order. */
  async under(code: string): Promise<PartyCommittee[]> {
    const path = (await new DivisionService(this.ctx).byCode(code, 'under')).path;
    // One past the field's bound (1000): more fails the field instead of being cut off.
    return readRows(
      this.ctx.em,
      PartyCommittee,
      { communityPath: { $like: `${path}%` } },
      { orderBy: { communityPath: 'asc' }, limit: 1001 },
    );
  }

  async committee(id: string): Promise<PartyCommittee> {
    const [committee] = await readRows(this.ctx.em, PartyCommittee, { id: parseId(id, 'committeeId') });
    if (!committee) throw notFound('COMMITTEES.UNKNOWN_COMMITTEE', `No committee has the id ${id}.`);
    this.ctx.audit.scope(committee.communityPath);
    return committee;
  }

  async seat(id: string): Promise<CommitteeSeat> {
    const [seat] = await readRows(this.ctx.em, CommitteeSeat, { id: parseId(id, 'seatId') });
    if (!seat) throw notFound('COMMITTEES.UNKNOWN_SEAT', `No seat has the id ${id}.`);
    this.ctx.audit.scope(seat.communityPath);
    return seat;
  }

  /** A seat counts while it is confirmed and its term covers today. */
  static active(s: CommitteeSeat): boolean {
    return s.status === SeatStatus.ACTIVE && termCovers(s.startsOn, s.endsOn, today());
  }

  /**
   * A member unit nominates its delegate; the unit must be stationed in the community or at its
   * street, and the term must not be over. A seat of the person's whose term is over no longer
   * counts as open: it is ended (with its term's end) in the same transaction, then the new
   * nomination is made — one open seat per person, as the database's unique index holds.
   */
  async nominate(input: {
    committeeId: string;
    unitId: string;
    personId: string;
    startsOn: string;
    endsOn?: string | null;
  }): Promise<CommitteeSeat> {
    const committee = await this.committee(input.committeeId);
    const unit = await new OrganisationService(this.ctx).byId(input.unitId, 'unitId');
    const person = await new PersonService(this.ctx).byId(input.personId);
    const streetPath = parentPath(committee.communityPath);
    if (unit.divisionPath !== committee.communityPath && unit.divisionPath !== streetPath) {
      throw badInput('COMMITTEES.NOT_STATIONED', 'The unit is not stationed in the community or at its street.', [
        { field: 'unitId', message: 'a unit of the community or its street' },
      ]);
    }
    if (!committee.big)
      throw conflict('COMMITTEES.NOT_BIG', 'Only a big committee (大党委) seats delegates of member units.');
    const startsOn = isoDate(input.startsOn, 'startsOn');
    const endsOn = input.endsOn ? isoDate(input.endsOn, 'endsOn') : null;
    if (endsOn && endsOn < startsOn)
      throw badInput('COMMITTEES.BAD_TERM', 'The term ends before it starts.', [
        { field: 'endsOn', message: 'on or after startsOn' },
      ]);
    const day = today();
    if (endsOn && endsOn < day)
      throw badInput('COMMITTEES.TERM_OVER', 'The term is already over.', [
        { field: 'endsOn', message: `${day} or later` },
      ]);
    let id: number;
    try {
      id = await this.ctx.em.transactional(async (em) => {
        await lockParent(em, 'party_committee', committee.id);
        await assertRoom(em, CAP.committeeSeats, `select count(*) as n from committee_seat where committee_id = ?`, [
          committee.id,
        ]);
        for (const ended of await endLapsedSeats(em, committee.id, person.id, day)) this.ctx.audit.target(ended);
        const [row] = await em.execute<{ id: number }[]>(
          `insert into committee_seat (committee_id, community_path, person_id, kind, unit_id, status, starts_on, ends_on) values (?, ?, ?, ?, ?, ?, ?, ?) returning id`,
          [
            committee.id,
            committee.communityPath,
            person.id,
            SeatKind.PART_TIME,
            unit.id,
            SeatStatus.NOMINATED,
            startsOn,
            endsOn,
          ],
        );
        return row.id;
      });
    } catch (err) {
      if ((err as { code?: string }).code === UNIQUE_VIOLATION)
        throw conflict(
          'COMMITTEES.ALREADY_SEATED',
          'The person already holds or is nominated for a seat on this committee.',
        );
      throw err;
    }
    this.ctx.audit.target(id);
    return this.seat(String(id));
  }

  /** The secretary confirms or declines a nomination. */
  async decide(input: { seatId: string; confirm: boolean; reason?: string | null }): Promise<CommitteeSeat> {
    const seat = await this.seat(input.seatId);
    const reason = input.reason ? text(input.reason, 'reason', 1, 300) : null;
    if (!input.confirm && !reason)
      throw badInput('COMMITTEES.REASON_REQUIRED', 'Give a reason when declining.', [
        { field: 'reason', message: 'required when declining' },
      ]);
    if (input.confirm && seat.endsOn && seat.endsOn < today())
      throw conflict(
        'COMMITTEES.TERM_OVER',
        'The term of this nomination is already over; decline it, or nominate again.',
      );
    return this.move(seat, SeatStatus.NOMINATED, input.confirm ? SeatStatus.ACTIVE : SeatStatus.DECLINED, reason);
  }

  /** The unit or the secretary ends a seat; its history stays. */
  async end(input: { seatId: string; reason: string }): Promise<CommitteeSeat> {
    const seat = await this.seat(input.seatId);
    return this.move(seat, SeatStatus.ACTIVE, SeatStatus.ENDED, text(input.reason, 'reason', 1, 300), today());
  }

  private async move(
    seat: CommitteeSeat,
    from: SeatStatus,
    to: SeatStatus,
    reason: string | null,
    endsOn?: string,
  ): Promise<CommitteeSeat> {
    const rows = await this.ctx.em.execute(
      `update committee_seat set status = ?, reason = ?${endsOn ? ', ends_on = least(coalesce(ends_on, ?), ?)' : ''} where id = ? and status = ? returning id`,
      endsOn ? [to, reason, endsOn, endsOn, seat.id, from] : [to, reason, seat.id, from],
    );
    if (!rows.length) throw conflict('COMMITTEES.WRONG_STEP', `The seat is ${seat.status}, not ${from}.`);
    return this.seat(String(seat.id));
  }

  async figures(code: string): Promise<CommitteeFigures> {
    const path = (await new DivisionService(this.ctx).byCode(code)).path;
    const day = today();
    const [row] = await this.ctx.em.execute<Record<string, string>[]>(
      `select (select count(*) from party_committee where community_path like ?) as committees,
              (select count(*) from party_committee where community_path like ? and big) as big,
              (select count(*) from committee_seat where community_path like ? and kind = 'PART_TIME' and status = 'ACTIVE'
                 and starts_on <= ? and (ends_on is null or ends_on >= ?)) as part_time`,
      [`${path}%`, `${path}%`, `${path}%`, day, day],
    );
    return {
      committees: Number(row.committees),
      bigCommittees: Number(row.big),
      partTimeMembers: Number(row.part_time),
    };
  }
}
