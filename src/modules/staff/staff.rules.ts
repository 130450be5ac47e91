import { Scope } from '../../auth/scopes';
import type { Context } from '../../context';
import { argsRule, isPerson, isSignedIn, objectRule, and, readVerdict } from '../../shared/rules';
import { DivisionService } from '../tree';
import type { StaffRecord } from './staff.entities';

const readStaff = argsRule<{ code: string }>('staff:list', async (ctx, _p, args) => {
  const path = (await new DivisionService(ctx).byCode(args.code)).path;
  return ctx.viewer.canSeePay(path) || readVerdict(ctx, path, Scope.PEOPLE_READ);
});
const own = (ctx: Context, r: StaffRecord) => r.person.id === ctx.viewer.personId;

/** Pay is personal data of its own kind: the person, and HR officers above them. */
export const canSeePay = (ctx: Context, r: StaffRecord) => own(ctx, r) || ctx.viewer.canSeePay(r.divisionPath);

/** Who may read staff and their pay. */
export const staffRules = {
  Query: { payScale: isSignedIn, staff: and(isPerson, readStaff), myStaffRecord: isPerson },
  StaffRecord: {
    '*': objectRule<StaffRecord>(
      'staff:see',
      (ctx, r) =>
        own(ctx, r) || ctx.viewer.canSeePay(r.divisionPath) || readVerdict(ctx, r.divisionPath, Scope.PEOPLE_READ),
    ),
    pay: objectRule<StaffRecord>('staff:pay', canSeePay, 'STAFF.PAY_RESTRICTED'),
  },
  // Reached only through a record's guarded `pay`.
  StaffPayType: isSignedIn,
  // The scale is public policy.
  PayScale: isSignedIn,
};
