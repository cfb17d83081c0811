package cn.heatdesk.notification.internal.web;

import java.time.ZoneId;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import cn.heatdesk.common.pdf.ChinesePdf;
import cn.heatdesk.notification.Notice;

/**
 * The notice as a printable Chinese PDF (R-NOTIFY-2): the template {@code notify/notice-pdf} is written as
 * well-formed XHTML (no void elements), rendered by Thymeleaf and printed by {@link ChinesePdf} with the bundled
 * CJK font. The document is Chinese whatever the interface language: it is handed to the customer.
 */
@Component
class NoticePdf {

    private final ITemplateEngine templates;
    private final ZoneId zone;

    NoticePdf(ITemplateEngine templates, @Value("${heatdesk.zone:Asia/Shanghai}") ZoneId zone) {
        this.templates = templates;
        this.zone = zone;
    }

    String xhtml(Notice notice) {
        Context context = new Context(Locale.SIMPLIFIED_CHINESE);
        context.setVariable("notice", notice);
        context.setVariable("issuedAt", Viewer.time(notice.issuedAt(), zone));
        return templates.process("notify/notice-pdf", context);
    }

    byte[] render(Notice notice) {
        return ChinesePdf.render(xhtml(notice));
    }
}
