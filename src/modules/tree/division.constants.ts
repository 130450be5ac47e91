/** Statistical division code of the city (昆明市). */
export const CITY_CODE = '530100000000';

/** Materialised path of the city, the root of the tree. */
export const CITY_PATH = `/${CITY_CODE}/`;

/**
 * The most children a node has: Kunming's widest fan-outs are a district's streets (16 in the
 * seeded city), a street's communities and villages (22; their codes allow 399), a village's
 * groups and a group's buildings (5 and 3, a few dozen in real records).
 */
export const DIVISION_CHILDREN_MAX = 100;
