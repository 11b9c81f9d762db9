/**
 * JSON for every public Yardstick type, strict on input and stable on output, so that HR systems
 * can keep scorecards and results in their own databases and exchange them.
 *
 * <h2>Why Jackson 3</h2>
 *
 * <p>This module uses Jackson 3 ({@code tools.jackson.*}). Jackson 3 lives in other packages and
 * Maven coordinates than Jackson 2 ({@code com.fasterxml.jackson.*}), so it sits beside whatever
 * Jackson 2 version a host HR system already has, without a dependency-convergence fight. Yardstick
 * builds its own {@code JsonMapper} over its own {@code JsonFactory}; it never touches a host's
 * mapper nor Jackson's global defaults (no {@code overrideDefaultStreamReadConstraints}). The core
 * module stays free of Jackson.
 *
 * <h2>The envelope</h2>
 *
 * <p>Every document is one JSON object that starts with a format marker and a logical type; the
 * value's own properties follow at the same level:
 *
 * <pre>{@code
 * {
 *   "format": "yardstick/1",
 *   "type": "scorecard",
 *   "id": "store-ops-manager",
 *   "sections": [ { "name": "KPI", "weight": 70, "items": [ ... ] } ],
 *   ...
 * }
 * }</pre>
 *
 * <p>{@code "format"} is {@code "yardstick/1"}; any other value is refused, so that a later,
 * incompatible format cannot be misread. {@code "type"} is one of {@code functional-module},
 * {@code role}, {@code indicator}, {@code period}, {@code target}, {@code measurement}, {@code
 * measurements} (a list under {@code "measurements"}), {@code subject}, {@code scorecard}, {@code
 * evaluation}, {@code outcome} and {@code batch-result} for the core; {@code warning}, {@code
 * warnings}, {@code aggregate}, {@code aggregation-result}, {@code annual-review}, {@code
 * detection} and {@code ab-result} for {@code yardstick-tracking}; {@code grade}, {@code
 * grade-scale}, {@code calibration}, {@code interview-sheet}, {@code pay-proposal}, {@code
 * promotion-decision}, {@code training-plan}, {@code placement} and {@code what-if-result} for
 * {@code yardstick-review}. Nested values carry no envelope.
 *
 * <h2>The shape of the values</h2>
 *
 * <ul>
 *   <li>Property names are the names of the record components (of the constructor for a
 *       scorecard), in their declaration order: {@code subjectId}, {@code indicatorId}, {@code
 *       effectiveWeight}, and so on.
 *   <li>Enum values are written in lower case with '-': {@code "higher-is-better"}, {@code
 *       "ratio-of-sums"}, {@code "exclude-and-renormalise"}, {@code "half-up"}, {@code
 *       "team-linked"}.
 *   <li>Periods are their canonical string: {@code "2026-07"}, {@code "2026-Q3"}, {@code
 *       "2026-H2"}, {@code "2026"}.
 *   <li>A role holds its module; a scorecard item holds its full indicator, its weight, its rule
 *       and (when it has one) its target. A scorecard read may also carry {@code
 *       "normaliseWeights": true}, which scales item and section weights to 100 as the builder's
 *       {@code normaliseWeights()} does; it is never written, as the weights written already sum
 *       to 100.
 *   <li>A rule is {@code {"strategy": "<id>", "parameters": {...}}}. The parameters are read into
 *       the type that the strategy of that id declares ({@code parametersType()}, normally a
 *       record) through {@link dev.yardstick.core.scoring.StrategyRegistry}, so a strategy from a
 *       new module serialises without any change here. A strategy's parameters type must be
 *       public in a package its module exports.
 *   <li>Polymorphic values name their kind, never a class: a team link is {@code {"kind":
 *       "none"}}, {@code {"kind": "blend", ...}} or {@code {"kind": "coefficient", "bands":
 *       [...]}}; an outcome is {@code {"kind": "evaluated", "evaluation": {...}}} or {@code
 *       {"kind": "failed", "subject": {...}, "errorType": ..., "reason": ...}}. There is no
 *       default typing and no class name anywhere in a document.
 *   <li>An explanation is written as its {@code text} for people and its {@code template} and
 *       {@code arguments} for machines; it is read from the template and arguments (the text is
 *       optional on input and formatted anew), so it reads back equal. An argument that is NaN or
 *       infinite is written as the string {@code "NaN"}, {@code "Infinity"} or {@code
 *       "-Infinity"}.
 *   <li>A {@code null} optional value (a subject's team, a ratio's numerator, a missing actual, an
 *       item without target, an evaluation without team link) is left out; on input it may be
 *       absent or {@code null}. {@code translations}, {@code parts} and an indicator's {@code
 *       definition} may be left out on input and default to empty. Every other property is
 *       required.
 *   <li>The records of {@code yardstick-tracking} and {@code yardstick-review} (warnings, grades,
 *       interview sheets) are bound by their components, like a strategy's parameters, so a
 *       component added there needs no change here: every component is written, {@code null} as
 *       {@code null}, and every component is required on input. A grade scale is written as its
 *       {@code min}, {@code max} and {@code bands} and read through its validating builder.
 *   <li>Dates ({@code LocalDate}) are {@code "2026-06-29"} and nothing else (no arrays, no
 *       date-times); instants are UTC ISO-8601, {@code "2026-10-12T09:30:00Z"}.
 * </ul>
 *
 * <h2>Results of tracking and review: how each is read</h2>
 *
 * <p>Every result type is readable; none is write-only. How it is rebuilt depends on what its
 * module offers:
 *
 * <ul>
 *   <li><b>Through its public constructor</b> ({@code warning}, {@code aggregate}, {@code
 *       aggregation-result}, {@code ab-result}, {@code grade}, {@code interview-sheet}, {@code
 *       pay-proposal}, {@code promotion-decision}, {@code training-plan}, {@code placement}): the
 *       record is bound by its components as above. Its constructor checks the record's own
 *       invariants (a 9-box placement's box against its levels, an A/B winner exactly for the
 *       verdict {@code winner}, a promotion {@code eligible} exactly when every check is met, an
 *       aggregate's months making up its period) but does not recompute the numbers: a system
 *       that must trust them recomputes them from their inputs ({@code AbTest.compare}, {@code
 *       PayMatrix.propose}, ...).
 *   <li><b>By codec, keeping the core's forms</b> ({@code annual-review}, {@code
 *       what-if-result}): their subjects and evaluations are written as in a {@code subject} or
 *       {@code evaluation} document (absent optional values left out), their other parts bound by
 *       components; an annual review's quarter totals and weights are objects keyed by quarter
 *       ({@code {"2026-Q1": 72.3}}); a what-if failure is its {@code subject}, {@code errorType}
 *       and {@code reason}.
 *   <li><b>By kind</b> ({@code detection}): {@code {"kind": "checked", "method", "points",
 *       "alerts"}} or {@code {"kind": "insufficient-history", "method", "needed", "available"}};
 *       an unknown kind is refused at {@code $.kind}.
 *   <li><b>By running it again</b> ({@code calibration}): a {@code CalibrationResult} has no
 *       public constructor, and its ranks, proposed grades and change trail are only worth
 *       anything as the calibration's own work. The document holds the full result for other
 *       systems: {@code scale}, {@code quota} ({@code groups} with {@code name}, {@code grades},
 *       {@code percent}, {@code bound}), {@code allocation} (per group {@code exactShare}, {@code
 *       floor}, {@code remainder}, {@code count}), {@code entries} in rank order ({@code position},
 *       {@code rank}, {@code candidate} with {@code subjectId}, {@code total}, {@code tieKey}, and
 *       {@code naturalGrade}, {@code proposedGrade}, {@code finalGrade}), {@code tieSplits},
 *       {@code overrides} (who, when, why, in the order applied), {@code changes} (the audit
 *       trail; {@code "source": "calibration"} or {@code "override"}), {@code distributions}
 *       ({@code natural}, {@code proposed}, {@code final}: {@code gradeCounts} and per group
 *       {@code allocated} and {@code actual}) and the final {@code violations} with their {@code
 *       message}. Grades are written as their codes on the document's own scale. Reading takes
 *       only the inputs (scale, quota, each entry's candidate, the overrides), runs {@code
 *       Calibration.of(scale, quota).calibrate(candidates)} and applies the overrides in order
 *       (the calibration is deterministic), then requires every property of the document to equal
 *       the recomputed result as it would be written (numbers compared by value, {@code 4.90}
 *       equals {@code 4.9}). The first difference, in the order above, fails with its path, for
 *       example {@code $.entries[2].finalGrade: does not match the calibration recomputed from
 *       the document's scale, quota, candidates and overrides: expected "B", got "A"}: a
 *       hand-edited grade, a change trail that does not follow from the overrides, or a document
 *       from a library version that calibrates differently never passes silently.
 * </ul>
 *
 * <h2>Numbers</h2>
 *
 * <p>Decimals ({@code BigDecimal}: measurement values, rounded scores and totals) are written in
 * plain notation with their scale ({@code 92.60}, never {@code 9.260E+1} or {@code 1E+2}) and are
 * read as exact decimals, never through a double. Doubles are written as the shortest decimal
 * that reads back as the same double, in plain notation: {@code 92.6} stays {@code 92.6}, {@code
 * 0.1 + 0.2} stays {@code 0.30000000000000004}, {@code 120.0} is {@code 120}; negative zero is
 * {@code -0.0}. Every double reads back bit for bit.
 *
 * <h2>Strict and safe input</h2>
 *
 * <p>Reading fails with a {@link dev.yardstick.json.YardstickJsonException} whose {@link
 * dev.yardstick.json.YardstickJsonException#path() path()} is the JSONPath of the problem, for
 * example {@code $.sections[0].items[1].weight}, and whose message names the path and the
 * problem, for:
 *
 * <ul>
 *   <li>malformed JSON (with line and column), content after the document, an empty document;
 *   <li>a missing or unknown {@code format} or {@code type}, or a type other than the one asked
 *       for;
 *   <li>an unknown property (the known ones are listed, and the closest of them when the name
 *       looks misspelt: {@code unknown property 'factr' … (did you mean 'factor'?)}; a misspelt
 *       parameter is reported so, not as the missing property it was meant to be), a missing
 *       required property, {@code
 *       null} where a value is required, a value of the wrong type (the string {@code "60"} is not
 *       a number, {@code 1.5} is not a whole number), an unknown enum value (the allowed ones are
 *       listed);
 *   <li>a duplicate key ({@code STRICT_DUPLICATE_DETECTION});
 *   <li>an unknown strategy id (the known ids are listed), parameters of the wrong shape, or
 *       parameters the strategy refuses;
 *   <li>weights not summing to 100, at the section's {@code items} or at {@code $.sections},
 *       with the remedy in the document's words ({@code set "normaliseWeights": true});
 *   <li>a target that does not suit the item's strategy: none for a strategy that scores
 *       against one (at the item), or one for a strategy that ignores it (at the target), naming
 *       the section, item and strategy;
 *   <li>a value the core model refuses (a target that runs the wrong way, a zero denominator, a
 *       decimal beyond core's {@code DecimalLimits}): the core's message is kept, the path is
 *       added;
 *   <li>a limit exceeded: nesting depth, string length, document size (set on the library's own
 *       factory through {@code StreamReadConstraints}; see {@link
 *       dev.yardstick.json.YardstickJson.Builder}), or a number beyond core's {@link
 *       dev.yardstick.core.domain.DecimalLimits} (at most 1000 digits, exponent within ±1000),
 *       which would not fit in memory once expanded.
 * </ul>
 *
 * <h2>Stable output</h2>
 *
 * <p>Property order is fixed, numbers are as above, pretty output (the default) indents by two
 * spaces, writes {@code "name": value} and {@code []}/{@code {}} for empty containers, ends lines
 * with {@code \n} on every platform and ends the document with one {@code \n}; compact output is
 * one line. Files diff cleanly and golden files stay byte-for-byte stable.
 *
 * <pre>{@code
 * YardstickJson json = YardstickJson.builder().strategies(StrategyRegistry.discover()).build();
 * String text = json.write(scorecard);
 * Scorecard same = json.readScorecard(text);       // equals(scorecard), evaluates identically
 * }</pre>
 */
@NullMarked
package dev.yardstick.json;

import org.jspecify.annotations.NullMarked;
