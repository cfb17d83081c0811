package cn.heatdesk.customers.internal.importing;

import java.io.Closeable;
import java.io.IOException;

/** Reads an import file one row at a time, in file order, so that a large file never sits in memory. */
interface RowReader extends Closeable {

    /** The next row that has at least one non-blank cell, or null at the end of the file. */
    SourceRow next() throws IOException;

    /** Data rows the file probably holds (without the header), or 0 when the format cannot tell cheaply. */
    int estimatedRows();
}
