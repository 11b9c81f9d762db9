package dev.yardstick.core.evaluation;

import dev.yardstick.core.domain.Period;
import dev.yardstick.core.domain.Subject;
import dev.yardstick.core.internal.Checks;
import dev.yardstick.core.scoring.DecimalColumn;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The measurements of many subjects for one period in columns, one {@link DecimalColumn} per
 * indicator and one row per subject: the input of table evaluation, {@code
 * Yardstick.evaluate(table).against(card)}, which scores whole columns at a time without an
 * object per measurement. It is how a back office evaluates a role of 100 000 people from the
 * rows of its database.
 *
 * <pre>{@code
 * MeasurementTable table = MeasurementTable.builder(Period.parse("2026-Q3"), staff)
 *     .column("store-gmv", DecimalColumn.of(2, 125_000_000L, 98_000_050L))     // cents
 *     .column("conversion-rate", DecimalColumn.of(4, 350L, 290L))              // 0.0350, 0.0290
 *     .build();
 * TableResult result = Yardstick.evaluate(table).against(card);
 * }</pre>
 *
 * <p>Row {@code r} of every column belongs to subject {@code r}. A row holding {@link
 * DecimalColumn#MISSING} means no measurement, handled by the scorecard's missing-data policy.
 * Ratios (numerator and denominator) are not carried: a table holds the values; evaluate rates
 * that must stay ratios of sums with the one-by-one API. Immutable and thread-safe.
 */
public final class MeasurementTable {

  private final Period period;
  private final List<Subject> subjects;
  private final Map<String, DecimalColumn> columns;

  private MeasurementTable(Period period, List<Subject> subjects, Map<String, DecimalColumn> columns) {
    this.period = period;
    this.subjects = subjects;
    this.columns = columns;
  }

  /**
   * Starts a table of these subjects' measurements, one row per subject in this order.
   *
   * @throws IllegalArgumentException if a subject id appears twice
   */
  public static Builder builder(Period period, List<Subject> subjects) {
    return new Builder(period, subjects);
  }

  /** The period of every measurement. */
  public Period period() {
    return period;
  }

  /** The subjects, one per row. */
  public List<Subject> subjects() {
    return subjects;
  }

  /** The number of rows. */
  public int size() {
    return subjects.size();
  }

  /** The indicator ids of the columns, in the order they were added. */
  public Set<String> indicatorIds() {
    return columns.keySet();
  }

  /** The column of an indicator. */
  public Optional<DecimalColumn> column(String indicatorId) {
    return Optional.ofNullable(columns.get(indicatorId));
  }

  @Override
  public String toString() {
    return "MeasurementTable[" + period + ", " + size() + " rows, columns " + columns.keySet() + "]";
  }

  /** Collects the columns; each setter validates at once. */
  public static final class Builder {
    private final Period period;
    private final List<Subject> subjects;
    private final Map<String, DecimalColumn> columns = new LinkedHashMap<>();

    private Builder(Period period, List<Subject> subjects) {
      this.period = Objects.requireNonNull(period, "period");
      this.subjects = List.copyOf(subjects);
      Map<String, Integer> seen = new HashMap<>(this.subjects.size() * 4 / 3 + 1);
      for (int r = 0; r < this.subjects.size(); r++) {
        Integer before = seen.put(this.subjects.get(r).id(), r);
        if (before != null) {
          throw new IllegalArgumentException(
              "subject id '" + this.subjects.get(r).id() + "' appears twice in the table (rows "
                  + before + " and " + r + ")");
        }
      }
    }

    /**
     * Adds an indicator's column.
     *
     * @throws IllegalArgumentException if the id is malformed or already used, the column's
     *     length is not the number of subjects, or a part's name is malformed
     */
    public Builder column(String indicatorId, DecimalColumn column) {
      Checks.id(indicatorId, "column indicator id");
      Objects.requireNonNull(column, "column");
      if (columns.containsKey(indicatorId)) {
        throw new IllegalArgumentException("column '" + indicatorId + "' was already added");
      }
      if (column.size() != subjects.size()) {
        throw new IllegalArgumentException(
            "column '" + indicatorId + "' has " + column.size() + " rows, the table "
                + subjects.size() + " subjects");
      }
      for (String part : column.parts().keySet()) {
        // the same rule as Measurement's parts, so that a row reads back as a valid measurement
        Checks.id(part, "column '" + indicatorId + "' part");
      }
      columns.put(indicatorId, column);
      return this;
    }

    /** The table. */
    public MeasurementTable build() {
      return new MeasurementTable(
          period, subjects, Collections.unmodifiableMap(new LinkedHashMap<>(columns)));
    }
  }
}
