import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { applyMiddleware } from 'graphql-middleware';
import { buildSchema } from 'type-graphql';
import { MODULES } from './modules';
import { permissions } from './permissions';

type Resolvers = Parameters<typeof buildSchema>[0]['resolvers'];

/** The schema as the code declares it, without the permission layer (for emitting SDL). */
export function buildBareSchema(): Promise<GraphQLSchema> {
  const resolvers = MODULES.flatMap((m) => [...m.resolvers]) as unknown as Resolvers;
  return buildSchema({ resolvers, validate: false, emitSchemaFile: false });
}

/** The served schema: every field passes through the permission layer. */
export async function buildAppSchema(): Promise<GraphQLSchema> {
  return applyMiddleware(await buildBareSchema(), permissions());
}
