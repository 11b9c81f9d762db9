/**
 * Objectives and key results (OKR) for Yardstick, the goal-setting half of the domain guide's "OKR
 * combined with KPI" (§4.1).
 *
 * <ul>
 *   <li>Model: an {@link dev.yardstick.rules.okr.Objective} (committed or aspirational, owned by a
 *       subject, for a period) with weighted {@link dev.yardstick.rules.okr.KeyResult}s of three
 *       kinds ({@link dev.yardstick.rules.okr.Measure}), each with a history of dated {@link
 *       dev.yardstick.rules.okr.CheckIn}s.
 *   <li>Scoring: key-result progress {@code (current − start) ÷ (target − start)}, objective score
 *       and owner score as weighted means; {@link dev.yardstick.rules.okr.ColourBands} and the
 *       {@link dev.yardstick.rules.okr.ZoneModel} grade them.
 *   <li>Pacing: {@link dev.yardstick.rules.okr.Pacing} compares progress with what the date calls
 *       for, so a key result behind plan shows up mid-quarter.
 *   <li>Alignment: an {@link dev.yardstick.rules.okr.OkrSet} validates the company → department →
 *       team → individual tree, rolls progress up it and reports objectives that align to nothing.
 *   <li>Scorecards: {@link dev.yardstick.rules.okr.Okr} gives the OKR indicator and rules, so one
 *       evaluation combines KPIs and OKRs.
 * </ul>
 *
 * <p>Every type is immutable and thread-safe; bad arguments fail with an {@link
 * IllegalArgumentException} naming the field and the value.
 */
@NullMarked
package dev.yardstick.rules.okr;

import org.jspecify.annotations.NullMarked;
