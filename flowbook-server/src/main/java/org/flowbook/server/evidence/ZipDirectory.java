package org.flowbook.server.evidence;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The entry names of a zip file held in memory, read from its central directory without
 * decompressing anything, so a zip bomb costs nothing to look at. Enough to tell a Word document
 * from a workbook from any other zip; a damaged directory gives an empty list.
 */
final class ZipDirectory {
  private static final int END_SIGNATURE = 0x06054b50;
  private static final int ENTRY_SIGNATURE = 0x02014b50;
  private static final int END_SIZE = 22;
  private static final int MAX_COMMENT = 0xffff;
  private static final int MAX_ENTRIES = 10_000;

  private ZipDirectory() {}

  static List<String> names(byte[] zip) {
    ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
    int end = -1;
    for (int i = zip.length - END_SIZE; i >= 0 && i >= zip.length - END_SIZE - MAX_COMMENT; i--) {
      if (b.getInt(i) == END_SIGNATURE) {
        end = i;
        break;
      }
    }
    List<String> names = new ArrayList<>();
    if (end < 0) {
      return names;
    }
    int count = Short.toUnsignedInt(b.getShort(end + 10));
    long offset = Integer.toUnsignedLong(b.getInt(end + 16));
    int at = (int) Math.min(offset, Integer.MAX_VALUE);
    for (int n = 0; n < Math.min(count, MAX_ENTRIES); n++) {
      if (at < 0 || at + 46 > zip.length || b.getInt(at) != ENTRY_SIGNATURE) {
        return List.of();
      }
      int nameLength = Short.toUnsignedInt(b.getShort(at + 28));
      int extra = Short.toUnsignedInt(b.getShort(at + 30));
      int comment = Short.toUnsignedInt(b.getShort(at + 32));
      if (at + 46 + nameLength > zip.length) {
        return List.of();
      }
      names.add(new String(zip, at + 46, nameLength, StandardCharsets.UTF_8));
      at += 46 + nameLength + extra + comment;
    }
    return names;
  }
}
