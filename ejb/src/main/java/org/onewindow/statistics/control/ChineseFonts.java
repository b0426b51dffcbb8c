package org.onewindow.statistics.control;

import com.itextpdf.io.font.FontProgram;
import com.itextpdf.io.font.FontProgramFactory;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Noto Sans SC Regular and Bold for supervision's PDFs, embedded as subsets like the notices' (see
 * {@link org.onewindow.acceptance.control.NoticeRenderer} for the font's origin and licence): parsed once,
 * shared by all threads, a fresh {@link PdfFont} per document.
 */
public final class ChineseFonts {

    private static final String DIRECTORY = "/fonts/ttf/NotoSansSC/";

    private ChineseFonts() {
    }

    private static final class Programs {
        static final FontProgram REGULAR = load("NotoSansSC-Regular.ttf");
        static final FontProgram BOLD = load("NotoSansSC-Bold.ttf");

        private static FontProgram load(String file) {
            try (InputStream in = ChineseFonts.class.getResourceAsStream(DIRECTORY + file)) {
                if (in == null) {
                    throw new IllegalStateException("Font " + file + " not found: com.helger.font:ph-fonts-noto-sans-sc must be on the class path");
                }
                return FontProgramFactory.createFont(in.readAllBytes(), false);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read font " + file, e);
            }
        }
    }

    public static PdfFont regular() {
        return PdfFontFactory.createFont(Programs.REGULAR, PdfEncodings.IDENTITY_H, PdfFontFactory.EmbeddingStrategy.FORCE_EMBEDDED);
    }

    public static PdfFont bold() {
        return PdfFontFactory.createFont(Programs.BOLD, PdfEncodings.IDENTITY_H, PdfFontFactory.EmbeddingStrategy.FORCE_EMBEDDED);
    }
}
