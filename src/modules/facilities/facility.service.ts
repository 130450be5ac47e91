import type { Context } from '../../context';
import { wholeNumber } from '../../shared/validate';
import { assertRoom, CAP, lockParent } from '../../shared/caps';
import { badInput, notFound } from '../../shared/errors';
import { readRows } from '../../shared/read-rows';
import { parseId } from '../../shared/ids';
import { Division, DivisionService } from '../tree';
import { Facility, FacilityUpgrade } from './facility.entities';
import { FACILITY_STANDARD_M2, type FacilityKind } from './facility.enums';

/** Figures of one kind of facility in a subtree. */
export interface FacilityKindFigures {
  kind: FacilityKind;
  facilities: number;
  meetingStandard: number | null;
  upgraded: number;
  investmentYuan: number;
}

/** Figures of one step of the upgrades in a subtree. */
export interface FacilityStepFigures {
  step: number;
  upgrades: number;
  investmentYuan: number;
}

/** Facilities and their upgrades; compliance with the standard is computed, never stored. */
export class FacilityService {
  constructor(private readonly ctx: Context) {}

  /** The standard area of a facility's kind, if its kind has one. */
  static standard(f: Pick<Facility, 'kind'>): number | null {
    return FACILITY_STANDARD_M2[f.kind] ?? null;
  }

  /** Whether a facility meets its standard (null when its kind has none). */
  static meets(f: Pick<Facility, 'kind' | 'floorAreaM2'>): boolean | null {
    const standard = FacilityService.standard(f);
    return standard === null ? null : f.floorAreaM2 >= standard;
  }

  async atNode(code: string): Promise<Facility[]> {
    const division = await new DivisionService(this.ctx).byCode(code);
    return readRows(this.ctx.em, Facility, { division: division.id }, { orderBy: { id: 'asc' } });
  }

  async facility(id: string): Promise<Facility> {
    const [found] = await readRows(this.ctx.em, Facility, { id: parseId(id, 'facilityId') });
    if (!found) throw notFound('FACILITIES.UNKNOWN_FACILITY', `No facility has the id ${id}.`);
    this.ctx.audit.scope(found.divisionPath);
    return found;
  }

  async record(input: {
    divisionCode: string;
    kind: FacilityKind;
    name: string;
    floorAreaM2: number;
  }): Promise<Facility> {
    const division = await new DivisionService(this.ctx).byCode(input.divisionCode, 'divisionCode');
    const name = input.name.trim();
    if (name.length < 2 || name.length > 120)
      throw badInput('INPUT.BAD_LENGTH', 'The name must be 2–120 characters.', [
        { field: 'name', message: '2–120 characters' },
      ]);
    const floorAreaM2 = wholeNumber(input.floorAreaM2, 'floorAreaM2', 1, 100_000);
    const facility = await this.ctx.em.transactional(async (em) => {
      await lockParent(em, 'division', division.id);
      await assertRoom(em, CAP.nodeFacilities, `select count(*) as n from facility where division_id = ?`, [
        division.id,
      ]);
      const created = em.create(Facility, {
        division: em.getReference(Division, division.id),
        divisionPath: division.path,
        kind: input.kind,
        name,
        floorAreaM2,
      });
      await em.flush();
      return created;
    });
    this.ctx.audit.scope(division.path, true);
    return facility;
  }

  /** Records an upgrade and the facility's new area, together. */
  async upgrade(input: {
    facilityId: string;
    step: number;
    year: number;
    investmentYuan: number;
    areaAfterM2: number;
    result: string;
  }): Promise<FacilityUpgrade> {
    const facility = await this.facility(input.facilityId);
    const result = input.result.trim();
    if (result.length < 2 || result.length > 200)
      throw badInput('INPUT.BAD_LENGTH', 'The result must be 2–200 characters.', [
        { field: 'result', message: '2–200 characters' },
      ]);
    const row = {
      facility: facility.id,
      divisionPath: facility.divisionPath,
      step: wholeNumber(input.step, 'step', 1, 3),
      year: wholeNumber(input.year, 'year', 2000, 2100),
      investmentYuan: wholeNumber(input.investmentYuan, 'investmentYuan', 0, 2_000_000_000),
      areaBeforeM2: facility.floorAreaM2,
      areaAfterM2: wholeNumber(input.areaAfterM2, 'areaAfterM2', 1, 100_000),
      result,
    };
    const id = await this.ctx.em.transactional(async (em) => {
      await lockParent(em, 'facility', facility.id);
      await assertRoom(em, CAP.facilityUpgrades, `select count(*) as n from facility_upgrade where facility_id = ?`, [
        facility.id,
      ]);
      const upgrade = em.create(FacilityUpgrade, row);
      await em.flush();
      await em.execute('update facility set floor_area_m2 = ? where id = ?', [row.areaAfterM2, facility.id]);
      return upgrade.id;
    });
    return (await readRows(this.ctx.em, FacilityUpgrade, { id }))[0];
  }

  /** Per kind and per step, for the subtree at `path`, in two statements. */
  async figures(path: string): Promise<{ kinds: FacilityKindFigures[]; steps: FacilityStepFigures[] }> {
    const like = `${path}%`;
    const kinds = await this.ctx.em.execute<Record<string, string>[]>(
      `select f.kind, count(distinct f.id) as facilities,
              count(distinct f.id) filter (where f.floor_area_m2 >= case f.kind ${Object.entries(FACILITY_STANDARD_M2)
                .map(([k, v]) => `when '${k}' then ${Number(v)}`)
                .join(' ')} end) as meeting,
              count(distinct u.facility_id) as upgraded, coalesce(sum(u.investment_yuan), 0) as investment
         from facility f left join facility_upgrade u on u.facility_id = f.id
        where f.division_path like ? group by f.kind order by f.kind`,
      [like],
    );
    const steps = await this.ctx.em.execute<Record<string, string>[]>(
      `select step, count(*) as upgrades, coalesce(sum(investment_yuan), 0) as investment from facility_upgrade where division_path like ? group by step order by step`,
      [like],
    );
    return {
      kinds: kinds.map((k) => ({
        kind: k.kind as FacilityKind,
        facilities: Number(k.facilities),
        meetingStandard: FACILITY_STANDARD_M2[k.kind as FacilityKind] === undefined ? null : Number(k.meeting),
        upgraded: Number(k.upgraded),
        investmentYuan: Number(k.investment),
      })),
      steps: steps.map((s) => ({
        step: Number(s.step),
        upgrades: Number(s.upgrades),
        investmentYuan: Number(s.investment),
      })),
    };
  }
}
