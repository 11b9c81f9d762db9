package dev.yardstick.samples.company;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * What HR knows about each employee beyond the quarter's facts: monthly base salary, hire date and
 * the final grade of the previous quarter (2026-Q2), generated from the seed like the facts.
 *
 * <pre>{@code
 * HrRecords.Record r = HrRecords.of(seed).get("emp-01");
 * r.baseSalary();      // 26400.00
 * }</pre>
 */
public final class HrRecords {

  /** Monthly base salary by role, in yuan, before each person's ±10% spread. */
  private static final Map<String, Integer> BASE_BY_ROLE =
      Map.of(
          "marketing-manager", 28_000,
          "store-ops-manager", 26_000,
          "cs-supervisor", 18_000,
          "data-analyst", 16_000,
          "merchandise-specialist", 14_000,
          "new-media-specialist", 12_000,
          "content-specialist", 12_000,
          "cs-specialist", 8_000);

  /** The previous quarter's grades, drawn around each person's performance. */
  private static final List<String> GRADES = List.of("S", "A", "B", "C");

  private HrRecords() {}

  /**
   * One employee's HR record.
   *
   * @param employeeId the employee
   * @param baseSalary monthly base salary, exact to the cent
   * @param bonusBase the quarterly bonus at coefficient 1: half a month's salary
   * @param hireDate the first day of employment
   * @param previousGrade the final grade of 2026-Q2
   */
  public record Record(
      String employeeId,
      BigDecimal baseSalary,
      BigDecimal bonusBase,
      LocalDate hireDate,
      String previousGrade) {

    /** Validates. */
    public Record {
      Objects.requireNonNull(employeeId, "employeeId");
      Objects.requireNonNull(baseSalary, "baseSalary");
      Objects.requireNonNull(bonusBase, "bonusBase");
      Objects.requireNonNull(hireDate, "hireDate");
      Objects.requireNonNull(previousGrade, "previousGrade");
    }
  }

  /** Every employee's record, by employee id, in roster order. */
  public static Map<String, Record> of(long seed) {
    java.util.LinkedHashMap<String, Record> map = new java.util.LinkedHashMap<>();
    for (Employee e : Roster.employees()) {
      SplittableRandom rng = FactsGenerator.rng(seed, "hr:" + e.id());
      double f = FactsGenerator.performance(seed, e.id());
      long salary = Math.round(Objects.requireNonNull(BASE_BY_ROLE.get(e.roleId()), "base salary of a roster role") * (0.9 + 0.2 * rng.nextDouble()) / 100) * 100;
      BigDecimal base = BigDecimal.valueOf(salary).setScale(2);
      BigDecimal bonus = base.divide(BigDecimal.valueOf(2)).setScale(2);
      LocalDate hired = LocalDate.of(2019, 3, 1).plusDays(rng.nextInt(7 * 365 - 120));
      // last quarter's grade tracks this quarter's performance, with some noise
      double p = f + 0.06 * rng.nextGaussian();
      String previous = p > 1.1 ? GRADES.get(0) : p > 1.0 ? GRADES.get(1) : p > 0.88 ? GRADES.get(2) : GRADES.get(3);
      map.put(e.id(), new Record(e.id(), base, bonus, hired, previous));
    }
    return java.util.Collections.unmodifiableMap(map);
  }
}
