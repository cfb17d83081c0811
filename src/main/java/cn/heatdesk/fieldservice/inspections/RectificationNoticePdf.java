package cn.heatdesk.fieldservice.inspections;

import java.time.format.DateTimeFormatter;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import cn.heatdesk.common.pdf.ChinesePdf;
import cn.heatdesk.staff.StaffMember;

/**
 * The printable 整改通知书 (R-BUTLER-3): one A4 page in Chinese whatever the interface language, with the
 * company's name and hotline from configuration ({@code heatdesk.company.name}, {@code heatdesk.company.hotline}),
 * the finding, the basis (the boundary rule that made it the customer's), the requirement, the
 * re-inspection date and lines for the recipient's signature.
 */
@Component
public class RectificationNoticePdf {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final Inspections inspections;
    private final String companyName;
    private final String hotline;

    RectificationNoticePdf(Inspections inspections,
                           @Value("${heatdesk.company.name:供热公司}") String companyName,
                           @Value("${heatdesk.company.hotline:968111}") String hotline) {
        this.inspections = inspections;
        this.companyName = companyName;
        this.hotline = hotline;
    }

    public String companyName() {
        return companyName;
    }

    public String hotline() {
        return hotline;
    }

    /** The PDF of one notice the viewer may see. */
    public byte[] render(long id, StaffMember viewer) {
        return ChinesePdf.render(xhtml(inspections.notice(id, viewer)));
    }

    String xhtml(RectificationNotice n) {
        String issued = n.issuedAt().atZone(inspections.zone()).toLocalDate().format(DAY);
        String butler = "管家" + n.butlerNumber() + "号" + (n.butlerName() == null ? "" : "（" + n.butlerName() + "）");
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <html xmlns="http://www.w3.org/1999/xhtml" lang="zh-CN">
                <head><meta charset="UTF-8"/><title>整改通知书 %s</title>
                <style>
                  @page { size: A4; margin: 22mm 20mm; }
                  body { font-family: %s; font-size: 12pt; line-height: 1.7; }
                  h1 { text-align: center; font-size: 20pt; letter-spacing: 6pt; margin: 0 0 4pt 0; }
                  .company { text-align: center; font-size: 13pt; }
                  .number { text-align: right; font-size: 10pt; }
                  table { width: 100%%; border-collapse: collapse; margin: 8pt 0; }
                  th, td { border: 0.6pt solid #333; padding: 5pt 6pt; vertical-align: top; text-align: left; }
                  th { width: 24%%; font-weight: bold; background: #f2f2f2; }
                  .sign { margin-top: 18pt; }
                  .sign td { border: none; padding: 10pt 0; }
                  .small { font-size: 9.5pt; color: #333; }
                </style></head>
                <body>
                <div class="company">%s</div>
                <h1>整改通知书</h1>
                <div class="number">编号：%s</div>
                <p>%s：</p>
                <p>%s，我公司供热管家在巡检中发现您负责维护的供热设施存在以下问题。根据产权分界规定，该设施属于%s维护范围，请您按下列要求及时整改。</p>
                <table>
                  <tr><th>问题位置</th><td>%s</td></tr>
                  <tr><th>问题部位</th><td>%s</td></tr>
                  <tr><th>发现的问题</th><td>%s</td></tr>
                  <tr><th>依据</th><td>%s</td></tr>
                  <tr><th>整改要求</th><td>%s</td></tr>
                  <tr><th>复查日期</th><td>%s</td></tr>
                </table>
                <p>我公司将于复查日期前后进行复查。整改中如需帮助（如需有偿维修服务），请联系本片区%s，或拨打供热服务热线 %s。</p>
                <table class="sign">
                  <tr><td>送达人：____________</td><td>签收人：____________</td></tr>
                  <tr><td>送达方式：____________</td><td>签收日期：______年____月____日</td></tr>
                </table>
                <p style="text-align:right">%s<br/>%s</p>
                <p class="small">本通知书一式两份，用户与供热公司各执一份。</p>
                </body></html>
                """.formatted(e(n.number()), ChinesePdf.FONT_FAMILY, e(companyName), e(n.number()), e(n.addressee()),
                e(n.inspectedOn().format(DAY)), e(n.responsibleParty().label()), e(n.place()), e(n.location().label()),
                e(n.description()), e(n.reason()), e(n.requirement()), e(n.reinspectionOn().format(DAY)), e(butler),
                e(hotline), e(companyName), e(issued));
    }

    private static String e(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
