import { Writable } from 'node:stream';
import { csvWriter, type CsvWriter } from '../../src/shared/csv';

/** A stream that keeps what it is given. */
function collector(): { sink: Writable; text: () => string } {
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(Buffer.from(chunk));
      done();
    },
  });
  return { sink, text: () => Buffer.concat(chunks).toString('utf8') };
}

/** The whole file the writer makes of `rows`. */
async function csvOf(header: string[], rows: unknown[][]): Promise<string> {
  const { sink, text } = collector();
  const csv = csvWriter(sink, header);
  for (const row of rows) expect(await csv.row(row)).toBe(true);
  await csv.end();
  return text();
}

/** One value as the writer writes it in a cell. */
async function cell(value: unknown): Promise<string> {
  const file = await csvOf(['h'], [[value]]);
  expect(file.startsWith('\ufeffh\r\n') && file.endsWith('\r\n')).toBe(true);
  return file.slice('\ufeffh\r\n'.length, -2);
}

/** A turn of the event loop, for what is ready to happen. */
const tick = () => new Promise((resolve) => setImmediate(resolve));

/** Writes rows (at most 10,000) until the writer makes its caller wait: the waiting row's promise, and how many rows were offered. */
async function untilItWaits(
  csv: CsvWriter,
  row: (n: number) => unknown[],
): Promise<{ waiting: Promise<boolean> | null; written: number }> {
  for (let n = 0; n < 10_000; n++) {
    const p = csv.row(row(n));
    let settled = false;
    void p.then(() => (settled = true));
    await tick();
    if (!settled) return { waiting: p, written: n + 1 };
  }
  return { waiting: null, written: 10_000 };
}

describe('CSV cells (RFC 4180)', () => {
  it('quotes commas, quotes and line breaks, and nothing else', async () => {
    expect(await cell('五华区')).toBe('五华区');
    expect(await cell('a,b')).toBe('"a,b"');
    expect(await cell('say "hi"')).toBe('"say ""hi"""');
    expect(await cell('two\r\nlines')).toBe('"two\r\nlines"');
    expect(await cell('two\nlines')).toBe('"two\nlines"');
    expect(await cell(null)).toBe('');
    expect(await cell(undefined)).toBe('');
    expect(await cell('')).toBe('');
    expect(await cell(0)).toBe('0');
    expect(await cell(-3)).toBe('-3');
    expect(await cell(false)).toBe('false');
    expect(await cell(new Date('2026-11-25T08:30:00.000Z'))).toBe('2026-11-25T08:30:00.000Z');
  });

  it('keeps text a spreadsheet would run as a formula from running', async () => {
    expect(await cell('=SUM(A1:A9)')).toBe("'=SUM(A1:A9)");
    expect(await cell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(await cell('@cmd')).toBe("'@cmd");
    expect(await cell('+86 138')).toBe("'+86 138");
    expect(await cell('-1,2')).toBe(`"'-1,2"`);
    expect(await cell('\t=1')).toBe("'\t=1");
    expect(await cell('\r=1')).toBe(`"'\r=1"`);
    // After leading white space (spreadsheets skip it), and in full-width forms.
    expect(await cell('  =1+1')).toBe("'  =1+1");
    expect(await cell('\u3000＝1+1')).toBe("'\u3000＝1+1");
    expect(await cell('＋1')).toBe("'＋1");
    // Text with such characters further in is left alone.
    expect(await cell('a=b')).toBe('a=b');
    expect(await cell('3-2')).toBe('3-2');
    expect(await cell(' hello')).toBe(' hello');
  });

  it('writes lists and objects as JSON', async () => {
    expect(await cell(['a', 'b'])).toBe('"[""a"",""b""]"');
    expect(await cell({ k: 1 })).toBe('"{""k"":1}"');
  });
});

describe('the CSV writer', () => {
  it('writes a byte order mark, the header, then one CRLF-ended line per row', async () => {
    expect(
      await csvOf(
        ['id', 'head.name', 'memo'],
        [
          [1, '李四', 'a,b'],
          [2, null, '=1'],
        ],
      ),
    ).toBe('\ufeffid,head.name,memo\r\n1,李四,"a,b"\r\n2,,\'=1\r\n');
    expect(await csvOf(['id', 'memo'], [])).toBe('\ufeffid,memo\r\n');
  });

  it('waits while the reader is full, and goes on when it takes more', async () => {
    const held: (() => void)[] = [];
    let holding = true;
    const chunks: Buffer[] = [];
    const sink = new Writable({
      highWaterMark: 1024,
      write(chunk: Buffer, _encoding, done) {
        chunks.push(Buffer.from(chunk));
        if (holding) held.push(() => done());
        else done();
      },
    });
    const csv = csvWriter(sink, ['n', 'text']);
    const row = (n: number) => [n, 'x'.repeat(100)];
    // Rows go in until the writer makes its caller wait: a bounded amount, far below the 10,000 offered.
    const { waiting, written } = await untilItWaits(csv, row);
    expect(waiting).not.toBeNull();
    expect(written).toBeLessThan(1_000);
    // The reader takes everything from now on: the waiting row goes through, and so does the rest.
    holding = false;
    held.splice(0).forEach((release) => release());
    expect(await waiting).toBe(true);
    for (let n = written; n < 2_000; n++) expect(await csv.row(row(n))).toBe(true);
    await csv.end();
    const lines = Buffer.concat(chunks).toString('utf8').split('\r\n');
    expect(lines).toHaveLength(2_000 + 2);
    expect(lines[1999 + 1]).toBe(`1999,${'x'.repeat(100)}`);
  });

  it('stops waiting, and says so, when the reader goes away', async () => {
    const sink = new Writable({ highWaterMark: 16, write: () => undefined });
    const csv = csvWriter(sink, ['text']);
    const { waiting } = await untilItWaits(csv, () => ['y'.repeat(1000)]);
    expect(waiting).not.toBeNull();
    sink.destroy();
    expect(await waiting).toBe(false);
    expect(await csv.row(['more'])).toBe(false);
  });
});
