package org.onewindow.supervision.control;

import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.canvas.draw.SolidLine;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.LineSeparator;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import org.onewindow.statistics.control.ChineseFonts;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * The urging notice (催办通知书) as an A4 PDF in Simplified Chinese: to the department, about the case, the
 * supervisor's reason, the day by which to answer, signed by the supervision office.
 */
public final class UrgingNotice {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu'年'M'月'd'日'");
    private static final float MM = 72f / 25.4f;

    /** What the notice says. */
    public record Facts(String urgingNumber, String departmentName, String applicationNumber, String itemName, String applicantName,
                        String stage, LocalDate deadline, String reason, LocalDate answerBy, String officeName, LocalDate issuedOn,
                        int timesUrged) {
    }

    public byte[] render(Facts facts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(out)); Document document = new Document(pdf, PageSize.A4)) {
            PdfFont regular = ChineseFonts.regular();
            PdfFont bold = ChineseFonts.bold();
            pdf.getDocumentInfo().setTitle("催办通知书 " + facts.urgingNumber());
            pdf.getDocumentInfo().setAuthor(facts.officeName());
            pdf.getDocumentInfo().setCreator("OneWindow 一窗通办");
            pdf.getCatalog().setLang(new PdfString("zh-CN"));
            document.setMargins(25 * MM, 26 * MM, 22 * MM, 26 * MM);
            document.setFont(regular).setFontSize(12);

            document.add(new Paragraph("催办通知书").setFont(bold).setFontSize(22).setCharacterSpacing(2)
                    .setTextAlignment(TextAlignment.CENTER).setMarginBottom(4));
            document.add(new Paragraph("督催〔" + facts.issuedOn().getYear() + "〕" + facts.urgingNumber() + "号")
                    .setTextAlignment(TextAlignment.CENTER).setFontSize(11));
            SolidLine rule = new SolidLine(1.2f);
            rule.setColor(new DeviceRgb(0xC8, 0x10, 0x2E));
            document.add(new LineSeparator(rule).setMarginBottom(14));

            document.add(new Paragraph(facts.departmentName() + "：").setFont(bold));
            document.add(new Paragraph("经电子监察，你单位承办的下列事项"
                    + (facts.deadline() != null && facts.deadline().isBefore(facts.issuedOn()) ? "已超过办理时限" : "办理进度滞后")
                    + "，现予催办。请接到本通知后抓紧办理，并于" + DATE.format(facts.answerBy()) + "前将办理情况书面答复本办。")
                    .setFirstLineIndent(24));

            Table table = new Table(UnitValue.createPercentArray(new float[]{28, 72})).useAllAvailableWidth().setFontSize(10.5f);
            row(table, bold, "申请编号", facts.applicationNumber());
            row(table, bold, "事项名称", facts.itemName());
            row(table, bold, "申请人", facts.applicantName());
            row(table, bold, "当前环节", facts.stage() == null ? "—" : facts.stage());
            row(table, bold, "办理期限", facts.deadline() == null ? "—" : DATE.format(facts.deadline()));
            row(table, bold, "催办事由", facts.reason());
            row(table, bold, "答复期限", DATE.format(facts.answerBy()));
            row(table, bold, "本件催办次数", "第 " + facts.timesUrged() + " 次");
            document.add(table.setMarginTop(10).setMarginBottom(16));

            document.add(new Paragraph("逾期未答复的，本办将按规定予以红牌警告，并纳入部门绩效考核。").setFontSize(11));
            document.add(new Paragraph(facts.officeName()).setTextAlignment(TextAlignment.RIGHT).setMarginTop(30));
            document.add(new Paragraph(DATE.format(facts.issuedOn())).setTextAlignment(TextAlignment.RIGHT));
        }
        return out.toByteArray();
    }

    private static void row(Table table, PdfFont bold, String label, String value) {
        table.addCell(new Cell().add(new Paragraph(label).setFont(bold)).setBackgroundColor(new DeviceRgb(0xF2, 0xF2, 0xF2)));
        table.addCell(new Cell().add(new Paragraph(value == null ? "" : value)));
    }
}
