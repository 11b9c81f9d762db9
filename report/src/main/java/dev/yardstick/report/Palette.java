package dev.yardstick.report;

/**
 * The colours of the charts, as SVG presentation attributes so that a chart copied out of the page
 * keeps them. Traffic-light hues with enough contrast on white for print and colour-blind readers
 * (green and red also differ in lightness).
 */
final class Palette {

  private Palette() {}

  /** Score at or above the target score. */
  public static final String ON_TARGET = "#2e7d32";
  /** Score from 80% of the target score. */
  public static final String NEAR = "#f9a825";
  /** Score below 80% of the target score. */
  public static final String BELOW = "#c62828";
  /** An item left out of the total. */
  public static final String NONE = "#bdbdbd";
  /** Target lines. */
  public static final String TARGET = "#283593";
  /** Cap and floor marks, text. */
  public static final String INK = "#212121";
  /** Secondary text. */
  public static final String MUTED = "#616161";
  /** Grid lines. */
  public static final String GRID = "#e0e0e0";
  /** Actual counts and actual lines. */
  public static final String ACTUAL = "#1565c0";
  /** Quota bars and plan lines. */
  public static final String PLAN = "#9e9e9e";

  /** The colour of a severity. */
  public static String of(Severity severity) {
    switch (severity) {
      case GREEN:
        return ON_TARGET;
      case AMBER:
        return NEAR;
      default:
        return BELOW;
    }
  }
}
