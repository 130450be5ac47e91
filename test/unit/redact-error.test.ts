import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { GraphQLError } from 'graphql';
import { createLogger } from '../../src/observability/logger';
import { databaseMessage, redactError } from '../../src/observability/redact-error';

/** A driver error as MikroORM throws it: knex's message (statement, values inlined, then PostgreSQL's words, then MikroORM's detail) and pg's fields. */
function uniqueViolation(): UniqueConstraintViolationException {
  const statement = `insert into "organisation" ("name", "contact_phone") values ('张三物业 - x', '13912345678') returning "id"`;
  const pg = Object.assign(
    new Error(
      `${statement} - duplicate key value violates unique constraint "organisation_name_unique"\n - detail: Key (name)=(张三物业 - x) already exists.`,
    ),
    {
      code: '23505',
      severity: 'ERROR',
      detail: 'Key (name)=(张三物业 - x) already exists.',
      schema: 'public',
      table: 'organisation',
      constraint: 'organisation_name_unique',
      routine: '_bt_check_unique',
      where: 'SQL function "x" statement 1: \'张三物业\'',
      sql: `insert into "organisation" ("name", "contact_phone") values ($1, $2)`,
      parameters: ['张三物业', '13912345678'],
    },
  );
  return new UniqueConstraintViolationException(pg);
}

/** The JSON lines a logger writes while `fn` runs. */
function linesOf(fn: (logger: ReturnType<typeof createLogger>) => void): string[] {
  const lines: string[] = [];
  fn(createLogger({ level: 'info', destination: { write: (s: string) => void lines.push(s) } }));
  return lines;
}

describe('errors in the log', () => {
  it('keep the class, SQLSTATE and names of a driver error, and PostgreSQL’s words — no statement, parameters or detail', () => {
    const out = redactError(uniqueViolation());
    expect(out).toMatchObject({
      type: 'UniqueConstraintViolationException',
      message: 'duplicate key value violates unique constraint "organisation_name_unique"',
      code: '23505',
      constraint: 'organisation_name_unique',
      table: 'organisation',
      schema: 'public',
      routine: '_bt_check_unique',
    });
    const text = JSON.stringify(out);
    for (const leak of ['张三', '13912345678', 'insert into', 'values', 'Key (name)', '$1'])
      expect(text).not.toContain(leak);
    expect(out).not.toHaveProperty('detail');
    expect(out).not.toHaveProperty('sql');
    expect(out).not.toHaveProperty('parameters');
    expect(out).not.toHaveProperty('where');
    // The stack keeps its frames under the safe first line.
    expect((out as { stack: string }).stack.split('\n')[0]).toBe(
      'UniqueConstraintViolationException: duplicate key value violates unique constraint "organisation_name_unique"',
    );
    expect((out as { stack: string }).stack).toMatch(/\n\s+at /);
  });

  it('cut PostgreSQL’s words at a quoted value, keeping quoted names', () => {
    const dataException = { code: '22P02' };
    expect(
      databaseMessage(`select 1 where id = '张三' - invalid input syntax for type integer: "张三"`, dataException),
    ).toBe('invalid input syntax for type integer: "…"');
    expect(
      databaseMessage(
        `select 1 where id = 'zhangsan' - invalid input syntax for type integer: "zhangsan"`,
        dataException,
      ),
    ).toBe('invalid input syntax for type integer: "…"');
    expect(databaseMessage('value "a"b" is out of range', { code: '22003' })).toBe('value "…"');
    expect(
      databaseMessage(`select "code" from "division" where "name" = '张三' - relation "division" does not exist`, {
        code: '42P01',
      }),
    ).toBe('relation "division" does not exist');
    expect(databaseMessage('syntax error at or near "张三"', { code: '42601' })).toBe('syntax error at or near "…"');
    const names = { table: 'organisation', constraint: 'no_zhang' };
    expect(
      databaseMessage(
        `update "organisation" set "contact_name" = '张三' - new row for relation "organisation" violates check constraint "no_zhang"`,
        names,
      ),
    ).toBe('new row for relation "organisation" violates check constraint "no_zhang"');
    expect(databaseMessage('value too long for type character varying(200)')).toBe(
      'value too long for type character varying(200)',
    );
  });

  it('follow causes and a GraphQL error’s original error, redacted the same way', () => {
    const wrapped = new GraphQLError('Unexpected error.', { originalError: uniqueViolation() });
    const out = redactError(new Error('export failed', { cause: wrapped })) as {
      cause: { cause: { type: string; message: string } };
    };
    expect(out.cause.cause.type).toBe('UniqueConstraintViolationException');
    expect(JSON.stringify(out)).not.toContain('张三');
  });

  it('are redacted by the logger under any key, or given alone', () => {
    const lines = linesOf((logger) => {
      logger.error({ err: uniqueViolation() }, 'internal error');
      logger.error({ error: uniqueViolation(), requestId: 'r1' }, 'audit write failed');
      logger.error(uniqueViolation());
    });
    expect(lines).toHaveLength(3);
    for (const line of lines) {
      expect(line).toContain('"code":"23505"');
      expect(line).not.toContain('张三');
      expect(line).not.toContain('13912345678');
    }
  });
});
