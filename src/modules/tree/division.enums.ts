import { registerEnumType } from 'type-graphql';

/** The kind of a governance-tree node, from the city down to a building. */
export enum DivisionKind {
  CITY = 'CITY',
  DISTRICT = 'DISTRICT',
  STREET = 'STREET',
  COMMUNITY = 'COMMUNITY',
  VILLAGE = 'VILLAGE',
  GROUP = 'GROUP',
  BUILDING = 'BUILDING',
}

/** The type of an urban community. */
export enum CommunityType {
  URBAN = 'URBAN',
  VILLAGE_TO_RESIDENCE = 'VILLAGE_TO_RESIDENCE',
}

registerEnumType(DivisionKind, {
  name: 'DivisionKind',
  description: 'Level of the five-level governance tree. 五级治理层级',
  valuesConfig: {
    CITY: { description: 'The city. 市' },
    DISTRICT: { description: 'A district, county-level city or county. 区县' },
    STREET: { description: 'A street office or township. 街道/乡镇' },
    COMMUNITY: { description: 'An urban or village-to-residence community. 社区' },
    VILLAGE: { description: 'An administrative village. 村' },
    GROUP: { description: "A residents' or villagers' group. 居民小组/村民小组" },
    BUILDING: { description: 'A building or courtyard, with its household head. 楼栋/户长' },
  },
});

registerEnumType(CommunityType, {
  name: 'CommunityType',
  description: 'Type of a community. 社区类型',
  valuesConfig: {
    URBAN: { description: 'Urban community. 城市社区' },
    VILLAGE_TO_RESIDENCE: { description: 'Village-to-residence community. “村改居”社区' },
  },
});
