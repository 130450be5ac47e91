import { JSONObject } from '../../shared/json-object';
import { Field, InputType } from 'type-graphql';

export const NAME_MAX = 100;
export const DOCUMENT_MAX = 20_000;
export const VARIABLES_MAX = 10_000;

/** A query to save. */
@InputType({ description: 'A query to save from the playground. 保存查询' })
export class SaveQueryInput {
  @Field({ description: `Name, 1–${NAME_MAX} characters, unique among your queries. 名称` })
  name!: string;

  @Field({
    description: `The GraphQL document: exactly one query operation (fragments allowed), at most ${DOCUMENT_MAX} characters. 查询文本`,
  })
  document!: string;

  @Field(() => JSONObject, {
    nullable: true,
    description: 'Variables to save with it (declared by the operation). 变量',
  })
  variables?: Record<string, unknown> | null;
}

/** Changes to a saved query; what is not given stays. */
@InputType({ description: 'Changes to a saved query; omitted fields stay as they are. 修改查询' })
export class UpdateSavedQueryInput {
  @Field(() => String, { nullable: true, description: 'New name. 名称' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'New document. 查询文本' })
  document?: string | null;

  @Field(() => JSONObject, { nullable: true, description: 'New variables (replacing the saved ones). 变量' })
  variables?: Record<string, unknown> | null;
}
