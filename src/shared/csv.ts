import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { stringify } from 'csv-stringify';

/**
 * Text a spreadsheet would run as a formula: starting with = + - @ (or their full-width forms),
 * a tab or a carriage return — also after leading white space, which spreadsheets skip.
 */
const FORMULA = /^\s*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r]/;

/** Text as a cell may hold it: a would-be formula gets a leading `'`, so it stays text (OWASP's advice). */
export const defuse = (text: string): string => (FORMULA.test(text) ? `'${text}` : text);

/** How values become cells: strings defused, dates in ISO 8601, booleans as words, lists and objects as JSON. */
const cast = {
  string: defuse,
  date: (d: Date) => d.toISOString(),
  boolean: (b: boolean) => String(b),
  object: (o: object) => JSON.stringify(o),
};

/** A CSV file being written to an HTTP response (or any stream). */
export interface CsvWriter {
  /** Writes one row (cells in header order); resolves when more may be written — false once the reader has gone. */
  row(cells: readonly unknown[]): Promise<boolean>;
  /** Ends the file; resolves once all of it has been handed to the stream. */
  end(): Promise<void>;
}

/** Resolves on the first of `events` (emitter and event name), and stops listening for the others. */
async function firstOf(events: [NodeJS.EventEmitter, string][]): Promise<void> {
  const ac = new AbortController();
  try {
    await Promise.race(events.map(([emitter, name]) => once(emitter, name, { signal: ac.signal })));
  } finally {
    ac.abort();
  }
}

/**
 * The platform's one CSV writer (csv-stringify): UTF-8 with a byte order mark (spreadsheets then
 * read Chinese text), RFC 4180 quoting (a field with a comma, quote or line break is quoted, its
 * quotes doubled), CRLF line ends, a header line of `header`, and text that a spreadsheet would
 * run as a formula defused (see defuse). Rows are streamed into `out`, and `row` waits while
 * `out` is full, so a slow reader holds at most a few buffers of the file in memory.
 */
export function csvWriter(out: Writable, header: readonly string[]): CsvWriter {
  const csv = stringify({
    bom: true,
    header: true,
    columns: [...header],
    record_delimiter: '\r\n',
    quote_record_delimiter: true,
    cast,
  });
  csv.pipe(out);
  return {
    async row(cells) {
      if (out.destroyed) return false;
      if (!csv.write(cells))
        await firstOf([
          [csv, 'drain'],
          [out, 'close'],
        ]);
      return !out.destroyed;
    },
    async end() {
      if (out.destroyed) return;
      csv.end();
      await firstOf([
        [out, 'finish'],
        [out, 'close'],
      ]);
    },
  };
}
