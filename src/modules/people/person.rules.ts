import { Scope } from '../../auth/scopes';
import type { Context } from '../../context';
import { isSignedIn, objectRule, readVerdict, type Verdict } from '../../shared/rules';
import type { Person } from './person.entity';

/** A person is visible to themself and to roles (and tokens with PEOPLE_READ) that read where they live. */
export function canSeePerson(ctx: Context, p: Person): Verdict {
  return ctx.viewer.personId === p.id || (!!p.homePath && readVerdict(ctx, p.homePath, Scope.PEOPLE_READ));
}

/** Who may read people. Masking of phone and ID number is decided per field in the resolver. */
export const personRules = {
  Query: { person: isSignedIn },
  Person: { '*': objectRule<Person>('person:see', canSeePerson) },
};
