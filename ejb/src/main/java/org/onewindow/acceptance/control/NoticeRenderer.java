package org.onewindow.acceptance.control;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.itextpdf.io.font.FontProgram;
import com.itextpdf.io.font.FontProgramFactory;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.io.font.otf.GlyphLine;
import com.itextpdf.io.image.ImageData;
import com.itextpdf.io.image.ImageDataFactory;
import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.font.PdfFontFactory.EmbeddingStrategy;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.CompressionConstants;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfDocumentInfo;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;
import com.itextpdf.kernel.pdf.canvas.draw.SolidLine;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Image;
import com.itextpdf.layout.element.LineSeparator;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.HorizontalAlignment;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;
import com.itextpdf.layout.splitting.DefaultSplitCharacters;
import com.itextpdf.layout.splitting.ISplitCharacters;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * Renders a {@link Notice} as an A4 PDF in Simplified Chinese: one page, more only for a long correction list (then
 * the pages are numbered).
 *
 * <h2>Font</h2>
 * The text is set in <b>Noto Sans SC</b> (Regular and Bold), embedded as a subset, so every viewer shows the notice
 * and text extraction (pdftotext, search, screen readers) yields the Chinese text. Noto Sans SC is licensed under
 * the SIL Open Font License 1.1 (embedding in documents is allowed); it covers GB 2312 and far beyond, so all
 * template text and the rarer characters of names (堃, 喆, 赟, 燊 ...) are present. It comes from the Maven Central
 * artifact {@code com.helger.font:ph-fonts-noto-sans-sc} (an Apache 2.0 wrapper; the font files keep the OFL, whose
 * text is in the jar at fonts/ttf/NotoSansSC/OFL.txt), the only artifact on Central found to carry an openly
 * licensed Simplified Chinese font as TrueType/OpenType: {@code com.itextpdf:font-asian} holds only CMaps for the
 * non-embeddable STSong-Light, {@code org.ofdrw:ofdrw-font} ships SimSun/SimHei/YaHei, which are not openly
 * licensed, and no WebJar of a Chinese font was found (the npm packages of Chinese web fonts are WOFF/WOFF2, split
 * per unicode range). ph-fonts converted the original OTF (CFF outlines) to TrueType outlines, which iText subsets
 * well. Only the Regular and Bold files of the jar are read; the price is a 37 MB jar in the EAR.
 *
 * <h2>Threading and cost</h2>
 * The two font files (about 10 MB each) are read and parsed once per class loader, on first use, into immutable
 * {@link FontProgram}s shared by all threads; iText reads shared programs through per-call views. Each
 * {@link #render(Notice)} creates its own {@link PdfFont}s, document and buffers, so one instance may be used by any
 * number of threads at once; the class has no mutable state.
 */
public final class NoticeRenderer {

    private static final String FONT_DIRECTORY = "/fonts/ttf/NotoSansSC/";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu'年'M'月'd'日'");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private static final float MM = 72f / 25.4f;
    private static final float QR_SIZE = 30 * MM;
    /** Image pixels per QR module: a sharp code even in viewers that smooth upscaled images. */
    private static final int QR_PIXELS_PER_MODULE = 8;

    private static final float TITLE_SIZE = 22;
    private static final float BODY_SIZE = 12;
    private static final float TABLE_SIZE = 10.5f;
    private static final float SMALL_SIZE = 9;

    private static final Color OFFICIAL_RED = new DeviceRgb(0xC8, 0x10, 0x2E);
    private static final Color GREY_TEXT = new DeviceRgb(0x55, 0x55, 0x55);
    private static final Color TABLE_RULE = new DeviceRgb(0x99, 0x99, 0x99);
    private static final Color LABEL_BACKGROUND = new DeviceRgb(0xF2, 0xF2, 0xF2);

    private static final ISplitCharacters SPLIT_CHARACTERS = new ChineseSplitCharacters();

    /** The parsed fonts, loaded on first use (initialization-on-demand holder: thread-safe, once). */
    private static final class Fonts {
        static final FontProgram REGULAR = load("NotoSansSC-Regular.ttf");
        static final FontProgram BOLD = load("NotoSansSC-Bold.ttf");

        private static FontProgram load(String file) {
            String resource = FONT_DIRECTORY + file;
            try (InputStream in = NoticeRenderer.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("Font " + resource
                            + " not found: com.helger.font:ph-fonts-noto-sans-sc must be on the class path");
                }
                return FontProgramFactory.createFont(in.readAllBytes(), false);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read font " + resource, e);
            }
        }
    }

    /** Whether the embedded fonts have a glyph for every character of the text (regular and bold). */
    static boolean canDisplay(String text) {
        return text.codePoints().allMatch(c -> Character.isWhitespace(c)
                || Fonts.REGULAR.getGlyph(c) != null && Fonts.BOLD.getGlyph(c) != null);
    }

    /** Renders the notice as PDF bytes. Thread-safe. */
    public byte[] render(Notice notice) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(96 * 1024);
        // Most of the file is the two font subsets (iText keeps the original glyph ids, so the glyph metrics tables
        // stay full length); the fastest deflate level cuts the render time by a third for about 7 % more bytes.
        WriterProperties writerProperties = new WriterProperties()
                .setFullCompressionMode(true)
                .setCompressionLevel(CompressionConstants.BEST_SPEED);
        // immediateFlush false: pages stay open until close, so numberPages can still write on them
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(out, writerProperties));
             Document document = new Document(pdf, PageSize.A4, false)) {
            PdfFont regular = PdfFontFactory.createFont(Fonts.REGULAR, PdfEncodings.IDENTITY_H,
                    EmbeddingStrategy.FORCE_EMBEDDED);
            PdfFont bold = PdfFontFactory.createFont(Fonts.BOLD, PdfEncodings.IDENTITY_H,
                    EmbeddingStrategy.FORCE_EMBEDDED);
            describe(pdf, notice);

            document.setMargins(25 * MM, 26 * MM, 22 * MM, 26 * MM);
            document.setFont(regular).setFontSize(BODY_SIZE).setSplitCharacters(SPLIT_CHARACTERS);

            addHeading(document, notice, bold);
            addBody(document, notice, bold);
            addFacts(document, notice, bold);
            addSignature(document, notice);
            numberPages(document, pdf);
        }
        return out.toByteArray();
    }

    private static void describe(PdfDocument pdf, Notice notice) {
        PdfDocumentInfo info = pdf.getDocumentInfo();
        info.setTitle(notice.kind().title() + " " + notice.applicationNumber());
        info.setAuthor(notice.leadDepartmentName());
        info.setSubject(notice.itemName());
        info.setCreator("OneWindow 一窗通办");
        pdf.getCatalog().setLang(new PdfString("zh-CN"));
    }

    private static void addHeading(Document document, Notice notice, PdfFont bold) {
        document.add(new Paragraph(notice.kind().title())
                .setFont(bold).setFontSize(TITLE_SIZE).setCharacterSpacing(2)
                .setTextAlignment(TextAlignment.CENTER)
                .setMarginTop(0).setMarginBottom(6));
        document.add(new Paragraph(noticeNumber(notice))
                .setFontSize(BODY_SIZE - 1).setTextAlignment(TextAlignment.CENTER)
                .setMarginTop(0).setMarginBottom(4));
        SolidLine rule = new SolidLine(1.2f);
        rule.setColor(OFFICIAL_RED);
        document.add(new LineSeparator(rule).setMarginBottom(14));
    }

    /** A long notice (many missing materials) runs over pages: then each page says 第 n 页 共 m 页. */
    private static void numberPages(Document document, PdfDocument pdf) {
        int pages = pdf.getNumberOfPages();
        if (pages < 2) {
            return;
        }
        PageSize size = PageSize.A4;
        for (int page = 1; page <= pages; page++) {
            document.showTextAligned(new Paragraph("第 " + page + " 页 共 " + pages + " 页")
                            .setFontSize(SMALL_SIZE).setFontColor(GREY_TEXT),
                    size.getWidth() / 2, 12 * MM, page, TextAlignment.CENTER, VerticalAlignment.BOTTOM, 0);
        }
    }

    /** E.g. 受〔2026〕YC2026021300000123号: the kind's word, the year of issue, the application number. */
    static String noticeNumber(Notice notice) {
        return notice.kind().numberPrefix() + "〔" + notice.issuedAt().getYear() + "〕"
                + notice.applicationNumber() + "号";
    }

    private static void addBody(Document document, Notice notice, PdfFont bold) {
        document.add(new Paragraph(notice.applicantName() + "：")
                .setFont(bold).setMarginTop(0).setMarginBottom(4));

        String opening = "你（单位）于" + date(notice.submittedAt().toLocalDate()) + "提出的《"
                + notice.itemName() + "》申请，经审查，";
        switch (notice.kind()) {
            case ACCEPTANCE -> {
                document.add(body(opening + "申请材料齐全、符合法定形式，本机关决定予以受理。"));
                String limit = notice.timeLimitText() == null || notice.timeLimitText().isBlank()
                        ? "" : "（" + notice.timeLimitText() + "）";
                document.add(body("承诺办结日期：" + date(notice.promisedDate()) + limit + "。"));
                document.add(body("办理期间，你（单位）可凭申请编号和查询码，或扫描本通知书上的二维码，查询办理进度。"));
            }
            case REJECTION -> {
                document.add(body(opening + "本机关决定不予受理。理由如下："));
                document.add(body(orElse(notice.reason(), "申请事项不符合受理条件。")));
                document.add(body("如对本决定不服，可以自收到本通知书之日起六十日内依法申请行政复议，"
                        + "或者在六个月内依法向人民法院提起行政诉讼。"));
            }
            case CORRECTION -> {
                document.add(body(opening + "申请材料不齐全或者不符合法定形式，请补正以下材料："));
                if (notice.missingMaterials().isEmpty()) {
                    document.add(body("（见补正说明）"));
                } else {
                    // numbered paragraphs with a hanging indent; the number is text, so it is extracted in order
                    float hang = 1.5f * BODY_SIZE;
                    int number = 1;
                    for (String material : notice.missingMaterials()) {
                        document.add(new Paragraph((number++) + ". " + material)
                                .setMarginLeft(2 * BODY_SIZE + hang).setFirstLineIndent(-hang)
                                .setMultipliedLeading(1.5f).setMarginTop(0).setMarginBottom(2));
                    }
                }
                if (notice.reason() != null && !notice.reason().isBlank()) {
                    document.add(body("补正说明：" + notice.reason()));
                }
                document.add(body("请于补正后重新提交，补正前办理时限不开始计算。"));
            }
        }
    }

    private static Paragraph body(String text) {
        return new Paragraph(text)
                .setFirstLineIndent(2 * BODY_SIZE)
                .setMultipliedLeading(1.5f)
                .setTextAlignment(TextAlignment.JUSTIFIED)
                .setMarginTop(0).setMarginBottom(4);
    }

    /** The key facts as a ruled table of label/value pairs, two pairs per row. */
    private static void addFacts(Document document, Notice notice, PdfFont bold) {
        Table table = new Table(UnitValue.createPercentArray(new float[] {17, 33, 17, 33}))
                .useAllAvailableWidth()
                .setFontSize(TABLE_SIZE)
                .setMarginTop(12)
                .setKeepTogether(true);
        fact(table, bold, "申请编号", notice.applicationNumber(), 1);
        fact(table, bold, "查询码", orElse(notice.queryCode(), "—"), 1);
        fact(table, bold, "申请人", notice.applicantName(), 1);
        fact(table, bold, "证件号码", orElse(notice.applicantIdentifierMasked(), "—"), 1);
        fact(table, bold, "办理事项", notice.itemName(), 3);
        fact(table, bold, "事项编码", orElse(notice.itemCode(), "—"), 1);
        fact(table, bold, "牵头部门", notice.leadDepartmentName(), 1);
        fact(table, bold, "申请时间", dateTime(notice.submittedAt()), 1);
        fact(table, bold, notice.kind() == NoticeKind.ACCEPTANCE ? "受理时间" : "出具时间",
                dateTime(notice.issuedAt()), 1);
        if (notice.kind() == NoticeKind.ACCEPTANCE) {
            String limit = notice.timeLimitText() == null || notice.timeLimitText().isBlank()
                    ? "" : "（法定办理时限 " + notice.timeLimitText() + "）";
            fact(table, bold, "承诺办结日期", date(notice.promisedDate()) + limit, 3);
        }
        document.add(table);
    }

    private static void fact(Table table, PdfFont bold, String label, String value, int valueColumns) {
        SolidBorder border = new SolidBorder(TABLE_RULE, 0.5f);
        table.addCell(new Cell().add(new Paragraph(label).setFont(bold))
                .setBackgroundColor(LABEL_BACKGROUND).setBorder(border)
                .setPaddingLeft(5).setPaddingRight(2).setPaddingTop(3).setPaddingBottom(3)
                .setVerticalAlignment(VerticalAlignment.MIDDLE));
        table.addCell(new Cell(1, valueColumns).add(new Paragraph(value))
                .setBorder(border)
                .setPaddingLeft(6).setPaddingTop(3).setPaddingBottom(3)
                .setVerticalAlignment(VerticalAlignment.MIDDLE));
    }

    /** QR code with caption at the bottom left, issuing department and date at the bottom right; never split. */
    private static void addSignature(Document document, Notice notice) {
        Table table = new Table(UnitValue.createPercentArray(new float[] {40, 60}))
                .useAllAvailableWidth()
                .setMarginTop(20)
                .setKeepTogether(true);

        Cell qrCell = new Cell().setBorder(Border.NO_BORDER).setPadding(0)
                .add(new Image(qrCode(notice.statusQueryUrl()))
                        .scaleAbsolute(QR_SIZE, QR_SIZE)
                        .setHorizontalAlignment(HorizontalAlignment.LEFT))
                .add(new Paragraph("扫码查询办理进度")
                        .setFontSize(SMALL_SIZE).setFontColor(GREY_TEXT)
                        .setWidth(QR_SIZE).setTextAlignment(TextAlignment.CENTER)
                        .setMarginTop(2).setMarginBottom(0));
        table.addCell(qrCell);

        Cell issuerCell = new Cell().setBorder(Border.NO_BORDER).setPadding(0)
                .setVerticalAlignment(VerticalAlignment.BOTTOM)
                .setTextAlignment(TextAlignment.RIGHT)
                .add(new Paragraph(notice.leadDepartmentName()).setMargin(0).setMarginBottom(4))
                .add(new Paragraph(date(notice.issuedAt().toLocalDate())).setMargin(0).setMarginBottom(14));
        table.addCell(issuerCell);
        document.add(table);

        document.add(new Paragraph("进度查询：" + notice.statusQueryUrl())
                .setFontSize(SMALL_SIZE).setFontColor(GREY_TEXT)
                .setMarginTop(10).setMarginBottom(0));
    }

    /** The URL as a QR code image: 1 bit per pixel, black modules, with a quiet zone. */
    static ImageData qrCode(String content) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.CHARACTER_SET, "UTF-8",
                    EncodeHintType.MARGIN, 2));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode as QR code: " + content, e);
        }
        int scale = QR_PIXELS_PER_MODULE;
        int width = matrix.getWidth() * scale;
        int height = matrix.getHeight() * scale;
        int rowBytes = (width + 7) / 8;
        byte[] data = new byte[rowBytes * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                // DeviceGray, 1 bit: 1 is white
                if (!matrix.get(x / scale, y / scale)) {
                    data[y * rowBytes + x / 8] |= (byte) (0x80 >>> (x % 8));
                }
            }
        }
        return ImageDataFactory.create(width, height, 1, 1, data, null);
    }

    private static String date(LocalDate date) {
        return DATE.format(date);
    }

    private static String dateTime(LocalDateTime dateTime) {
        return DATE.format(dateTime) + " " + TIME.format(dateTime);
    }

    private static String orElse(String text, String fallback) {
        return text == null || text.isBlank() ? fallback : text;
    }

    /**
     * iText's default line breaking follows the Japanese rules (JLReq), which miss the full-width punctuation of
     * Chinese text: a line could start with ，or ：. This adds the Chinese rules: no break before closing
     * punctuation, none after opening punctuation, a break allowed after other full-width punctuation.
     */
    static final class ChineseSplitCharacters implements ISplitCharacters {

        private static final ISplitCharacters DEFAULT = new DefaultSplitCharacters();
        private static final String NOT_STARTING_LINE = "，。、：；！？）》〉」』】〕”’…·％";
        private static final String NOT_ENDING_LINE = "（《〈「『【〔“‘";

        @Override
        public boolean isSplitCharacter(GlyphLine text, int glyphPos) {
            if (!text.get(glyphPos).hasValidUnicode()) {
                return false;
            }
            int current = text.get(glyphPos).getUnicode();
            if (glyphPos + 1 < text.size() && text.get(glyphPos + 1).hasValidUnicode()
                    && NOT_STARTING_LINE.indexOf(text.get(glyphPos + 1).getUnicode()) >= 0) {
                return false;
            }
            if (NOT_ENDING_LINE.indexOf(current) >= 0) {
                return false;
            }
            if (NOT_STARTING_LINE.indexOf(current) >= 0) {
                return true;
            }
            return DEFAULT.isSplitCharacter(text, glyphPos);
        }
    }
}
