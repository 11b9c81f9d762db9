/**
 * Grade scales: {@link dev.yardstick.review.grade.GradeScale} maps an evaluation's total to a
 * {@link dev.yardstick.review.grade.Grade} (S / A / B / C / D by default) through contiguous
 * bands with an inclusive lower and an exclusive upper boundary.
 */
@NullMarked
package dev.yardstick.review.grade;

import org.jspecify.annotations.NullMarked;
