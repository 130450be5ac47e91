import { Args, ArgsType, Ctx, Field, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { readPageArgs, toPage, connectionOf, PageArgs } from '../../shared/pagination';
import { DivisionService } from '../tree';
import { AuditEntry } from './audit-entry.entity';

export const { Edge: AuditEntryEdge, Connection: AuditEntryConnection } = connectionOf(
  AuditEntry,
  'AuditEntry',
  '审计记录',
);

/** Filters of the audit trail. */
@ArgsType()
export class AuditSearchArgs extends PageArgs {
  @Field({ description: 'The node (code) whose subtree to read. 节点代码' })
  under!: string;

  @Field(() => String, { nullable: true, description: 'Only this operation. 操作' })
  operation?: string | null;
}

/** The append-only audit trail, newest first. */
@Resolver()
export class AuditResolver {
  @Query(() => AuditEntryConnection, { description: 'Audit entries within a subtree, newest first. 审计记录' })
  async auditEntries(@Args() args: AuditSearchArgs, @Ctx() ctx: Context) {
    const { first, afterKey } = readPageArgs(args);
    const division = await new DivisionService(ctx).byCode(args.under, 'under');
    const where = {
      scopePath: { $like: `${division.path}%` },
      ...(args.operation ? { operation: args.operation } : {}),
    };
    const page = afterKey ? { ...where, id: { $lt: afterKey } } : where;
    const rows = await ctx.em.find(AuditEntry, page, { orderBy: { id: 'desc' }, limit: first + 1 });
    return toPage(
      rows,
      first,
      (e) => e.id,
      () => ctx.em.count(AuditEntry, where),
    );
  }
}
