/** Statistical division code of the city (昆明市). */
export const CITY_CODE = '530100000000';

/** Materialised path of the city, the root of the tree. */
export const CITY_PATH = `/${CITY_CODE}/`;
