package cn.heatdesk.customers.internal.importing;

import java.io.IOException;
import java.nio.file.Path;

/** The two file formats households can be imported from. */
public enum ImportFormat {
    XLSX, CSV;

    RowReader open(Path file) throws IOException {
        return switch (this) {
            case XLSX -> XlsxRows.open(file);
            case CSV -> CsvRows.open(file);
        };
    }
}
