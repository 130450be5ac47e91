/**
 * The seeder of the city, where development and tests look for it. Its code lives with the
 * platform (src/db/seed/), which loads it for a production start with SEED_ON_START and for
 * `npm run seed`; src/ never imports seeds/.
 */
export { isEmpty, seedCity, type Progress, type SeedOptions } from '../src/db/seed/city.seeder';
