import 'reflect-metadata';
import { GraphQLScalarType, type GraphQLSchema } from 'graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { applyMiddleware } from 'graphql-middleware';
import { buildSchema } from 'type-graphql';
import { MODULES } from './modules';
import { auditMiddleware } from './modules/audit';
import { permissions } from './permissions';
import { enforceListBounds } from './shared/cost';
import { sliceHeavyRequests } from './shared/slicing';

/** Date and time, ISO 8601 in UTC. */
const DateTime = new GraphQLScalarType({
  ...GraphQLDateTimeISO.toConfig(),
  description: 'A date and time in UTC, ISO 8601, e.g. 2026-11-25T08:30:00.000Z. 日期时间',
});

type Resolvers = Parameters<typeof buildSchema>[0]['resolvers'];

/** The schema as the code declares it, without the permission layer (for emitting SDL); lists held to their bounds. */
export async function buildBareSchema(): Promise<GraphQLSchema> {
  const resolvers = MODULES.flatMap((m) => [...m.resolvers]) as unknown as Resolvers;
  const schema = await buildSchema({
    resolvers,
    validate: false,
    emitSchemaFile: false,
    scalarsMap: [{ type: Date, scalar: DateTime }],
  });
  schema.getQueryType()!.description = 'What can be read. 查询';
  schema.getMutationType()!.description = 'What can be changed; every mutation is audited. 变更';
  return enforceListBounds(schema);
}

/**
 * The served schema: every mutation is audited, every field passes through the permission layer,
 * and heavy requests resolve in slices that let small ones through.
 */
export async function buildAppSchema(): Promise<GraphQLSchema> {
  // The first middleware is the outermost: the audit sees the permission layer's refusals.
  // Slicing wraps them all: a queued call runs the audit and the permission layer as it would at once.
  return sliceHeavyRequests(applyMiddleware(await buildBareSchema(), auditMiddleware, permissions()));
}
