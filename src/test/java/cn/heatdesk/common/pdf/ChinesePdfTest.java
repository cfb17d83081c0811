package cn.heatdesk.common.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class ChinesePdfTest {

    @Test
    @org.junit.jupiter.api.DisplayName("R-BUTLER-3, R-NOTIFY-2: a printed notice keeps its Chinese text (bundled CJK font)")
    void printsChineseTextThatCanBeReadBackFromThePdf() throws Exception {
        byte[] pdf = ChinesePdf.render("""
                <html><head><style>body { font-family: HeatDeskCJK; } h1 { font-weight: bold; }</style></head>
                <body><h1>整改通知书</h1><p>请于 2026年12月1日 前完成整改。供热服务热线 968111</p></body></html>
                """);

        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("整改通知书").contains("请于 2026年12月1日 前完成整改").contains("968111");
        }
    }

    @Test
    void refusesADocumentThatIsNotWellFormed() {
        assertThatThrownBy(() -> ChinesePdf.render("<html><body><p>未闭合</body></html>"))
                .isInstanceOf(RuntimeException.class);
    }
}
