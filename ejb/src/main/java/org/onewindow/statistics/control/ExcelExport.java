package org.onewindow.statistics.control;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.UserTransaction;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.onewindow.statistics.boundary.Figures;
import org.onewindow.statistics.boundary.StatisticsView;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Writes an export as .xlsx, streamed: the cases are read through a database cursor ({@code fetchSize}) as projections
 * and written through POI's SXSSF, which keeps only a window of rows in memory and the rest in a compressed temporary
 * file, so memory stays bounded whatever the year holds. One sheet of figures, one row per case on the next.
 */
@Stateless
@PermitAll
@TransactionManagement(TransactionManagementType.BEAN)
public class ExcelExport {

    static final int WINDOW = 200;
    static final int FETCH = 2000;
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(CHINA);
    private static final Logger LOG = Logger.getLogger(ExcelExport.class.getName());

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @Asynchronous
    public void write(ExportJob job, Instant from, Instant to, String department, String item) {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW)) {
            workbook.setCompressTempFiles(true);
            transaction.setTransactionTimeout(3600);
            transaction.begin();
            try {
                job.total(count(from, to, department, item));
                summarySheet(workbook, job.summary());
                Sheet cases = workbook.createSheet("办件明细");
                header(workbook, cases, List.of("申请编号", "事项编码", "事项名称", "牵头部门", "申请人", "状态", "受理时间", "承诺办结日期",
                        "办结时间", "用时（工作日）", "是否按时", "收费（元）"));
                long rows = 0;
                try (Stream<CaseRow> stream = rows(from, to, department, item)) {
                    Iterator<CaseRow> it = stream.iterator();
                    while (it.hasNext()) {
                        CaseRow c = it.next();
                        Row row = cases.createRow((int) ++rows);
                        row.createCell(0).setCellValue(c.number());
                        row.createCell(1).setCellValue(c.itemCode());
                        row.createCell(2).setCellValue(c.itemName());
                        row.createCell(3).setCellValue(c.department());
                        row.createCell(4).setCellValue(c.applicant());
                        row.createCell(5).setCellValue(c.status().name());
                        row.createCell(6).setCellValue(c.acceptedAt() == null ? "" : TIME.format(c.acceptedAt()));
                        row.createCell(7).setCellValue(c.promisedDate() == null ? "" : c.promisedDate().toString());
                        row.createCell(8).setCellValue(c.decidedAt() == null ? "" : TIME.format(c.decidedAt()));
                        if (c.workingDaysUsed() != null) {
                            row.createCell(9).setCellValue(c.workingDaysUsed());
                        }
                        row.createCell(10).setCellValue(c.onTime() == null ? "" : c.onTime() ? "是" : "否");
                        if (c.fees() != null) {
                            row.createCell(11).setCellValue(c.fees().doubleValue());
                        }
                        if (rows % 1000 == 0) {
                            job.wrote(rows);
                            // the cursor's rows are projections: nothing accumulates in the persistence context
                            job.heapUsed(memory.getHeapMemoryUsage().getUsed());
                        }
                    }
                }
                transaction.commit();
                try (OutputStream out = Files.newOutputStream(job.file())) {
                    workbook.write(out);
                }
                job.heapUsed(memory.getHeapMemoryUsage().getUsed());
                job.wrote(rows);
                job.done();
            } catch (Exception failed) {
                if (transaction.getStatus() == jakarta.transaction.Status.STATUS_ACTIVE) {
                    transaction.rollback();
                }
                throw failed;
            }
        } catch (Exception failed) {
            LOG.warning(() -> "Export " + job.id() + " failed: " + failed);
            job.failed(String.valueOf(failed.getMessage()));
        }
    }

    private long count(Instant from, Instant to, String department, String item) {
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(a) FROM Application a JOIN a.item i JOIN i.leadDepartment d "
                + where(department, item), Long.class);
        bind(query, from, to, department, item);
        return query.getSingleResult();
    }

    private Stream<CaseRow> rows(Instant from, Instant to, String department, String item) {
        TypedQuery<CaseRow> query = em.createQuery("""
                SELECT new org.onewindow.statistics.control.CaseRow(a.applicationNumber, i.code, i.name, d.name, p.name, a.status,
                       a.acceptedAt, a.promisedDate, a.decidedAt, a.workingDaysUsed, a.onTime, f.total)
                FROM Application a JOIN a.item i JOIN i.leadDepartment d JOIN a.applicant p
                  LEFT JOIN FeePayment f ON f.application = a """ + where(department, item) + " ORDER BY a.acceptedAt, a.id", CaseRow.class);
        bind(query, from, to, department, item);
        return query.setHint("org.hibernate.fetchSize", FETCH).setHint("org.hibernate.readOnly", true).getResultStream();
    }

    private static String where(String department, String item) {
        return " WHERE a.acceptedAt >= :from AND a.acceptedAt < :to" + (department == null ? "" : " AND d.code = :department")
                + (item == null ? "" : " AND i.code = :item");
    }

    private static void bind(TypedQuery<?> query, Instant from, Instant to, String department, String item) {
        query.setParameter("from", from).setParameter("to", to);
        if (department != null) {
            query.setParameter("department", department);
        }
        if (item != null) {
            query.setParameter("item", item);
        }
    }

    private static void summarySheet(SXSSFWorkbook workbook, StatisticsView view) {
        Sheet sheet = workbook.createSheet("统计汇总");
        header(workbook, sheet, List.of("范围", "受理", "办结", "在办（期末）", "上期结转", "办结率", "按时办结率", "平均用时（工作日）", "收费（元）", "新设企业"));
        int r = 1;
        r = figures(sheet, r, "本期 " + view.from() + " 至 " + view.to(), view.figures());
        r = figures(sheet, r, "上期", view.previousPeriod());
        r = figures(sheet, r, "去年同期", view.sameLastYear());
        for (StatisticsView.Row row : view.byDepartment()) {
            r = figures(sheet, r, "部门 " + row.name(), row.figures());
        }
        for (StatisticsView.Row row : view.byItem()) {
            figures(sheet, r++, "事项 " + row.name(), row.figures());
        }
    }

    private static int figures(Sheet sheet, int r, String label, Figures f) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(label);
        row.createCell(1).setCellValue(f.accepted());
        row.createCell(2).setCellValue(f.completed());
        row.createCell(3).setCellValue(f.inProgress());
        row.createCell(4).setCellValue(f.carriedIn());
        row.createCell(5).setCellValue(f.completionRate().doubleValue());
        row.createCell(6).setCellValue(f.onTimeRate().doubleValue());
        row.createCell(7).setCellValue(f.averageWorkingDays().doubleValue());
        row.createCell(8).setCellValue(f.fees().doubleValue());
        row.createCell(9).setCellValue(f.newEnterprises());
        return r + 1;
    }

    private static void header(SXSSFWorkbook workbook, Sheet sheet, List<String> titles) {
        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        Row row = sheet.createRow(0);
        for (int i = 0; i < titles.size(); i++) {
            row.createCell(i).setCellValue(titles.get(i));
            row.getCell(i).setCellStyle(bold);
        }
    }
}
