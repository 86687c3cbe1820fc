package org.flowbook.repository.backup;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Base64;

/**
 * How a column's value is written to and read from the archive, the same on H2 and PostgreSQL:
 * numbers and booleans as JSON, times as ISO-8601 text in UTC, dates as ISO dates, bytes as Base64,
 * everything else as text. The type comes from the database's description of the column.
 */
final class Values {
  private Values() {}

  enum Kind {
    INTEGER,
    DECIMAL,
    BOOLEAN,
    INSTANT,
    LOCAL_TIME,
    DATE,
    BYTES,
    TEXT
  }

  static Kind kind(Tables.Column c) {
    String name = c.typeName();
    return switch (c.type()) {
      case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> Kind.INTEGER;
      case Types.DECIMAL, Types.NUMERIC, Types.DOUBLE, Types.FLOAT, Types.REAL -> Kind.DECIMAL;
      case Types.BOOLEAN, Types.BIT -> Kind.BOOLEAN;
      case Types.TIMESTAMP_WITH_TIMEZONE -> Kind.INSTANT;
      case Types.TIMESTAMP ->
          name.contains("tz") || name.contains("time zone") ? Kind.INSTANT : Kind.LOCAL_TIME;
      case Types.DATE -> Kind.DATE;
      case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> Kind.BYTES;
      default -> Kind.TEXT;
    };
  }

  static void write(JsonGenerator out, ResultSet rs, int index, Tables.Column c)
      throws SQLException, IOException {
    switch (kind(c)) {
      case INTEGER -> {
        long v = rs.getLong(index);
        if (rs.wasNull()) {
          out.writeNull();
        } else {
          out.writeNumber(v);
        }
      }
      case DECIMAL -> {
        BigDecimal v = rs.getBigDecimal(index);
        if (v == null) {
          out.writeNull();
        } else {
          out.writeNumber(v);
        }
      }
      case BOOLEAN -> {
        boolean v = rs.getBoolean(index);
        if (rs.wasNull()) {
          out.writeNull();
        } else {
          out.writeBoolean(v);
        }
      }
      case INSTANT -> {
        OffsetDateTime t = rs.getObject(index, OffsetDateTime.class);
        text(out, t == null ? null : t.toInstant().toString());
      }
      case LOCAL_TIME -> {
        LocalDateTime t = rs.getObject(index, LocalDateTime.class);
        text(out, t == null ? null : t.toString());
      }
      case DATE -> {
        Date d = rs.getDate(index);
        text(out, d == null ? null : d.toLocalDate().toString());
      }
      case BYTES -> {
        byte[] b = rs.getBytes(index);
        text(out, b == null ? null : Base64.getEncoder().encodeToString(b));
      }
      case TEXT -> text(out, rs.getString(index));
    }
  }

  private static void text(JsonGenerator out, String v) throws IOException {
    if (v == null) {
      out.writeNull();
    } else {
      out.writeString(v);
    }
  }

  /** Binds a value read from the archive to a parameter of the target's column type. */
  static void bind(PreparedStatement ps, int index, Tables.Column c, JsonNode v, String where)
      throws SQLException {
    if (v == null || v.isNull()) {
      ps.setNull(index, c.type());
      return;
    }
    try {
      switch (kind(c)) {
        case INTEGER -> {
          require(v.isIntegralNumber(), where, "a whole number");
          ps.setLong(index, v.asLong());
        }
        case DECIMAL -> {
          require(v.isNumber(), where, "a number");
          ps.setBigDecimal(index, v.decimalValue());
        }
        case BOOLEAN -> {
          require(v.isBoolean(), where, "true or false");
          ps.setBoolean(index, v.asBoolean());
        }
        case INSTANT -> {
          require(v.isTextual(), where, "a time");
          ps.setObject(index, OffsetDateTime.ofInstant(Instant.parse(v.asText()), ZoneOffset.UTC));
        }
        case LOCAL_TIME -> {
          require(v.isTextual(), where, "a time");
          ps.setObject(index, LocalDateTime.parse(v.asText()));
        }
        case DATE -> {
          require(v.isTextual(), where, "a date");
          ps.setDate(index, Date.valueOf(LocalDate.parse(v.asText())));
        }
        case BYTES -> {
          require(v.isTextual(), where, "Base64 bytes");
          ps.setBytes(index, Base64.getDecoder().decode(v.asText()));
        }
        case TEXT -> {
          require(v.isValueNode(), where, "text");
          ps.setString(index, v.asText());
        }
      }
    } catch (DateTimeParseException | IllegalArgumentException e) {
      throw new BackupException(where + ": " + e.getMessage(), e);
    }
  }

  private static void require(boolean ok, String where, String what) {
    if (!ok) {
      throw new BackupException(where + ": expected " + what);
    }
  }
}
