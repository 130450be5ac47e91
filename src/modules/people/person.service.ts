import type { Context } from '../../context';
import { notFound } from '../../shared/errors';
import { parseId } from '../../shared/ids';
import type { Person } from './person.entity';

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
