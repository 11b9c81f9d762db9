package dev.yardstick.report;

import static dev.yardstick.report.testing.Samples.AUG;
import static dev.yardstick.report.testing.Samples.JUL;
import static dev.yardstick.report.testing.Samples.SEP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import dev.yardstick.core.domain.Period;
import dev.yardstick.core.evaluation.Evaluation;
import dev.yardstick.core.evaluation.ItemResult;
import dev.yardstick.core.scorecard.Scorecard;
import dev.yardstick.report.testing.Samples;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The input model validates what it is given and names the field and value when it refuses. */
class ModelTest {

  private static ItemScore item(String id) {
    return ItemScore.of(id, id, 50);
  }

  @Test
  void an_item_is_refused_when_its_marks_contradict_each_other_or_its_values() {
    // GIVEN contradictory marks, a missing item with an actual and a target score of 0
    // WHEN built, THEN each is refused with the indicator, the field and the value
    assertThatThrownBy(() -> new ItemScore("gmv", "GMV", BigDecimal.ONE, BigDecimal.TEN, null, null,
            Set.of(ItemMark.CAPPED, ItemMark.FLOORED), ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("item 'gmv' marks cannot be both CAPPED and FLOORED, got [CAPPED, FLOORED]");
    assertThatThrownBy(() -> new ItemScore("gmv", "GMV", BigDecimal.ONE, BigDecimal.TEN, null, null,
            Set.of(ItemMark.EXCLUDED), ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("item 'gmv' marks EXCLUDED only with MISSING, got [EXCLUDED]");
    assertThatThrownBy(() -> new ItemScore("gmv", "GMV", BigDecimal.ONE, BigDecimal.TEN,
            new BigDecimal("12.5"), null, Set.of(ItemMark.MISSING), ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("item 'gmv' is marked MISSING but has actual 12.5");
    assertThatThrownBy(() -> new ItemScore("gmv", "GMV", BigDecimal.ONE, BigDecimal.ZERO, null, null,
            Set.of(), ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("item 'gmv' targetScore must be greater than 0, got 0");
    assertThatThrownBy(() -> new ItemScore("gmv", "GMV", BigDecimal.ONE, new BigDecimal("-100"),
            null, null, Set.of(), ""))
        .hasMessage("item 'gmv' targetScore must be greater than 0, got -100");
    assertThatThrownBy(() -> ItemScore.of("gmv", " ", 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("item 'gmv' indicatorName must not be blank, got ' '");
    assertThatThrownBy(() -> ItemScore.of("gmv", "GMV", Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("item 'gmv' score must be a finite number, got NaN");
  }

  @Test
  void an_items_marks_iterate_in_declaration_order_and_cannot_be_changed() {
    // GIVEN marks given in a hash set
    Set<ItemMark> given = new HashSet<>(List.of(ItemMark.EXCLUDED, ItemMark.MISSING));

    // WHEN the item is built
    ItemScore item = new ItemScore("x", "X", BigDecimal.ZERO, BigDecimal.TEN, null, null, given, "");
    given.clear();

    // THEN its marks are its own, in declaration order, read-only
    assertThat(item.marks()).containsExactly(ItemMark.MISSING, ItemMark.EXCLUDED);
    assertThatThrownBy(() -> item.marks().add(ItemMark.CAPPED))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void a_person_with_an_indicator_twice_or_a_blank_field_is_refused() {
    assertThatThrownBy(() -> new PersonReport("emp-1", "Li", null, BigDecimal.ONE, null,
            List.of(item("gmv"), item("gmv")), Highlights.none()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("person 'emp-1' has indicator 'gmv' twice");
    assertThatThrownBy(() -> new PersonReport("", "Li", null, BigDecimal.ONE, null, List.of(),
            Highlights.none()))
        .hasMessage("person subjectId must not be blank, got ''");
    assertThatThrownBy(() -> new PersonReport("emp-1", "Li", " ", BigDecimal.ONE, null, List.of(),
            Highlights.none()))
        .hasMessage("person 'emp-1' teamId must not be blank, got ' '");
    assertThatThrownBy(() -> Samples.li().withGrade(""))
        .hasMessage("person 'emp-17' grade must not be blank, got ''");
  }

  @Test
  void highlights_refuse_blank_lines_and_none_is_empty() {
    assertThatThrownBy(() -> new Highlights(List.of("ok"), List.of("ok", "  "), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("highlights weaknesses[1] must not be blank, got '  '");
    assertThat(Highlights.none().isEmpty()).isTrue();
    assertThat(new Highlights(List.of(), List.of(), List.of("x")).isEmpty()).isFalse();
  }

  @Test
  void a_team_distribution_follows_the_grade_order_and_refuses_grades_outside_it() {
    // GIVEN maps whose iteration order is unspecified
    // WHEN the team is built with an explicit order
    TeamReport team = TeamReport.of("t", "T", List.of("S", "A", "B"), Map.of("B", 2, "S", 1),
        Map.of("A", 1.5));

    // THEN the grades are in that order, missing entries 0, and the headcount is 1 + 0 + 2 = 3
    assertThat(team.grades()).containsExactly(new GradeCount("S", 1, 0), new GradeCount("A", 0, 1.5),
        new GradeCount("B", 2, 0));
    assertThat(team.headcount()).isEqualTo(3);
    // AND a grade outside the order is refused rather than dropped
    assertThatThrownBy(() -> TeamReport.of("t", "T", List.of("A"), Map.of("Z", 1), Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("team 't' counts has grade 'Z', which is not in gradeOrder [A]");
    assertThatThrownBy(() -> TeamReport.of("t", "T", List.of("A"), Map.of(), Map.of("Z", 1)))
        .hasMessage("team 't' quota has grade 'Z', which is not in gradeOrder [A]");
    assertThatThrownBy(() -> TeamReport.of("t", "T", List.of("A", "A"), Map.of(), Map.of()))
        .hasMessage("team 't' has grade 'A' twice");
  }

  @Test
  void a_grade_count_refuses_negative_or_non_finite_numbers() {
    assertThatThrownBy(() -> new GradeCount("A", -1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("grade 'A' count must not be negative, got -1");
    assertThatThrownBy(() -> new GradeCount("A", 0, -0.5))
        .hasMessage("grade 'A' expected must be a finite number of 0 or more, got -0.5");
    assertThatThrownBy(() -> new GradeCount("A", 0, Double.POSITIVE_INFINITY))
        .hasMessage("grade 'A' expected must be a finite number of 0 or more, got Infinity");
    assertThat(new GradeCount("A", 0, -0.0).expected()).isEqualTo(0.0);
  }

  @Test
  void a_pacing_series_needs_consecutive_months_and_warnings_on_them() {
    PacingPoint jul = PacingPoint.of(JUL, 1, 1, 3);
    PacingPoint sep = PacingPoint.of(SEP, 3, 3, 3);
    assertThatThrownBy(() -> new PacingSeries("gmv", "GMV", "emp-1", "Li", List.of(jul, sep), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pacing of 'gmv' for 'emp-1' points must be consecutive months, got 2026-09"
            + " after 2026-07");
    assertThatThrownBy(() -> new PacingSeries("gmv", "GMV", "emp-1", "Li", List.of(jul, jul), List.of()))
        .hasMessage("pacing of 'gmv' for 'emp-1' points must be consecutive months, got 2026-07"
            + " after 2026-07");
    assertThatThrownBy(() -> new PacingSeries("gmv", "GMV", "emp-1", "Li", List.of(), List.of()))
        .hasMessage("pacing of 'gmv' for 'emp-1' points must not be empty");
    assertThatThrownBy(() -> new PacingSeries("gmv", "GMV", "emp-1", "Li", List.of(jul),
            List.of(new WarningMarker(AUG, Severity.RED, "late"))))
        .hasMessage("pacing of 'gmv' for 'emp-1' has a warning for 2026-08, which is not one of"
            + " its months 2026-07 to 2026-07");
    assertThatThrownBy(() -> PacingPoint.of(Period.parse("2026-Q3"), 1, 1, 1))
        .hasMessage("pacing point month must be a month, got 2026-Q3");
    assertThatThrownBy(() -> PacingPoint.of(JUL, Double.NaN, 1, 1))
        .hasMessage("pacing point 2026-07 actual must be a finite number, got NaN");
    assertThatThrownBy(() -> PacingPoint.pending(JUL, 1, Double.NEGATIVE_INFINITY))
        .hasMessage("pacing point 2026-07 target must be a finite number, got -Infinity");
    assertThatThrownBy(() -> new WarningMarker(JUL, Severity.RED, ""))
        .hasMessage("warning 2026-07 message must not be blank, got ''");
  }

  @Test
  void a_report_refuses_a_blank_title_and_anything_twice() {
    PersonReport li = Samples.li();
    TeamReport tmall = Samples.tmall();
    PacingSeries gmv = Samples.gmvPacing();
    assertThatThrownBy(() -> ReportData.builder(" ", Samples.Q3, Locale.ENGLISH))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("report title must not be blank, got ' '");
    assertThatThrownBy(() -> ReportData.builder("t", Samples.Q3, Locale.ENGLISH).person(li).person(li)
            .build())
        .hasMessage("report has person 'emp-17' twice");
    assertThatThrownBy(() -> ReportData.builder("t", Samples.Q3, Locale.ENGLISH).team(tmall)
            .team(tmall).build())
        .hasMessage("report has team 'team-tmall' twice");
    assertThatThrownBy(() -> ReportData.builder("t", Samples.Q3, Locale.ENGLISH).pacing(gmv)
            .pacing(gmv).build())
        .hasMessage("report has pacing of 'gmv' for 'emp-17' twice");
  }

  @Test
  void the_same_indicator_may_be_paced_for_different_scopes() {
    // GIVEN GMV paced for a person and for the team
    PacingSeries person = Samples.gmvPacing();
    PacingSeries team = new PacingSeries("gmv", "GMV", "team-tmall", "Tmall", person.points(),
        List.of());

    // WHEN both are in one report, THEN it is accepted
    assertThat(ReportData.builder("t", Samples.Q3, Locale.ENGLISH).pacing(person).pacing(team)
        .build().pacing()).hasSize(2);
  }

  @Test
  void the_lists_of_a_report_are_copies() {
    // GIVEN a mutable list of people
    List<PersonReport> people = new java.util.ArrayList<>(List.of(Samples.li()));

    // WHEN the report is built and the list then changed
    ReportData data = new ReportData("t", Samples.Q3, Locale.ENGLISH, people, List.of(), List.of());
    people.clear();

    // THEN the report still has its person and refuses changes
    assertThat(data.people()).hasSize(1);
    assertThatThrownBy(() -> data.people().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void public_constructors_and_factories_refuse_nulls() {
    Scorecard card = Samples.storeCard();
    Evaluation evaluation = PersonFromEvaluationTest.evaluate(card);
    NullPointerTester tester = new NullPointerTester()
        .setDefault(Period.class, JUL)
        .setDefault(BigDecimal.class, BigDecimal.ONE)
        .setDefault(String.class, "x")
        .setDefault(Locale.class, Locale.ENGLISH)
        .setDefault(Severity.class, Severity.RED)
        .setDefault(Highlights.class, Highlights.none())
        .setDefault(Set.class, EnumSet.noneOf(ItemMark.class))
        .setDefault(Scorecard.class, card)
        .setDefault(Evaluation.class, evaluation)
        .setDefault(ItemResult.class, evaluation.items().get(0))
        .setDefault(ReportData.class, Samples.small(Locale.ENGLISH))
        .setDefault(Writer.class, new StringWriter())
        .setDefault(Path.class, Path.of("target", "never-written.html"));
    for (Class<?> type : List.of(ReportData.class, PersonReport.class, ItemScore.class,
        Highlights.class, TeamReport.class, GradeCount.class, PacingSeries.class, PacingPoint.class,
        WarningMarker.class, HtmlReport.class)) {
      tester.testAllPublicStaticMethods(type);
      tester.testAllPublicConstructors(type);
    }
    tester.testAllPublicInstanceMethods(ReportData.builder("t", JUL, Locale.ENGLISH));
  }
}
