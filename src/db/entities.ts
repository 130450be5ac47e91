import { PLATFORM } from '../modules';
import { BaseEntity } from '../shared/base.entity';

/** Every MikroORM entity of the platform: the shared base, then each module's, as its manifest declares them. */
export const ENTITIES = [BaseEntity, ...PLATFORM.entities];
