package dev.yardstick.core.domain;

/**
 * How an indicator's monthly measurements combine into a quarter, half-year or year.
 *
 * <p>Rates must use {@link #RATIO_OF_SUMS}: a quarter's conversion rate is Σ buyers ÷ Σ
 * visitors, not the mean of the monthly rates, which would give a quiet month the same weight as
 * Double 11.
 */
public enum Aggregation {
  /** Σ values: GMV, orders, new users. */
  SUM,
  /** Arithmetic mean of the values: a score rated monthly. */
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
