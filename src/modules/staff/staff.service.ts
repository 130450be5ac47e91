import type { Context } from '../../context';
import { readRows } from '../../shared/read-rows';
import { DivisionService } from '../tree';
import { PayScale, StaffKind, StaffRecord } from './staff.entities';

/** What a member of staff is paid each month, in yuan. */
export interface StaffPay {
  monthlyTotal: number;
  scaleYuan: number | null;
  baseYuan: number;
  performanceYuan: number;
  collectiveRewardYuan: number;
  pensionYuan: number;
  groupAllowanceYuan: number;
}

/** Staff and pay: community workers on the post × grade scale, village cadres in components. */
export class StaffService {
  constructor(private readonly ctx: Context) {}

  scale(): Promise<PayScale[]> {
    return readRows(this.ctx.em, PayScale, {}, { orderBy: { post: 'asc', grade: 'asc' } });
  }

  async atNode(code: string): Promise<StaffRecord[]> {
    const division = await new DivisionService(this.ctx).byCode(code);
    return readRows(this.ctx.em, StaffRecord, { division: division.id }, { orderBy: { id: 'asc' } });
  }

  async mine(): Promise<StaffRecord | null> {
    const [record] = await readRows(this.ctx.em, StaffRecord, { person: this.ctx.viewer.personId! });
    return record ?? null;
  }

  /** A record's monthly pay: the scale's cell for workers, the sum of the components for cadres. */
  async pay(r: StaffRecord): Promise<StaffPay> {
    const components = {
      baseYuan: r.baseYuan,
      performanceYuan: r.performanceYuan,
      collectiveRewardYuan: r.collectiveRewardYuan,
      pensionYuan: r.pensionYuan,
      groupAllowanceYuan: r.groupAllowanceYuan,
    };
    if (r.kind === StaffKind.VILLAGE_CADRE) {
      return { ...components, scaleYuan: null, monthlyTotal: Object.values(components).reduce((a, b) => a + b, 0) };
    }
    const cell = r.grade ? await this.ctx.loaders.payScaleCell.load(`${r.post}:${r.grade}`) : null;
    return { ...components, scaleYuan: cell?.monthlyYuan ?? null, monthlyTotal: cell?.monthlyYuan ?? 0 };
  }
}
