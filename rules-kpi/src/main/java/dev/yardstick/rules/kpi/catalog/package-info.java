/**
 * The e-commerce catalog of the domain guide "電商企業崗位職責及績效考核": its five functional
 * modules ({@link dev.yardstick.rules.kpi.catalog.EcommerceModules}), its roles ({@link
 * dev.yardstick.rules.kpi.catalog.EcommerceRoles}), the core and auxiliary indicators of each
 * role category with their definitions and sources ({@link
 * dev.yardstick.rules.kpi.catalog.EcommerceIndicators}) and a default scorecard per role ({@link
 * dev.yardstick.rules.kpi.catalog.EcommerceScorecards}) to copy and adapt.
 *
 * <p>Everything here is plain immutable data built with the core API: a company replaces a
 * weight, a target or an indicator with {@code Scorecard.toBuilder()} rather than by
 * configuration of this package.
 *
 * <p>Chinese names are given twice: in Simplified characters under the tag {@code "zh"} (so
 * {@code zh}, {@code zh-CN} and {@code zh-SG} find them) and in Traditional characters, as the
 * guide writes them, under {@code "zh-Hant"} (found for {@code zh-TW}, {@code zh-HK} and {@code
 * zh-MO} too).
 */
@NullMarked
package dev.yardstick.rules.kpi.catalog;

import org.jspecify.annotations.NullMarked;
