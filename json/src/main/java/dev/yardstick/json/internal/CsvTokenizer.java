package dev.yardstick.json.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An RFC 4180 reader that pulls one record at a time from a {@link Reader} through a small
 * buffer, so that a file of any size is read in constant memory.
 *
 * <p>Fields are separated by the delimiter; records end at CRLF, LF or a lone CR; a field in
 * double quotes may hold delimiters, line breaks and doubled quotes ({@code ""} is one {@code
 * "}). A byte-order mark at the very start is skipped. Line numbers count physical lines from 1,
 * so a record whose quoted field spans lines is reported at the line where it starts.
 *
 * <p>A quote inside an unquoted field or a character after a closing quote makes the record
 * malformed (it is still returned, with the reason, so that the caller can reject that one row);
 * a quoted field still open at the end of the input, or a record longer than the limit, is fatal.
 */
public final class CsvTokenizer {

  /**
   * One record.
   *
   * @param line the physical line where it starts, from 1
   * @param fields the fields, unquoted
   * @param malformedAt the index of the first malformed field, or -1
   * @param malformed why the record is malformed, or {@code null}
   */
  public record Record(long line, List<String> fields, int malformedAt, @Nullable String malformed) {

    /** Whether the record is a blank line. */
    public boolean isBlank() {
      return fields.size() == 1 && fields.get(0).isEmpty() && malformed == null;
    }
  }

  /** Thrown for input that cannot be split into records at all. */
  public static final class FatalException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final long line;
    private final String reason;

    FatalException(long line, String message) {
      super(message);
      this.line = line;
      this.reason = message;
    }

    /** What is wrong; the same text as {@link #getMessage()}, never null. */
    public String reason() {
      return reason;
    }

    /** Where the problem starts. */
    public long line() {
      return line;
    }
  }

  private static final int EOF = -1;

  private final Reader in;
  private final char delimiter;
  private final int maxRecordLength;
  private final char[] buffer = new char[8192];
  private int position;
  private int limit;
  private long line = 1;
  private boolean started;
  private boolean ended;

  private final StringBuilder field = new StringBuilder();

  /**
   * A tokenizer.
   *
   * @param in the characters; not closed
   * @param delimiter the field separator, usually ','
   * @param maxRecordLength the most characters one record may have
   */
  public CsvTokenizer(Reader in, char delimiter, int maxRecordLength) {
    this.in = in;
    this.delimiter = delimiter;
    this.maxRecordLength = maxRecordLength;
  }

  private int read() {
    if (position == limit) {
      try {
        int n;
        do {
          n = in.read(buffer, 0, buffer.length);
        } while (n == 0);
        if (n < 0) {
          return EOF;
        }
        limit = n;
        position = 0;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the CSV input at line " + line, e);
      }
    }
    return buffer[position++];
  }

  private int peek() {
    int c = read();
    if (c != EOF) {
      position--;
    }
    return c;
  }

  /** Consumes the rest of a line break that started with {@code c}; true if {@code c} was one. */
  private boolean lineBreak(int c) {
    if (c == '\n') {
      line++;
      return true;
    }
    if (c == '\r') {
      if (peek() == '\n') {
        read();
      }
      line++;
      return true;
    }
    return false;
  }

  /** The next record, or {@code null} at the end of the input. */
  public @Nullable Record next() {
    if (ended) {
      return null;
    }
    int c = read();
    if (!started) {
      started = true;
      if (c == '\uFEFF') {
        c = read();
      }
    }
    if (c == EOF) {
      ended = true;
      return null;
    }
    long start = line;
    List<String> fields = new ArrayList<>();
    int length = 0;
    int malformedAt = -1;
    String malformed = null;
    field.setLength(0);
    boolean quoted = false;
    boolean afterQuote = false;
    while (true) {
      if (++length > maxRecordLength) {
        throw new FatalException(start, "the record starting at line " + start + " is longer than "
            + maxRecordLength + " characters (an unbalanced quote?)");
      }
      if (quoted) {
        if (c == EOF) {
          throw new FatalException(start, "a quoted field starting at line " + start
              + " is not closed before the end of the input");
        }
        if (c == '"') {
          if (peek() == '"') {
            read();
            field.append('"');
          } else {
            quoted = false;
            afterQuote = true;
          }
        } else {
          if (c == '\r' || c == '\n') {
            lineBreak(c);
            field.append(c == '\r' ? "\r\n" : "\n");
          } else {
            field.append((char) c);
          }
        }
        c = read();
        continue;
      }
      if (c == EOF || c == delimiter || c == '\r' || c == '\n') {
        fields.add(field.toString());
        field.setLength(0);
        afterQuote = false;
        if (c == delimiter) {
          c = read();
          continue;
        }
        if (c == EOF) {
          ended = true;
        } else {
          lineBreak(c);
        }
        return new Record(start, List.copyOf(fields), malformedAt, malformed);
      }
      if (afterQuote) {
        if (malformed == null) {
          malformedAt = fields.size();
          malformed = "unexpected character '" + (char) c + "' after the closing quote of field "
              + (fields.size() + 1) + " (a field in quotes must end at its closing quote)";
        }
        afterQuote = false;
        field.append((char) c);
      } else if (c == '"') {
        if (field.length() == 0) {
          quoted = true;
        } else {
          if (malformed == null) {
            malformedAt = fields.size();
            malformed = "a quote inside the unquoted field " + (fields.size() + 1)
                + " (put the field in quotes and double the quote: \"\")";
          }
          field.append('"');
        }
      } else {
        field.append((char) c);
      }
      c = read();
    }
  }
}
