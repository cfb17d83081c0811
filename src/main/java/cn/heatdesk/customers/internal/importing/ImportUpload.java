package cn.heatdesk.customers.internal.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import cn.heatdesk.common.InvalidInputException;

/**
 * An uploaded import file, copied to a temporary file of its own (the request's copy disappears when the
 * request ends; the import runs after it). Refused at once, with a message naming the field {@code file}:
 * an empty file, one over 50 MB, a format other than .xlsx or .csv, a file that cannot be opened.
 */
public record ImportUpload(Path file, String fileName, ImportFormat format, long size) {

    public static final long MAX_BYTES = 50L * 1024 * 1024;
    public static final String FIELD = "file";

    private static final byte[] ZIP = { 'P', 'K', 3, 4 };
    private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 };

    public static ImportUpload receive(String originalName, InputStream content) {
        String name = fileName(originalName);
        ImportFormat format = formatOf(name);
        Path file = null;
        try {
            file = Files.createTempFile("heatdesk-import-", "." + format.name().toLowerCase(Locale.ROOT));
            long size = copy(content, file);
            if (size == 0) {
                throw new InvalidInputException("EMPTY_FILE", FIELD, "上传的文件“" + name + "”是空的");
            }
            checkContent(file, name, format);
            return new ImportUpload(file, name, format, size);
        }
        catch (IOException e) {
            delete(file);
            throw new UncheckedIOException("cannot store the uploaded file", e);
        }
        catch (RuntimeException e) {
            delete(file);
            throw e;
        }
    }

    public void delete() {
        delete(file);
    }

    private static ImportFormat formatOf(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xlsx")) {
            return ImportFormat.XLSX;
        }
        if (lower.endsWith(".csv")) {
            return ImportFormat.CSV;
        }
        if (lower.endsWith(".xls")) {
            throw new InvalidInputException("UNSUPPORTED_FILE_TYPE", FIELD,
                    "不支持 Excel 97-2003（.xls）格式：请在 Excel 中“另存为” .xlsx 或 CSV 后再导入");
        }
        throw new InvalidInputException("UNSUPPORTED_FILE_TYPE", FIELD,
                "只能导入 .xlsx 或 .csv 文件（“" + name + "”不是），请使用导入模板");
    }

    private static long copy(InputStream content, Path file) throws IOException {
        long size = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = content; OutputStream out = Files.newOutputStream(file)) {
            int n;
            while ((n = in.read(buffer)) != -1) {
                size += n;
                if (size > MAX_BYTES) {
                    throw new InvalidInputException("FILE_TOO_LARGE", FIELD,
                            "文件超过 50 MB，请拆分成几个文件分批导入");
                }
                out.write(buffer, 0, n);
            }
        }
        return size;
    }

    private static void checkContent(Path file, String name, ImportFormat format) throws IOException {
        byte[] head = new byte[4];
        try (InputStream in = Files.newInputStream(file)) {
            in.readNBytes(head, 0, 4);
        }
        if (format == ImportFormat.XLSX) {
            if (Arrays.equals(head, OLE2)) {
                throw new InvalidInputException("UNREADABLE_FILE", FIELD, "“" + name
                        + "”设置了打开密码，或实际是 .xls 格式：请去掉密码、在 Excel 中另存为 .xlsx 后再导入");
            }
            try {
                if (!Arrays.equals(head, ZIP)) {
                    throw new IOException("not a zip file");
                }
                XlsxRows.checkReadable(file);
            }
            catch (IOException e) {
                throw new InvalidInputException("UNREADABLE_FILE", FIELD,
                        "无法读取“" + name + "”：文件已损坏或不是 Excel .xlsx 文件");
            }
        }
        else {
            try {
                if (Arrays.equals(head, ZIP) || Arrays.equals(head, OLE2)) {
                    throw new IOException("a workbook, not text");
                }
                CsvRows.checkReadable(file);
            }
            catch (IOException e) {
                throw new InvalidInputException("UNREADABLE_FILE", FIELD,
                        "无法读取“" + name + "”：内容不是 CSV 文本（如果是 Excel 文件，请保存为 .xlsx 再上传）");
            }
        }
    }

    /** The name without any client path, control characters or excess length; never blank. */
    static String fileName(String original) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("\\p{Cntrl}", "").strip();
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        return name.isEmpty() ? "未命名文件" : name;
    }

    private static void delete(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            }
            catch (IOException e) {
                // a leftover temporary file is harmless
            }
        }
    }
}
