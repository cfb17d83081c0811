package cn.heatdesk.common.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Printable Chinese documents (整改通知书 R-BUTLER-3, 一次性告知单 R-NOTIFY-2): well-formed XHTML in, PDF bytes out,
 * with the bundled CJK TrueType font registered as the family {@value #FONT_FAMILY} in regular and bold, so every
 * glyph prints whatever fonts the server has. Stylesheets should name that family, e.g.
 * {@code body { font-family: HeatDeskCJK; }}.
 */
public final class ChinesePdf {

    /** The CSS font family the bundled font is registered as. */
    public static final String FONT_FAMILY = "HeatDeskCJK";

    private static final String FONT = "/fonts/DroidSansFallbackFull.ttf";

    private ChinesePdf() {
    }

    /** Renders one XHTML document (it must be well-formed XML) to a PDF. */
    public static byte[] render(String xhtml) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(ChinesePdf::font, FONT_FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(ChinesePdf::font, FONT_FAMILY, 700, FontStyle.NORMAL, true);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("PDF could not be rendered", e);
        }
    }

    private static InputStream font() {
        InputStream in = ChinesePdf.class.getResourceAsStream(FONT);
        if (in == null) {
            throw new IllegalStateException("The bundled font " + FONT + " is missing from the classpath");
        }
        return in;
    }
}
