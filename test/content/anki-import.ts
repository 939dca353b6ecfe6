// A reader of Anki text-import files that follows Anki's documented rules (the Anki manual,
// Importing > Text Files, https://docs.ankiweb.net/importing/text-files.html, and its reader
// in ankitects/anki rslib/src/import_export/text/csv/metadata.rs, as of 2026-12): `#key:value`
// header lines at the top (keys case-insensitive; separator by name or literal character);
// other lines starting with '#' are comments; fields split on the separator, a field starting
// with '"' is quoted ("" inside it is one quote); metadata columns (guid, notetype, deck, tags;
// 1-based) are taken out and the remaining "regular" columns fill the note's fields in order;
// tags split on whitespace. Used by the export tests to read our files as Anki would.

export interface ImportedNote {
  guid?: string;
  notetype?: string;
  deck?: string;
  tags: string[];
  fields: string[];
}

export interface ImportedFile {
  headers: Map<string, string>;
  separator: string;
  html: boolean;
  notes: ImportedNote[];
}

const separators: Record<string, string> = {
  comma: ',',
  semicolon: ';',
  tab: '\t',
  space: ' ',
  pipe: '|',
  colon: ':',
};

/** Splits the body into records (fields may be quoted and then span lines). */
function records(body: string, sep: string): string[][] {
  const out: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  let atFieldStart = true;
  let atLineStart = true;
  while (i < body.length) {
    const ch = body[i] as string;
    if (atLineStart && ch === '#') {
      // A comment line.
      const end = body.indexOf('\n', i);
      i = end === -1 ? body.length : end + 1;
      continue;
    }
    atLineStart = false;
    if (atFieldStart && ch === '"') {
      i++;
      for (;;) {
        if (i >= body.length) throw new Error('unterminated quoted field');
        if (body[i] === '"' && body[i + 1] === '"') {
          field += '"';
          i += 2;
        } else if (body[i] === '"') {
          i++;
          break;
        } else {
          field += body[i];
          i++;
        }
      }
      atFieldStart = false;
      continue;
    }
    if (ch === sep) {
      record.push(field);
      field = '';
      atFieldStart = true;
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && body[i + 1] === '\n') i++;
      record.push(field);
      out.push(record);
      record = [];
      field = '';
      atFieldStart = true;
      atLineStart = true;
    } else {
      field += ch;
      atFieldStart = false;
    }
    i++;
  }
  if (!atLineStart || field !== '' || record.length) {
    record.push(field);
    out.push(record);
  }
  return out.filter((r) => !(r.length === 1 && r[0] === ''));
}

export function readAnkiText(text: string): ImportedFile {
  const lines = text.split('\n');
  const headers = new Map<string, string>();
  let start = 0;
  for (const line of lines) {
    if (!line.startsWith('#')) break;
    const colon = line.indexOf(':');
    if (colon !== -1) headers.set(line.slice(1, colon).trim().toLowerCase(), line.slice(colon + 1));
    start += line.length + 1;
  }
  const named = headers.get('separator');
  const separator =
    named === undefined ? '\t' : (separators[named.trim().toLowerCase()] ?? named.slice(0, 1));
  const column = (key: string) => {
    const n = Number(headers.get(key)?.trim());
    return Number.isInteger(n) && n > 0 ? n - 1 : undefined;
  };
  const meta = {
    guid: column('guid column'),
    notetype: column('notetype column'),
    deck: column('deck column'),
    tags: column('tags column'),
  };
  const metaIndexes = new Set(Object.values(meta).filter((n) => n !== undefined));
  const at = (r: string[], n: number | undefined) => (n === undefined ? undefined : r[n]);
  const notes = records(text.slice(start), separator).map(
    (r): ImportedNote => ({
      guid: at(r, meta.guid),
      notetype: at(r, meta.notetype),
      deck: at(r, meta.deck),
      tags: (at(r, meta.tags) ?? '').split(/\s+/).filter(Boolean),
      fields: r.filter((_, i) => !metaIndexes.has(i)),
    }),
  );
  return {
    headers,
    separator,
    html: headers.get('html')?.trim().toLowerCase() === 'true',
    notes,
  };
}

/** What Anki shows for a field imported as HTML, as plain text (for comparing with content). */
export function htmlToText(field: string): string {
  return field
    .replace(/<br>/g, '\n')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#9;/g, '\t')
    .replace(/&amp;/g, '&');
}
