import type { Context } from '../../context';
import { today } from '../../shared/dates';
import { assertRoom, CAP, lockList } from '../../shared/caps';
import { badInput, conflict } from '../../shared/errors';
import { readRows } from '../../shared/read-rows';
import { OrganisationKind, OrganisationService } from '../organisations';
import { DivisionService } from '../tree';
import { isValidCreditCode } from './credit-code';
import {
  SocialOrganisation,
  SocialWorker,
  type RegistrationLevel,
  type SocialOrganisationCategory,
} from './linkage.entities';

/** Figures of the three-way linkage in a subtree. */
export interface LinkageFigures {
  socialOrganisations: number;
  socialWorkers: number;
  licensedSocialWorkers: number;
}

/** Social organisations and social workers (三社联动). */
export class LinkageService {
  constructor(private readonly ctx: Context) {}

  async organisations(under: string): Promise<SocialOrganisation[]> {
    const path = (await new DivisionService(this.ctx).byCode(under, 'under')).path;
    // One past the field's bound: more fails the field instead of being cut off.
    return readRows(
      this.ctx.em,
      SocialOrganisation,
      { organisationPath: { $like: `${path}%` } },
      { orderBy: { id: 'asc' }, limit: CAP.socialOrganisations.limit + 1 },
    );
  }

  async workers(organisationId: string): Promise<SocialWorker[]> {
    const org = await new OrganisationService(this.ctx).byId(organisationId, 'organisationId');
    return readRows(this.ctx.em, SocialWorker, { employer: org.id }, { orderBy: { id: 'asc' } });
  }

  /** A worker is licensed while the licence has not expired. */
  static licensed(w: SocialWorker): boolean {
    return w.expiresOn >= today();
  }

  /** Registers an organisation of kind SOCIAL_ORGANISATION with its credit code. */
  async register(input: {
    organisationId: string;
    creditCode: string;
    registrationLevel: RegistrationLevel;
    category: SocialOrganisationCategory;
  }): Promise<SocialOrganisation> {
    const org = await new OrganisationService(this.ctx).byId(input.organisationId, 'organisationId');
    if (org.kind !== OrganisationKind.SOCIAL_ORGANISATION)
      throw badInput('LINKAGE.NOT_A_SOCIAL_ORGANISATION', 'Only a social organisation registers here.', [
        { field: 'organisationId', message: 'a social organisation' },
      ]);
    const code = input.creditCode.trim().toUpperCase();
    if (!isValidCreditCode(code))
      throw badInput(
        'LINKAGE.BAD_CREDIT_CODE',
        'Not a valid unified social credit code (18 characters with its check character).',
        [{ field: 'creditCode', message: 'GB 32100-2015' }],
      );
    await this.ctx.em.transactional(async (em) => {
      await lockList(em, CAP.socialOrganisations);
      await assertRoom(em, CAP.socialOrganisations, `select count(*) as n from social_organisation`, []);
      const rows = await em.execute(
        `insert into social_organisation (organisation_id, organisation_path, credit_code, registration_level, category) values (?, ?, ?, ?, ?) on conflict do nothing returning id`,
        [org.id, org.divisionPath, code, input.registrationLevel, input.category],
      );
      if (!rows.length)
        throw conflict('LINKAGE.ALREADY_REGISTERED', 'The organisation or the credit code is already registered.');
    });
    return (await readRows(this.ctx.em, SocialOrganisation, { organisation: org.id }))[0];
  }

  async figures(code: string): Promise<LinkageFigures> {
    const path = (await new DivisionService(this.ctx).byCode(code)).path;
    const [row] = await this.ctx.em.execute<Record<string, string>[]>(
      `select (select count(*) from social_organisation where organisation_path like ?) as orgs,
              (select count(*) from social_worker where employer_path like ?) as workers,
              (select count(*) from social_worker where employer_path like ? and expires_on >= ?) as licensed`,
      [`${path}%`, `${path}%`, `${path}%`, today()],
    );
    return {
      socialOrganisations: Number(row.orgs),
      socialWorkers: Number(row.workers),
      licensedSocialWorkers: Number(row.licensed),
    };
  }
}
