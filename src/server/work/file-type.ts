/**
 * The type of an uploaded file, read from its content (magic numbers and, for ZIP-based
 * office documents, the names inside the archive), never from its name or declared type:
 * an HTML page called report.pdf is refused.
 */
export interface FileType {
  mediaType: string;
  extension: string;
}

const TYPES = {
  pdf: { mediaType: 'application/pdf', extension: 'pdf' },
  png: { mediaType: 'image/png', extension: 'png' },
  jpeg: { mediaType: 'image/jpeg', extension: 'jpg' },
  webp: { mediaType: 'image/webp', extension: 'webp' },
  docx: { mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extension: 'docx' },
  xlsx: { mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx' },
  pptx: { mediaType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', extension: 'pptx' },
  odt: { mediaType: 'application/vnd.oasis.opendocument.text', extension: 'odt' },
  ods: { mediaType: 'application/vnd.oasis.opendocument.spreadsheet', extension: 'ods' },
  odp: { mediaType: 'application/vnd.oasis.opendocument.presentation', extension: 'odp' },
} as const satisfies Record<string, FileType>;

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) => signature.every((b, i) => bytes[at + i] === b);
const ascii = (text: string) => [...text].map((ch) => ch.charCodeAt(0));
const text = (bytes: Uint8Array, from: number, length: number) => String.fromCharCode(...bytes.subarray(from, from + length));

export function detectFileType(bytes: Uint8Array): FileType | undefined {
  if (startsWith(bytes, ascii('%PDF-'))) return TYPES.pdf;
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return TYPES.png;
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return TYPES.jpeg;
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return TYPES.webp;
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return zipType(bytes);
  return undefined;
}

/** ODF: a first, stored entry `mimetype` holding the type. OOXML: its parts' names in the central directory. */
function zipType(bytes: Uint8Array): FileType | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const nameLength = view.getUint16(26, true);
  const extraLength = view.getUint16(28, true);
  if (text(bytes, 30, nameLength) === 'mimetype') {
    const mime = text(bytes, 30 + nameLength + extraLength, 60);
    if (mime.startsWith(TYPES.odt.mediaType)) return TYPES.odt;
    if (mime.startsWith(TYPES.ods.mediaType)) return TYPES.ods;
    if (mime.startsWith(TYPES.odp.mediaType)) return TYPES.odp;
    return undefined;
  }
  const names = centralDirectoryNames(bytes, view);
  if (!names.has('[Content_Types].xml')) return undefined;
  if (names.has('word/document.xml')) return TYPES.docx;
  if (names.has('xl/workbook.xml')) return TYPES.xlsx;
  if (names.has('ppt/presentation.xml')) return TYPES.pptx;
  return undefined;
}

function centralDirectoryNames(bytes: Uint8Array, view: DataView): Set<string> {
  const names = new Set<string>();
  // The end-of-central-directory record is in the last 22 + 65535 bytes.
  for (let end = bytes.length - 22; end >= Math.max(0, bytes.length - 22 - 65_535); end--) {
    if (view.getUint32(end, true) !== 0x06054b50) continue;
    const count = view.getUint16(end + 10, true);
    let at = view.getUint32(end + 16, true);
    for (let i = 0; i < count && at + 46 <= bytes.length; i++) {
      if (view.getUint32(at, true) !== 0x02014b50) break;
      const nameLength = view.getUint16(at + 28, true);
      names.add(text(bytes, at + 46, nameLength));
      at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    }
    break;
  }
  return names;
}

/**
 * A name safe to offer for download: the last path segment only (no `../`), letters, digits,
 * space and `._()-` kept, at most 100 characters, with the extension of the detected type.
 */
export function safeFileName(name: string, type: FileType): string {
  const last = name.split(/[/\\]/).pop() ?? '';
  const stem = last
    .replace(/\.[^.]*$/, '')
    .normalize('NFC')
    .replace(/[^\p{L}\p{N} ._()-]+/gu, '_')
    .replace(/^[.\s_]+/, '')
    .slice(0, 100)
    .trim();
  return `${stem || 'bukti'}.${type.extension}`;
}
