import { registerEnumType } from 'type-graphql';

/** The kind of an organisation. */
export enum OrganisationKind {
  CIVIL_AFFAIRS_BUREAU = 'CIVIL_AFFAIRS_BUREAU',
  STREET_OFFICE = 'STREET_OFFICE',
  COMMUNITY_COMMITTEE = 'COMMUNITY_COMMITTEE',
  PARTY_ORGANISATION = 'PARTY_ORGANISATION',
  POLICE_STATION = 'POLICE_STATION',
  PROPERTY_COMPANY = 'PROPERTY_COMPANY',
  OWNERS_COMMITTEE = 'OWNERS_COMMITTEE',
  SOCIAL_ORGANISATION = 'SOCIAL_ORGANISATION',
  ENTERPRISE = 'ENTERPRISE',
  VOLUNTEER_STATION = 'VOLUNTEER_STATION',
  MERCHANT = 'MERCHANT',
  GOVERNMENT_DEPARTMENT = 'GOVERNMENT_DEPARTMENT',
}

/** Where an organisation stands on the platform. */
export enum OrganisationStatus {
  PENDING = 'PENDING',
  ACTIVE = 'ACTIVE',
  DECLINED = 'DECLINED',
}

registerEnumType(OrganisationKind, {
  name: 'OrganisationKind',
  description: 'Kind of organisation. 机构类型',
  valuesConfig: {
    CIVIL_AFFAIRS_BUREAU: { description: 'Civil-affairs bureau. 民政局' },
    STREET_OFFICE: { description: 'Street office or township government. 街道办事处/乡镇政府' },
    COMMUNITY_COMMITTEE: { description: "Residents' or villagers' committee. 居委会/村委会" },
    PARTY_ORGANISATION: { description: 'Party organisation. 党组织' },
    POLICE_STATION: { description: 'Police station. 派出所' },
    PROPERTY_COMPANY: { description: 'Property management company. 物业公司' },
    OWNERS_COMMITTEE: { description: "Owners' committee. 业主委员会" },
    SOCIAL_ORGANISATION: { description: 'Social organisation. 社会组织' },
    ENTERPRISE: { description: 'Enterprise or institution. 企事业单位' },
    VOLUNTEER_STATION: { description: 'Volunteer service station. 学雷锋志愿服务站' },
    MERCHANT: { description: 'Shop or service provider accepting Golden Beans. 金豆商家' },
    GOVERNMENT_DEPARTMENT: {
      description: 'A functional department of government that places tasks on communities. 职能部门',
    },
  },
});

registerEnumType(OrganisationStatus, {
  name: 'OrganisationStatus',
  description: "An organisation's standing. 机构状态",
  valuesConfig: {
    PENDING: { description: 'Applied to join, awaiting a decision. 待审核' },
    ACTIVE: { description: 'Approved and active. 已加入' },
    DECLINED: { description: 'Application declined. 已拒绝' },
  },
});
