package dev.yardstick.json.csv;

import java.io.Reader;

/**
 * A CSV of {@code rows} measurements made up while it is read, so that a million-row file exists
 * neither on disk nor in memory: row {@code i} (from 0) is {@code emp-<i mod 1000>,gmv,2026-07,<i>.<i
 * mod 100, two digits>}, lines end with CRLF.
 */
final class GeneratedCsv extends Reader {

  private final int rows;
  private int next = -1; // -1: the header
  private final StringBuilder line = new StringBuilder(64);
  private int position;
  private long charsRead;

  GeneratedCsv(int rows) {
    this.rows = rows;
  }

  /** How many characters the reader has handed out so far. */
  long charsRead() {
    return charsRead;
  }

  private boolean fill() {
    if (next >= rows) {
      return false;
    }
    line.setLength(0);
    position = 0;
    if (next < 0) {
      line.append("subject,indicator,period,value\r\n");
    } else {
      int cents = next % 100;
      line.append("emp-").append(next % 1000).append(",gmv,2026-07,").append(next).append('.')
          .append(cents < 10 ? "0" : "").append(cents).append("\r\n");
    }
    next++;
    return true;
  }

  @Override
  public int read(char[] buffer, int offset, int length) {
    int written = 0;
    while (written < length) {
      if (position == line.length() && !fill()) {
        break;
      }
      int n = Math.min(length - written, line.length() - position);
      line.getChars(position, position + n, buffer, offset + written);
      position += n;
      written += n;
    }
    charsRead += written;
    return written == 0 ? -1 : written;
  }

  @Override
  public void close() {}
}
