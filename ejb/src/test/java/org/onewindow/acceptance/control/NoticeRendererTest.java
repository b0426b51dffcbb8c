package org.onewindow.acceptance.control;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NoticeRendererTest {

    private static final String URL =
            "https://zwfw.example.gov.cn/onewindow/progress?no=YC2026021300000123&code=7K3M9QXA";

    private final NoticeRenderer renderer = new NoticeRenderer();

    static Notice acceptance() {
        return new Notice(NoticeKind.ACCEPTANCE, "YC2026021300000123", "7K3M9QXA",
                "杭州喆赟科技有限公司", "91330106MA2******8X",
                "330100-SP-001", "食品经营许可（新办）", "杭州市市场监督管理局",
                LocalDateTime.of(2026, 2, 13, 9, 30), LocalDateTime.of(2026, 2, 13, 10, 5),
                LocalDate.of(2026, 2, 24), "20个工作日", null, null, URL);
    }

    static Notice rejection() {
        return new Notice(NoticeKind.REJECTION, "YC2026021300000124", "Q2W8E4RT",
                "欧阳堃", "3301**********1234",
                "330100-JS-017", "建设工程规划许可证核发", "杭州市规划和自然资源局",
                LocalDateTime.of(2026, 2, 13, 14, 12), LocalDateTime.of(2026, 2, 14, 9, 0),
                null, null, "申请事项不属于本机关职权范围，请向所在区规划和自然资源分局提出申请。", null, URL);
    }

    static Notice correction() {
        return new Notice(NoticeKind.CORRECTION, "YC2026021300000125", "M5N6B7HJ",
                "李燊", "3301**********5678",
                "330100-WS-003", "公共场所卫生许可", "杭州市卫生健康委员会",
                LocalDateTime.of(2026, 2, 13, 16, 45), LocalDateTime.of(2026, 2, 15, 11, 20),
                null, null, "复印件须加盖申请单位公章。",
                List.of("营业执照副本复印件", "卫生管理制度（缺少从业人员健康检查制度、公共用品用具清洗消毒制度，请按《公共场所卫生管理条例实施细则》的要求补充）",
                        "经营场所平面布局图"), URL);
    }

    @Test
    void acceptanceNotice() throws IOException {
        byte[] pdf = renderer.render(acceptance());
        String text = textOf(pdf);

        assertThat(text).contains("受理通知书", "受〔2026〕YC2026021300000123号", "杭州喆赟科技有限公司：",
                "你（单位）于2026年2月13日提出的《食品经营许可（新办）》申请",
                "申请材料齐全、符合法定形式，本机关决定予以受理。",
                "承诺办结日期：2026年2月24日（20个工作日）。",
                "YC2026021300000123", "7K3M9QXA", "91330106MA2******8X", "330100-SP-001", "杭州市市场监督管理局",
                "承诺办结日期2026年2月24日（法定办理时限20个工作日）",
                "2026年2月13日09:30", "扫码查询办理进度")
                .doesNotContain("不予受理");
        assertFontsEmbeddedAndQrCode(pdf, "acceptance");
    }

    @Test
    void rejectionNotice() throws IOException {
        byte[] pdf = renderer.render(rejection());
        String text = textOf(pdf);

        assertThat(text).contains("不予受理通知书", "不受〔2026〕YC2026021300000124号", "欧阳堃：",
                "《建设工程规划许可证核发》", "本机关决定不予受理",
                "申请事项不属于本机关职权范围，请向所在区规划和自然资源分局提出申请。",
                "六十日内依法申请行政复议", "六个月内依法向人民法院提起行政诉讼",
                "杭州市规划和自然资源局", "2026年2月14日")
                .doesNotContain("承诺办结日期");
        assertFontsEmbeddedAndQrCode(pdf, "rejection");
    }

    @Test
    void correctionNotice() throws IOException {
        byte[] pdf = renderer.render(correction());
        String text = textOf(pdf);

        assertThat(text).contains("补正材料通知书", "补〔2026〕YC2026021300000125号", "李燊：",
                "《公共场所卫生许可》", "请补正以下材料",
                "1.营业执照副本复印件", "2.卫生管理制度（缺少从业人员健康检查制度、公共用品用具清洗消毒制度，请按《公共场所卫生管理条例实施细则》的要求补充）", "3.经营场所平面布局图",
                "补正说明：复印件须加盖申请单位公章。",
                "请于补正后重新提交，补正前办理时限不开始计算", "2026年2月15日")
                .doesNotContain("承诺办结日期");
        assertFontsEmbeddedAndQrCode(pdf, "correction");
    }

    @Test
    void optionalFieldsMayBeMissing() throws IOException {
        Notice sparse = new Notice(NoticeKind.ACCEPTANCE, "YC1", null, "王五", null, null, "户口迁移",
                "公安局", LocalDateTime.of(2026, 3, 2, 8, 0), LocalDateTime.of(2026, 3, 2, 8, 1),
                LocalDate.of(2026, 3, 9), null, null, null, "https://example.org/q");

        String text = textOf(renderer.render(sparse));

        assertThat(text).contains("王五：", "承诺办结日期：2026年3月9日。", "《户口迁移》");
    }

    @Test
    void longCorrectionRunsOverPagesWithPageNumbers() throws IOException {
        List<String> materials = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            materials.add("第" + i + "项材料：需提交原件扫描件，并加盖申请单位公章");
        }
        Notice notice = new Notice(NoticeKind.CORRECTION, "YC2026021300000126", "ABCDEFGH", "李燊", null, null,
                "公共场所卫生许可", "杭州市卫生健康委员会", LocalDateTime.of(2026, 2, 13, 16, 45),
                LocalDateTime.of(2026, 2, 15, 11, 20), null, null, null, materials, URL);

        try (PDDocument document = Loader.loadPDF(renderer.render(notice))) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertThat(text).contains("第1页共" + pages + "页", "第" + pages + "页共" + pages + "页",
                    "40.第40项材料", "扫码查询办理进度");
            PDFRenderer pdfRenderer = new PDFRenderer(document);
            for (int page = 0; page < pages; page++) {
                writePng(pdfRenderer.renderImageWithDPI(page, 100, ImageType.RGB),
                        "notice-long-correction-" + (page + 1));
            }
        }
    }

    @Test
    void fontCoversGb2312AndRareNameCharacters() {
        StringBuilder gb2312 = new StringBuilder();
        for (int row = 0xA1; row <= 0xF7; row++) {
            for (int cell = 0xA1; cell <= 0xFE; cell++) {
                String decoded = new String(new byte[] {(byte) row, (byte) cell}, Charset.forName("GB2312"));
                if (decoded.codePointCount(0, decoded.length()) == 1 && decoded.codePointAt(0) != 0xFFFD) {
                    gb2312.append(decoded);
                }
            }
        }
        assertThat(gb2312.length()).isGreaterThan(7000);

        assertThat(NoticeRenderer.canDisplay(gb2312.toString())).isTrue();
        assertThat(NoticeRenderer.canDisplay("堃喆赟燊昇珺婧龑玥彧祎犇淼垚鑫翀璟頔")).isTrue();
        assertThat(NoticeRenderer.canDisplay("〔〕《》（）：；，。、“”—…·％0123456789ABCXYZabc-*/?&=:")).isTrue();
    }

    @Test
    void acceptanceNeedsPromisedDate() {
        assertThatThrownBy(() -> new Notice(NoticeKind.ACCEPTANCE, "YC1", "Q", "王五", null, null, "户口迁移",
                "公安局", LocalDateTime.now(), LocalDateTime.now(), null, null, null, null, "https://example.org/q"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rendersConcurrently() throws Exception {
        List<Notice> notices = List.of(acceptance(), rejection(), correction(), acceptance(), rejection(),
                correction());
        ExecutorService pool = Executors.newFixedThreadPool(notices.size());
        try {
            List<Future<byte[]>> pdfs = new ArrayList<>();
            for (Notice notice : notices) {
                pdfs.add(pool.submit(() -> renderer.render(notice)));
            }
            for (int i = 0; i < notices.size(); i++) {
                assertThat(textOf(pdfs.get(i).get()))
                        .contains(notices.get(i).kind().title(), notices.get(i).applicantName());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void chineseLinesDoNotStartWithClosingPunctuation() throws IOException {
        // a reason long enough to wrap several times, full of commas
        String reason = "经核查，申请人提交的材料，与登记信息不一致，".repeat(12) + "故不予受理。";
        Notice notice = new Notice(NoticeKind.REJECTION, "YC2", "Q", "赵六", null, null, "事项",
                "某局", LocalDateTime.of(2026, 3, 2, 8, 0), LocalDateTime.of(2026, 3, 2, 8, 1),
                null, null, reason, null, "https://example.org/q");

        try (PDDocument document = Loader.loadPDF(renderer.render(notice))) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text.lines().map(String::strip))
                    .noneMatch(line -> !line.isEmpty() && "，。、：；）》".indexOf(line.charAt(0)) >= 0);
        }
    }

    /** Text of the PDF as pdftotext would give it, without the line breaks and spaces layout adds. */
    private static String textOf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        }
    }

    private static void assertFontsEmbeddedAndQrCode(byte[] pdf, String name) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            PDPage page = document.getPage(0);
            PDResources resources = page.getResources();

            List<PDFont> fonts = new ArrayList<>();
            for (COSName fontName : resources.getFontNames()) {
                fonts.add(resources.getFont(fontName));
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> assertThat(font.isEmbedded())
                    .as("font %s embedded", font.getName()).isTrue());
            assertThat(fonts).extracting(PDFont::getName)
                    .anyMatch(fontName -> fontName.matches("[A-Z]{6}\\+NotoSansSC-Regular"))
                    .anyMatch(fontName -> fontName.matches("[A-Z]{6}\\+NotoSansSC-Bold"));

            List<PDImageXObject> images = new ArrayList<>();
            for (COSName xObjectName : resources.getXObjectNames()) {
                if (resources.isImageXObject(xObjectName)) {
                    images.add((PDImageXObject) resources.getXObject(xObjectName));
                }
            }
            assertThat(images).hasSize(1);

            BufferedImage rendered = new PDFRenderer(document).renderImageWithDPI(0, 150, ImageType.RGB);
            writePng(rendered, "notice-" + name);

            assertThat(decodeQrCode(rendered)).isEqualTo(URL);
        }
    }

    /** For a person to look at: target/notice-*.png. */
    private static void writePng(BufferedImage image, String name) throws IOException {
        Path png = Path.of("target", name + ".png");
        Files.createDirectories(png.getParent());
        ImageIO.write(image, "png", png.toFile());
    }

    private static String decodeQrCode(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = image.getRGB(0, 0, width, height, null, 0, width);
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, pixels)));
        try {
            Result result = new MultiFormatReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
            return result.getText();
        } catch (NotFoundException e) {
            throw new AssertionError("No QR code found on the rendered page", e);
        }
    }
}
