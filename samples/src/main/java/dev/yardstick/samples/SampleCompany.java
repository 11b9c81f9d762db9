package dev.yardstick.samples;

/**
 * The main job: the sample e-commerce company evaluated end to end. Run it with {@code ./mvnw -q
 * compile exec:java -pl samples -am}.
 */
public final class SampleCompany {

  private SampleCompany() {}

  /** Runs the sample company's evaluation and prints a summary. */
  public static void main(String[] args) {
    Quickstart.run();
  }
}
