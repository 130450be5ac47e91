import type { Context } from '../../context';
import { badInput, notFound } from '../../shared/errors';
import type { Person } from './person.entity';

/** Parses a numeric id argument; BAD_USER_INPUT when it is not one. */
export function parseId(id: string, field = 'id'): number {
  const n = Number(id);
  if (!/^\d{1,10}$/.test(id) || !Number.isSafeInteger(n) || n > 2_147_483_647) {
    throw badInput('INPUT.BAD_ID', `"${String(id).slice(0, 20)}" is not an id.`, [{ field, message: 'a positive integer id' }]);
  }
  return n;
}

/** The rules about people. */
export class PersonService {
  constructor(private readonly ctx: Context) {}

  async byId(id: string): Promise<Person> {
    const person = await this.ctx.loaders.personById.load(parseId(id));
    if (!person) throw notFound('PEOPLE.UNKNOWN_PERSON', `No person has the id ${id}.`);
    return person;
  }

  /** True when the caller may see this person's phone and ID number unmasked. */
  seesPersonalData(p: Person): boolean {
    const v = this.ctx.viewer;
    return v.personId === p.id || (!!p.homePath && v.canSeePersonalData(p.homePath));
  }
}
