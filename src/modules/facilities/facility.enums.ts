import { registerEnumType } from 'type-graphql';

/** Kinds of community (village) service facilities. */
export enum FacilityKind {
  /** A community's office and activity space (“两房”). */
  OFFICE_ACTIVITY_SPACE = 'OFFICE_ACTIVITY_SPACE',
  ONE_STOP_SERVICE = 'ONE_STOP_SERVICE',
  PARTY_ACTIVITY_ROOM = 'PARTY_ACTIVITY_ROOM',
  READING_ROOM = 'READING_ROOM',
  VILLAGE_VENUE = 'VILLAGE_VENUE',
  GROUP_VENUE = 'GROUP_VENUE',
}

/**
 * Minimum floor area per kind, in m²: 400 for a community's “两房” and 70 for a villager
 * group's venue (the source's figures); 200 for a village's activity venue (the platform's
 * configured standard). Kinds without a figure have no area standard.
 */
export const FACILITY_STANDARD_M2: Partial<Record<FacilityKind, number>> = {
  [FacilityKind.OFFICE_ACTIVITY_SPACE]: 400,
  [FacilityKind.VILLAGE_VENUE]: 200,
  [FacilityKind.GROUP_VENUE]: 70,
};

registerEnumType(FacilityKind, {
  name: 'FacilityKind',
  description: 'Kind of service facility. 综合服务设施类型',
  valuesConfig: {
    OFFICE_ACTIVITY_SPACE: { description: "A community's office and activity space, standard 400 m². 社区“两房”" },
    ONE_STOP_SERVICE: { description: 'One-stop service station. “一站式”为民服务站' },
    PARTY_ACTIVITY_ROOM: { description: "Party members' activity room. 党员活动室" },
    READING_ROOM: { description: 'Reading room. 图书阅览室' },
    VILLAGE_VENUE: { description: "A village's activity venue, standard 200 m². 村级活动场所" },
    GROUP_VENUE: { description: "A villager group's venue, standard 70 m². 村民小组活动场所" },
  },
});
