import { allow, argsRule, isPerson, isSignedIn, and } from '../../shared/rules';
import { DivisionService, figuresOfNodeRule } from '../tree';
import { FacilityService } from './facility.service';

const readFigures = figuresOfNodeRule('facilities:figures');
const administerNode = argsRule<{ input: { divisionCode: string } }>('facilities:record', async (ctx, _p, { input }) =>
  ctx.viewer.canAdminister((await new DivisionService(ctx).byCode(input.divisionCode, 'divisionCode')).path),
);
const administerFacility = argsRule<{ input: { facilityId: string } }>(
  'facilities:upgrade',
  async (ctx, _p, { input }) =>
    ctx.viewer.canAdminister((await new FacilityService(ctx).facility(input.facilityId)).divisionPath),
);

/** Facilities are public to signed-in people; their node's administrators record them. */
export const facilityRules = {
  Query: { facilities: isPerson, facilityFigures: readFigures },
  Mutation: { recordFacility: and(isPerson, administerNode), recordFacilityUpgrade: and(isPerson, administerFacility) },
  Facility: isSignedIn,
  FacilityUpgrade: isSignedIn,
  FacilityFigures: allow,
  FacilityKindFigures: allow,
  FacilityStepFigures: allow,
};
