package io.docroute.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/** Example files, fixtures and documents built on the fly for the parser tests. */
final class TestDocuments {

    private TestDocuments() {
    }

    static DocumentParser parser() {
        return new DocumentParser(ParsingProperties.defaults());
    }

    static byte[] example(String name) {
        return read(Path.of("examples", name));
    }

    static byte[] fixture(String name) {
        return read(Path.of("src", "test", "resources", "documents", name));
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] read(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A DOCX with one "heading 1" paragraph, a line of prose and a table whose first row is the header. */
    static byte[] docx(String heading, String prose, String[]... rows) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            declareHeading1(document);
            XWPFParagraph title = document.createParagraph();
            title.setStyle("Heading1");
            title.createRun().setText(heading);
            document.createParagraph().createRun().setText(prose);

            XWPFTable table = document.createTable(rows.length, rows[0].length);
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < rows[r].length; c++) {
                    table.getRow(r).getCell(c).setText(rows[r][c]);
                }
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A DOCX of a heading with a reviewer's comment on it, then one paragraph. */
    static byte[] docxWithComment(String heading, String author, String comment, String prose) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            declareHeading1(document);
            XWPFComment note = document.createComments().createComment(BigInteger.ONE);
            note.setAuthor(author);
            note.createParagraph().createRun().setText(comment);
            XWPFParagraph title = document.createParagraph();
            title.setStyle("Heading1");
            title.getCTP().addNewCommentRangeStart().setId(BigInteger.ONE);
            title.createRun().setText(heading);
            title.getCTP().addNewCommentRangeEnd().setId(BigInteger.ONE);
            title.getCTP().addNewR().addNewCommentReference().setId(BigInteger.ONE);
            document.createParagraph().createRun().setText(prose);
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Declares the "heading 1" paragraph style under the id Heading1, as Word names it. */
    private static void declareHeading1(XWPFDocument document) {
        XWPFStyles styles = document.createStyles();
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId("Heading1");
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal("heading 1");
        styles.addStyle(new XWPFStyle(style));
    }

    /** A DOCX of paragraphs {@code [styleId, text]}: each style is declared under its own id as its name. */
    static byte[] styledDocx(List<String[]> paragraphs) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFStyles styles = document.createStyles();
            for (String id : paragraphs.stream().map(p -> p[0]).filter(id -> !id.isEmpty()).distinct().toList()) {
                CTStyle style = CTStyle.Factory.newInstance();
                style.setStyleId(id);
                style.setType(STStyleType.PARAGRAPH);
                style.addNewName().setVal(id);
                styles.addStyle(new XWPFStyle(style));
            }
            for (String[] paragraph : paragraphs) {
                XWPFParagraph p = document.createParagraph();
                if (!paragraph[0].isEmpty()) {
                    p.setStyle(paragraph[0]);
                }
                if (!paragraph[1].isEmpty()) {
                    p.createRun().setText(paragraph[1]);
                }
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A hand-written DOCX package whose word/document.xml has {@code prolog} before the root and {@code body} in it. */
    static byte[] docxWithBody(String prolog, String body) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
             ZipOutputStream zip = new ZipOutputStream(bytes)) {
            packageParts(zip);
            entry(zip, "word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + prolog
                    + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                    + "<w:body>" + body + "</w:body></w:document>");
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A DOCX-shaped zip whose word/document.xml inflates from a few kilobytes to {@code megabytes} MB of spaces. */
    static byte[] docxZipBomb(int megabytes) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
             ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            packageParts(zip);
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"));
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < megabytes; i++) {
                zip.write(spaces);
            }
            zip.write(utf8("</w:body></w:document>"));
            zip.closeEntry();
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void packageParts(ZipOutputStream zip) throws IOException {
        entry(zip, "[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                  <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                  <Default Extension="xml" ContentType="application/xml"/>
                  <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
                </Types>
                """);
        entry(zip, "_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                  <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
                </Relationships>
                """);
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(utf8(content));
        zip.closeEntry();
    }
}
