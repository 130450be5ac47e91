import { registerEnumType } from 'type-graphql';

/** A role a person holds at a tree node or in an organisation, for a term. */
export enum Role {
  BUREAU_ADMIN = 'BUREAU_ADMIN',
  DISTRICT_OFFICIAL = 'DISTRICT_OFFICIAL',
  STREET_OFFICIAL = 'STREET_OFFICIAL',
  COMMUNITY_SECRETARY = 'COMMUNITY_SECRETARY',
  COMMUNITY_STAFF = 'COMMUNITY_STAFF',
  ANALYST = 'ANALYST',
  ORG_ADMIN = 'ORG_ADMIN',
  ORG_MEMBER = 'ORG_MEMBER',
  RESIDENT = 'RESIDENT',
  HR_OFFICER = 'HR_OFFICER',
}

/** What a role may do within the subtree it is held at. */
export interface RolePowers {
  /** Read organisations, people and role assignments in the subtree. */
  read: boolean;
  /** Change tree nodes and assign roles in the subtree. */
  administer: boolean;
  /** See phone and national ID numbers unmasked. */
  personalData: boolean;
  /** Approve partner organisations' applications and read the audit trail. */
  oversee: boolean;
  /** Rank: a role may only assign roles of lower or equal rank. */
  rank: number;
  /** Held in an organisation (rather than at a tree node). */
  organisational: boolean;
  /** Read staff pay in the subtree (pay is personal data of its own kind). */
  pay: boolean;
}

const p = (
  read: boolean,
  administer: boolean,
  personalData: boolean,
  oversee: boolean,
  rank: number,
  organisational = false,
  pay = false,
): RolePowers => ({
  read,
  administer,
  personalData,
  oversee,
  rank,
  organisational,
  pay,
});

/** The permission matrix of roles, read in one place. */
export const ROLE_POWERS: Record<Role, RolePowers> = {
  [Role.BUREAU_ADMIN]: p(true, true, true, true, 100),
  [Role.DISTRICT_OFFICIAL]: p(true, true, true, true, 80),
  [Role.STREET_OFFICIAL]: p(true, true, true, true, 60),
  [Role.COMMUNITY_SECRETARY]: p(true, true, true, false, 40),
  [Role.COMMUNITY_STAFF]: p(true, false, true, false, 20),
  [Role.ANALYST]: p(true, false, false, false, 10),
  [Role.ORG_ADMIN]: p(true, false, false, false, 30, true),
  [Role.ORG_MEMBER]: p(false, false, false, false, 5, true),
  [Role.RESIDENT]: p(false, false, false, false, 0),
  [Role.HR_OFFICER]: p(false, false, false, false, 50, false, true),
};

registerEnumType(Role, {
  name: 'Role',
  description: 'A role held at a tree node or in an organisation. 角色',
  valuesConfig: {
    BUREAU_ADMIN: { description: "The civil-affairs bureau's administrator: the whole city. 民政局管理员" },
    DISTRICT_OFFICIAL: { description: 'A district or county official: the district. 区县干部' },
    STREET_OFFICIAL: { description: 'A street office or township official: the street. 街道干部' },
    COMMUNITY_SECRETARY: { description: "The community party committee's secretary: the community. 社区书记" },
    COMMUNITY_STAFF: { description: 'A full-time community worker: reads the community. 专职社区工作者' },
    ANALYST: { description: 'An analyst: reads the subtree, personal data masked. 数据分析员' },
    ORG_ADMIN: { description: "An organisation's administrator: its profile, members and tokens. 机构管理员" },
    ORG_MEMBER: { description: 'A member of an organisation. 机构成员' },
    RESIDENT: { description: 'A resident. 居民' },
    HR_OFFICER: { description: "The bureau's or a street's HR officer: reads staff pay in the subtree. 人事专员" },
  },
});
