package dev.yardstick.core.domain;

/**
 * How an indicator's monthly measurements combine into a quarter, half-year or year.
 *
 * <p>Rates must use {@link #RATIO_OF_SUMS}: a quarter's conversion rate is Σ buyers ÷ Σ
 * visitors, not the mean of the monthly rates, which would give a quiet month the same weight as
 * Double 11. An indicator of {@link Unit#RATIO} built without an explicit aggregation gets {@code
 * RATIO_OF_SUMS} ({@link Indicator.Builder#aggregation(Aggregation)}), and the tracking
 * aggregator refuses a month that carries a numerator and denominator under {@link #MEAN} rather
 * than average it.
 *
 * <pre>{@code
 * Indicator cvr = Indicator.builder("conversion-rate").unit(Unit.RATIO).build(); // RATIO_OF_SUMS
 * Indicator rating = Indicator.builder("teamwork").unit(Unit.SCORE).build();      // MEAN
 * }</pre>
 */
public enum Aggregation {
  /** Σ values: GMV, orders, new users. */
  SUM,
  /**
   * Arithmetic mean of the values: a score rated monthly. Not for rates that carry a numerator
   * and denominator, whose months combine as {@link #RATIO_OF_SUMS}.
   */
  MEAN,
  /** Σ numerators ÷ Σ denominators: conversion, CSAT, complaint rate. */
  RATIO_OF_SUMS,
  /** The value of the last month: stock-like indicators such as SKU count. */
  LAST,
  /** The lowest value. */
  MIN,
  /** The highest value. */
  MAX
}
