import { Role } from './roles';

/**
 * Password of every demo account: published, so the accounts exist only outside production (a
 * production server refuses to start while one is in its database; see auth/known-passwords).
 */
export const DEMO_PASSWORD = 'gongzhi-demo';

/** Where a demo account's role is held, resolved against the seeded tree. */
export type DemoPlace = 'city' | 'district' | 'street' | 'community' | 'property-company';

/** One seeded demo account. */
export interface DemoAccountSpec {
  username: string;
  name: string;
  role: Role;
  place: DemoPlace;
  description: string;
}

/**
 * The demo accounts: district 五华区, its first street (华山街道) and that street's first
 * community, so that each reaches a nested part of the same branch.
 */
export const DEMO_ACCOUNTS: readonly DemoAccountSpec[] = [
  {
    username: 'bureau.admin',
    name: '李民政',
    role: Role.BUREAU_ADMIN,
    place: 'city',
    description: "Civil-affairs bureau's administrator: the whole city",
  },
  {
    username: 'district.official',
    name: '王五华',
    role: Role.DISTRICT_OFFICIAL,
    place: 'district',
    description: 'District official of 五华区',
  },
  {
    username: 'street.official',
    name: '张华山',
    role: Role.STREET_OFFICIAL,
    place: 'street',
    description: 'Street official of the first street of 五华区',
  },
  {
    username: 'community.secretary',
    name: '赵书记',
    role: Role.COMMUNITY_SECRETARY,
    place: 'community',
    description: 'Secretary of the first community of that street',
  },
  {
    username: 'analyst',
    name: '陈分析',
    role: Role.ANALYST,
    place: 'city',
    description: 'Analyst of the civil-affairs bureau: reads the whole city, personal data masked',
  },
  {
    username: 'property.admin',
    name: '刘物业',
    role: Role.ORG_ADMIN,
    place: 'property-company',
    description: "Admin of that community's property company",
  },
];
