import { GraphQLScalarType } from 'graphql';
import { GraphQLJSONObject } from 'graphql-scalars';

/** A JSON object (graphql-scalars' JSONObject, described for this schema). */
export const JSONObject = new GraphQLScalarType({
  ...GraphQLJSONObject.toConfig(),
  description: 'A JSON object, e.g. the variables of a query or the answer of a saved query run. JSON 对象',
});
