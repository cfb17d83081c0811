package cn.heatdesk.customers.internal.importing;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a CSV file (RFC 4180: comma-separated, fields in double quotes may hold commas, doubled quotes and
 * line breaks). The encoding is UTF-8, with or without a byte order mark, or — when the bytes are not
 * valid UTF-8 — GB18030, which reads every GBK file the same way (Excel on Chinese Windows saves CSV as
 * GBK) and also the rarer characters of some names that GBK lacks.
 *
 * <p>Row numbers count records, blank ones included, as Excel numbers the rows when it opens the file.
 */
final class CsvRows implements RowReader {

    static final Charset GB18030 = Charset.forName("GB18030");

    private static final byte[] UTF8_BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

    private final Reader in;
    private final int estimatedRows;
    private final Charset charset;
    private int record;
    private boolean ended;

    private CsvRows(Reader in, Charset charset, int estimatedRows) {
        this.in = in;
        this.charset = charset;
        this.estimatedRows = estimatedRows;
    }

    static CsvRows open(Path file) throws IOException {
        Scan scan = scan(file);
        InputStream bytes = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        if (scan.bom()) {
            bytes.skipNBytes(UTF8_BOM.length);
        }
        Charset charset = scan.utf8() ? StandardCharsets.UTF_8 : GB18030;
        return new CsvRows(new BufferedReader(new InputStreamReader(bytes, charset), 1 << 16), charset,
                Math.max(0, scan.lines() - 1));
    }

    /** Cheap check at upload: a text file, not a binary one renamed to .csv. */
    static void checkReadable(Path file) throws IOException {
        byte[] head = new byte[4096];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        for (int i = 0; i < n; i++) {
            if (head[i] == 0) {
                throw new IOException("binary content in a CSV file");
            }
        }
    }

    Charset charset() {
        return charset;
    }

    @Override
    public int estimatedRows() {
        return estimatedRows;
    }

    @Override
    public SourceRow next() throws IOException {
        while (!ended) {
            List<Cell> cells = readRecord();
            if (cells == null) {
                return null;
            }
            record++;
            SourceRow row = new SourceRow(record, cells);
            if (!row.blank()) {
                return row;
            }
        }
        return null;
    }

    /** One record, or null at the end of the input. */
    private List<Cell> readRecord() throws IOException {
        List<Cell> cells = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int c;
        while ((c = in.read()) != -1) {
            any = true;
            if (quoted) {
                if (c == '"') {
                    in.mark(1);
                    int next = in.read();
                    if (next == '"') {
                        field.append('"');
                    }
                    else {
                        quoted = false;
                        if (next != -1) {
                            in.reset();
                        }
                    }
                }
                else {
                    field.append((char) c);
                }
            }
            else if (c == '"' && field.isEmpty()) {
                quoted = true;
            }
            else if (c == ',') {
                cells.add(Cell.text(field.toString()));
                field.setLength(0);
            }
            else if (c == '\n' || c == '\r') {
                if (c == '\r') {
                    in.mark(1);
                    if (in.read() != '\n') {
                        in.reset();
                    }
                }
                cells.add(Cell.text(field.toString()));
                return cells;
            }
            else {
                field.append((char) c);
            }
        }
        ended = true;
        if (!any) {
            return null;
        }
        cells.add(Cell.text(field.toString()));
        return cells;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    record Scan(boolean bom, boolean utf8, int lines) {
    }

    /**
     * One pass over the bytes: is there a UTF-8 byte order mark, are the bytes valid UTF-8, and how many
     * lines are there (for the progress estimate).
     */
    static Scan scan(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        boolean bom = false;
        boolean utf8 = true;
        int lines = 0;
        boolean lastWasNewline = true;
        // Room for a block and the few bytes of a character split across two blocks.
        ByteBuffer bytes = ByteBuffer.allocate((1 << 16) + 8);
        CharBuffer chars = CharBuffer.allocate(1 << 16);
        try (InputStream in = Files.newInputStream(file)) {
            boolean first = true;
            byte[] block = new byte[1 << 16];
            int n;
            while ((n = in.read(block)) != -1) {
                int offset = 0;
                if (first) {
                    first = false;
                    bom = n >= 3 && block[0] == UTF8_BOM[0] && block[1] == UTF8_BOM[1] && block[2] == UTF8_BOM[2];
                    offset = bom ? 3 : 0;
                }
                for (int i = offset; i < n; i++) {
                    if (block[i] == '\n') {
                        lines++;
                    }
                }
                if (n > 0) {
                    lastWasNewline = block[n - 1] == '\n';
                }
                if (utf8) {
                    bytes.put(block, offset, n - offset);
                    bytes.flip();
                    utf8 = decode(decoder, bytes, chars, false);
                    bytes.compact();
                }
            }
            if (utf8) {
                bytes.flip();
                utf8 = decode(decoder, bytes, chars, true);
            }
        }
        return new Scan(bom, utf8, lastWasNewline ? lines : lines + 1);
    }

    private static boolean decode(CharsetDecoder decoder, ByteBuffer bytes, CharBuffer chars, boolean end) {
        while (true) {
            CoderResult result = decoder.decode(bytes, chars, end);
            chars.clear();
            if (result.isError()) {
                return false;
            }
            if (result.isUnderflow()) {
                if (end) {
                    CoderResult flush = decoder.flush(chars);
                    chars.clear();
                    return !flush.isError();
                }
                return true;
            }
        }
    }
}
