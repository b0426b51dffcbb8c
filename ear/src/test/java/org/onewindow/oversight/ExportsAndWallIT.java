package org.onewindow.oversight;

import io.restassured.path.json.JsonPath;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.onewindow.platform.Api;
import org.onewindow.platform.Tasks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * A leader exports a month to Excel (in the background, with progress) and to PDF; the hall's wall screen reads its
 * figures as JSON and as a stream of Server-Sent Events, and its page is served.
 */
class ExportsAndWallIT {

    @Test
    void a_months_figures_and_cases_are_exported_to_excel_with_progress_and_to_pdf() throws Exception {
        String item = SupervisedCases.item("IT-EXPORT", 5, Map.of());
        String first = SupervisedCases.submit(item, "广州天河导出甲有限公司").getString("applicationNumber");
        String second = SupervisedCases.submit(item, "广州天河导出乙有限公司").getString("applicationNumber");
        SupervisedCases.accept(first);
        SupervisedCases.accept(second);
        Tasks.decideAtWindow("wang.fang", first, true, "准予许可");
        YearMonth month = YearMonth.from(LocalDate.now(ZoneId.of("Asia/Shanghai")));
        Map<String, String> period = Map.of("from", month.atDay(1).toString(), "to", month.plusMonths(1).atDay(1).toString(), "item", item);

        Api.json(Api.as("wang.fang")).body(period).post("/statistics/exports").then().statusCode(403);
        String id = Api.json(Api.as("zhao.min")).body(period).post("/statistics/exports").then().statusCode(202)
                .body("state", equalTo("RUNNING")).extract().path("id");
        Api.as("sun.li").get("/statistics/exports/{id}", id).then().statusCode(404);
        Tasks.await(() -> "DONE".equals(Api.as("zhao.min").get("/statistics/exports/{id}", id).then().statusCode(200).extract().path("state")));
        JsonPath done = Api.as("zhao.min").get("/statistics/exports/{id}", id).then().statusCode(200).extract().jsonPath();
        assertThat(done.getInt("percent")).isEqualTo(100);
        assertThat(done.getLong("written")).isEqualTo(2);
        assertThat(done.getLong("heapPeakBytes")).isPositive();

        byte[] xlsx = Api.as("zhao.min").get("/statistics/exports/{id}/file", id).then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet figures = workbook.getSheet("统计汇总");
            assertThat(figures.getRow(1).getCell(1).getNumericCellValue()).as("accepted").isEqualTo(2);
            assertThat(figures.getRow(1).getCell(2).getNumericCellValue()).as("completed").isEqualTo(1);
            Sheet cases = workbook.getSheet("办件明细");
            assertThat(cases.getRow(0).getCell(0).getStringCellValue()).isEqualTo("申请编号");
            assertThat(cases.getLastRowNum()).isEqualTo(2);
            assertThat(cases.getRow(1).getCell(0).getStringCellValue()).isEqualTo(first);
            assertThat(cases.getRow(1).getCell(5).getStringCellValue()).isEqualTo("APPROVED");
            assertThat(cases.getRow(2).getCell(0).getStringCellValue()).isEqualTo(second);
        }

        byte[] pdf = Api.as("zhao.min").queryParams(period).get("/statistics/report").then().statusCode(200).contentType("application/pdf")
                .extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", "")).contains("政务服务统计报表", "按部门", "监察测试事项" + item);
        }
    }

    @Test
    void the_wall_shows_totals_and_cards_by_department_as_json_and_as_a_live_stream() throws IOException, InterruptedException {
        String item = SupervisedCases.item("IT-WALL", 5, Map.of());
        SupervisedCases.accept(SupervisedCases.submit(item, "广州天河大屏测试有限公司").getString("applicationNumber"));
        JsonPath wall = Api.anonymous().get("/wall").then().statusCode(200).extract().jsonPath();
        assertThat(wall.getLong("running")).isPositive();
        assertThat(wall.getLong("acceptedToday")).isPositive();
        assertThat(wall.getInt("departments.find { it.code == 'TH-SCJ' }.running")).isPositive();

        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<java.io.InputStream> stream = client.send(HttpRequest.newBuilder(URI.create(Api.BASE + "/api/wall/stream"))
                .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(stream.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(stream.body(), java.nio.charset.StandardCharsets.UTF_8))) {
            String line;
            String event = null;
            while ((line = lines.readLine()) != null && !line.startsWith("data:")) {
                if (line.startsWith("event:")) {
                    event = line.substring(6).strip();
                }
            }
            assertThat(event).isEqualTo("wall");
            assertThat(line).contains("\"activeRed\"").contains("\"departments\"");
        }
        String page = client.send(HttpRequest.newBuilder(URI.create(Api.BASE + "/wall.html")).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        assertThat(page).contains("全市办件态势", "api/wall/stream");
    }
}
