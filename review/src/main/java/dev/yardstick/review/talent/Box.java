package dev.yardstick.review.talent;

import java.util.Locale;
import java.util.Objects;

/**
 * The nine boxes of performance × potential, with the names common in talent-review practice
 * (for example AIHR's "9-box grid" guide: Talent risk … Star).
 *
 * <pre>{@code
 * Box.of(Level.HIGH, Level.HIGH);                  // STAR
 * Box.STAR.label(Locale.SIMPLIFIED_CHINESE);       // "明星员工"
 * }</pre>
 */
public enum Box {
  /** Low performance, low potential. */
  TALENT_RISK(Level.LOW, Level.LOW, "Talent risk", "人才风险"),
  /** Low performance, medium potential. */
  INCONSISTENT_PLAYER(Level.LOW, Level.MEDIUM, "Inconsistent player", "表现不稳定者"),
  /** Low performance, high potential. */
  POTENTIAL_GEM(Level.LOW, Level.HIGH, "Potential gem", "潜力璞玉"),
  /** Medium performance, low potential. */
  AVERAGE_PERFORMER(Level.MEDIUM, Level.LOW, "Average performer", "一般贡献者"),
  /** Medium performance, medium potential. */
  CORE_PLAYER(Level.MEDIUM, Level.MEDIUM, "Core player", "核心骨干"),
  /** Medium performance, high potential. */
  HIGH_POTENTIAL(Level.MEDIUM, Level.HIGH, "High potential", "高潜人才"),
  /** High performance, low potential. */
  SOLID_PERFORMER(Level.HIGH, Level.LOW, "Solid performer", "稳健贡献者"),
  /** High performance, medium potential. */
  HIGH_PERFORMER(Level.HIGH, Level.MEDIUM, "High performer", "高绩效者"),
  /** High performance, high potential. */
  STAR(Level.HIGH, Level.HIGH, "Star", "明星员工");

  private final Level performance;
  private final Level potential;
  private final String english;
  private final String chinese;

  Box(Level performance, Level potential, String english, String chinese) {
    this.performance = performance;
    this.potential = potential;
    this.english = english;
    this.chinese = chinese;
  }

  /** The box of a performance and a potential level. */
  public static Box of(Level performance, Level potential) {
    Objects.requireNonNull(performance, "performance");
    Objects.requireNonNull(potential, "potential");
    return values()[performance.ordinal() * 3 + potential.ordinal()];
  }

  /** The performance level of the box. */
  public Level performance() {
    return performance;
  }

  /** The potential level of the box. */
  public Level potential() {
    return potential;
  }

  /** The name in Simplified Chinese for any Chinese locale, in English otherwise. */
  public String label(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return "zh".equals(locale.getLanguage()) ? chinese : english;
  }
}
