// SPDX-License-Identifier: Apache-2.0
package zwk.io.register;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** The form of a register file, from its first bytes (never from its name). */
enum RegisterFormat {
  /** Nothing, or blanks only. */
  EMPTY,
  /** The official workbook (Office Open XML spreadsheet). */
  XLSX,
  /** The fixed-width GV100AD file. */
  GV100AD,
  /** The Auszug_GV extract saved as CSV. */
  AUSZUG_CSV,
  /** Anything else. */
  OTHER;

  /** The form of a file that starts with {@code head} (up to 8 KiB). */
  static RegisterFormat detect(byte[] head) {
    int i = 0;
    if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
      i = 3;
    }
    while (i < head.length && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n')) {
      i++;
    }
    if (i == head.length && head.length < 8192) {
      return EMPTY;
    }
    if (isZip(head)) {
      return zipKind(head).equals("xlsx") ? XLSX : OTHER;
    }
    if (binary(head)) {
      return OTHER;
    }
    // GV100AD: Satzart 10..60 and the Gebietsstand yyyymmdd, then at least the key digits
    if (head.length - i >= 12) {
      boolean digits = true;
      for (int k = i; k < i + 10; k++) {
        digits &= head[k] >= '0' && head[k] <= '9';
      }
      if (digits && head[i + 1] == '0' && head[i] >= '1' && head[i] <= '6' && (head[i + 2] == '1' || head[i + 2] == '2')) {
        return GV100AD;
      }
    }
    String text = new String(head, i, head.length - i, StandardCharsets.ISO_8859_1);
    if (text.indexOf(';') >= 0 || text.indexOf(',') >= 0) {
      return AUSZUG_CSV;
    }
    return OTHER;
  }

  /** What a file of {@link #OTHER} form is, for the message. */
  static String describeOther(byte[] head) {
    if (isZip(head)) {
      switch (zipKind(head)) {
        case "xlsx":
          return "an xlsx workbook";
        case "jar":
          return "a Java archive (jar)";
        case "docx":
          return "a Word document (docx)";
        case "pptx":
          return "a PowerPoint document (pptx)";
        case "ods":
          return "an OpenDocument spreadsheet (ods); save it as xlsx or CSV";
        case "odt":
          return "an OpenDocument text (odt)";
        default:
          return "a ZIP archive; unpack it first";
      }
    }
    if (startsWith(head, "%PDF")) {
      return "a PDF document";
    }
    if (head.length >= 8 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11
        && (head[3] & 0xFF) == 0xE0) {
      return "an old Excel (xls) or other OLE2 file; save it as xlsx or CSV";
    }
    if (head.length >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B) {
      return "a gzip archive; unpack it first";
    }
    if (startsWith(head, "<?xml") || startsWith(head, "<html") || startsWith(head, "<!DOCTYPE")) {
      return "an XML or HTML document";
    }
    if (binary(head)) {
      return "binary data";
    }
    return "text that is neither (no record of 220 characters starting with a Satzart and a date, no separators)";
  }

  private static boolean isZip(byte[] h) {
    return h.length >= 4 && h[0] == 'P' && h[1] == 'K' && h[2] == 3 && h[3] == 4;
  }

  private static boolean startsWith(byte[] h, String s) {
    byte[] p = s.getBytes(StandardCharsets.US_ASCII);
    if (h.length < p.length) {
      return false;
    }
    for (int i = 0; i < p.length; i++) {
      if (Character.toLowerCase(h[i]) != Character.toLowerCase(p[i])) {
        return false;
      }
    }
    return true;
  }

  /** NUL or other control bytes that no text register has. */
  private static boolean binary(byte[] h) {
    int n = Math.min(h.length, 1024);
    for (int i = 0; i < n; i++) {
      int b = h[i] & 0xFF;
      if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != 0x0C) {
        return true;
      }
    }
    return false;
  }

  /**
   * The kind of a ZIP from the names of its first entries (local headers in the first bytes):
   * {@code xlsx} (an {@code xl/} part), {@code docx}, {@code pptx}, {@code jar}
   * ({@code META-INF/MANIFEST.MF}), {@code ods}/{@code odt} (their {@code mimetype}), else {@code zip}.
   */
  static String zipKind(byte[] head) {
    String kind = "zip";
    try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(head))) {
      for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
        String n = e.getName();
        if (n.startsWith("xl/")) {
          return "xlsx";
        }
        if (n.startsWith("word/")) {
          return "docx";
        }
        if (n.startsWith("ppt/")) {
          return "pptx";
        }
        if (n.equals("META-INF/MANIFEST.MF") || n.endsWith(".class")) {
          kind = "jar";
        }
        if (n.equals("mimetype")) {
          byte[] m = z.readNBytes(80);
          String mime = new String(m, StandardCharsets.US_ASCII);
          if (mime.contains("opendocument.spreadsheet")) {
            return "ods";
          }
          if (mime.contains("opendocument.text")) {
            return "odt";
          }
        }
        if (n.equals("[Content_Types].xml")) {
          // read its text: the content types name the document kind even when the parts come later
          String ct = new String(z.readNBytes(8192), StandardCharsets.UTF_8);
          if (ct.contains("spreadsheetml")) {
            return "xlsx";
          }
          if (ct.contains("wordprocessingml")) {
            return "docx";
          }
          if (ct.contains("presentationml")) {
            return "pptx";
          }
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      // the head ends inside an entry: decide from what was seen
    }
    return kind;
  }
}
