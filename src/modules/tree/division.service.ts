import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../../context';
import { badInput, notFound } from '../../shared/errors';
import { readPageArgs, toPage, type Page } from '../../shared/pagination';
import { isWithin } from '../../shared/tree-path';
import { readRows } from '../../shared/read-rows';
import { Person } from '../people';
import { Division } from './division.entity';
import { DivisionKind } from './division.enums';
import type { DivisionSearchArgs, UpdateDivisionInput } from './division.inputs';

const CODE = /^\d{12}(\d{3}){0,2}$/;

/** BAD_USER_INPUT unless `code` has the shape of a division code. */
export function assertCode(code: string, field = 'code'): void {
  if (!CODE.test(code)) {
    throw badInput('TREE.BAD_CODE', `"${code.slice(0, 40)}" is not a division code (12, 15 or 18 digits).`, [
      { field, message: '12, 15 or 18 digits' },
    ]);
  }
}

/** The rules of the governance tree. */
export class DivisionService {
  constructor(private readonly ctx: Context) {}

  /** The node with `code`; NOT_FOUND when there is none. */
  async byCode(code: string, field = 'code'): Promise<Division> {
    assertCode(code, field);
    const division = await this.ctx.loaders.divisionByCode.load(code);
    if (!division) throw notFound('TREE.UNKNOWN_CODE', `No division has the code ${code}.`);
    return division;
  }

  /** The node's ancestors from the city down, without the node itself. */
  async ancestors(division: Division): Promise<Division[]> {
    const codes = division.path.split('/').filter(Boolean).slice(0, -1);
    const rows = await this.ctx.loaders.divisionByCode.loadMany(codes);
    return rows.filter((r): r is Division => r instanceof Division);
  }

  /** The node's children, limited for a token to those inside its reach. */
  async children(division: Division): Promise<Division[]> {
    const rows = await this.ctx.loaders.childrenOf.load(division.id);
    return this.ctx.viewer.kind === 'token' ? rows.filter((c) => this.ctx.viewer.canSeeTreeNode(c.path)) : rows;
  }

  /** A filtered, cursor-paginated subtree search ordered by code. */
  async search(args: DivisionSearchArgs): Promise<Page<Division>> {
    const { first, afterKey } = readPageArgs(args);
    const where: FilterQuery<Division> = {};
    const under = args.under ? (await this.byCode(args.under, 'under')).path : null;
    const reach = this.reach(under);
    if (reach === null)
      return toPage(
        [],
        first,
        () => '',
        async () => 0,
      );
    if (reach) where.path = { $like: `${reach}%` };
    if (args.parent) where.parent = (await this.byCode(args.parent, 'parent')).id;
    if (args.kinds?.length) where.kind = { $in: args.kinds };
    if (args.nameContains) {
      const text = args.nameContains.trim();
      if (!text || text.length > 50)
        throw badInput('TREE.BAD_NAME_FILTER', 'nameContains must be 1–50 characters.', [
          { field: 'nameContains', message: '1–50 characters' },
        ]);
      where.name = { $like: `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%` };
    }
    const page = afterKey ? { ...where, code: { $gt: afterKey } } : where;
    const rows = await readRows(this.ctx.em, Division, page, { orderBy: { code: 'asc' }, limit: first + 1 });
    return toPage(
      rows,
      first,
      (d) => d.code,
      () => this.ctx.em.count(Division, where),
    );
  }

  /**
   * The subtree a search may cover: `under` for people (the tree's public fields are open to
   * them), the part of `under` inside its own subtree for a token; null when nothing is left.
   */
  private reach(under: string | null): string | null | undefined {
    const v = this.ctx.viewer;
    if (v.kind !== 'token') return under ?? undefined;
    const own = v.grants[0].path;
    if (!under || isWithin(own, under)) return own;
    return isWithin(under, own) ? under : null;
  }

  /** Renames a node or sets a building's household head. */
  async update(input: UpdateDivisionInput): Promise<Division> {
    const division = await this.ctx.em.findOneOrFail(Division, { id: (await this.byCode(input.code)).id });
    this.ctx.audit.scope(division.path, true);
    if (input.name !== undefined && input.name !== null) {
      const name = input.name.trim();
      if (name.length < 1 || name.length > 100)
        throw badInput('TREE.BAD_NAME', 'The name must be 1–100 characters.', [
          { field: 'name', message: '1–100 characters' },
        ]);
      division.name = name;
    }
    if (input.householdHeadId !== undefined) {
      if (division.kind !== DivisionKind.BUILDING) {
        throw badInput('TREE.NOT_A_BUILDING', 'Only buildings have a household head.', [
          { field: 'householdHeadId', message: 'only for buildings' },
        ]);
      }
      if (input.householdHeadId === null) division.householdHead = null;
      else {
        const id = Number(input.householdHeadId);
        const person = Number.isSafeInteger(id) ? await this.ctx.em.findOne(Person, { id }) : null;
        if (!person) throw notFound('PEOPLE.UNKNOWN_PERSON', `No person has the id ${input.householdHeadId}.`);
        division.householdHead = person;
      }
    }
    await this.ctx.em.flush();
    return division;
  }
}
