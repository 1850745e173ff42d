// SPDX-License-Identifier: Apache-2.0
package zwk.report;

/**
 * One year of the population projection shown in the report: persons on 31 December of
 * {@code year} in all, under 20, 20–64, 65 and over, 80 and over.
 */
public record ProjectionRow(int year, double total, double under20, double from20to64, double from65, double from80) {}
