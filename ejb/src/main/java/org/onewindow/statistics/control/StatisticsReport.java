package org.onewindow.statistics.control;

import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import org.onewindow.statistics.boundary.Figures;
import org.onewindow.statistics.boundary.StatisticsView;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.List;

/** The leaders' statistics of a period as a PDF report in Simplified Chinese (A4 landscape): the figures, then by department and by item. */
public final class StatisticsReport {

    private static final List<String> COLUMNS = List.of("", "受理", "办结", "在办", "上期结转", "办结率", "按时办结率", "平均用时", "收费（元）", "新设企业");

    public byte[] render(StatisticsView view) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(out)); Document document = new Document(pdf, PageSize.A4.rotate())) {
            PdfFont regular = ChineseFonts.regular();
            PdfFont bold = ChineseFonts.bold();
            pdf.getDocumentInfo().setTitle("政务服务统计报表 " + view.from() + "—" + view.to());
            pdf.getDocumentInfo().setCreator("OneWindow 一窗通办");
            pdf.getCatalog().setLang(new PdfString("zh-CN"));
            document.setFont(regular).setFontSize(10);
            document.add(new Paragraph("政务服务统计报表").setFont(bold).setFontSize(18).setTextAlignment(TextAlignment.CENTER));
            document.add(new Paragraph("统计期间：" + view.from() + " 至 " + view.to().minusDays(1)
                    + (view.department() == null ? "" : "　部门：" + view.department()) + (view.item() == null ? "" : "　事项：" + view.item()))
                    .setTextAlignment(TextAlignment.CENTER));
            Table totals = table(bold);
            row(totals, "本期", view.figures());
            row(totals, "上期", view.previousPeriod());
            row(totals, "去年同期", view.sameLastYear());
            document.add(totals);
            document.add(new Paragraph("按部门（部门数含其作为协办部门承办的子项，合计只计办件）").setFont(bold).setMarginTop(12));
            Table departments = table(bold);
            view.byDepartment().forEach(r -> row(departments, r.name(), r.figures()));
            document.add(departments);
            document.add(new Paragraph("按事项").setFont(bold).setMarginTop(12));
            Table items = table(bold);
            view.byItem().forEach(r -> row(items, r.name(), r.figures()));
            document.add(items);
        }
        return out.toByteArray();
    }

    private static Table table(PdfFont bold) {
        Table table = new Table(UnitValue.createPercentArray(new float[]{22, 8, 8, 8, 8, 8, 9, 9, 11, 9})).useAllAvailableWidth();
        COLUMNS.forEach(c -> table.addHeaderCell(new Cell().add(new Paragraph(c).setFont(bold)).setBackgroundColor(new DeviceRgb(0xF2, 0xF2, 0xF2))));
        return table;
    }

    private static void row(Table table, String label, Figures f) {
        table.addCell(label);
        table.addCell(String.valueOf(f.accepted()));
        table.addCell(String.valueOf(f.completed()));
        table.addCell(String.valueOf(f.inProgress()));
        table.addCell(String.valueOf(f.carriedIn()));
        table.addCell(percent(f.completionRate()));
        table.addCell(percent(f.onTimeRate()));
        table.addCell(f.averageWorkingDays().toPlainString());
        table.addCell(f.fees().toPlainString());
        table.addCell(String.valueOf(f.newEnterprises()));
    }

    private static String percent(BigDecimal fraction) {
        return fraction.movePointRight(2).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString() + "%";
    }
}
