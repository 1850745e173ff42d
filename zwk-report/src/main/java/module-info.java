// SPDX-License-Identifier: Apache-2.0
/** The Kommunalprofil report: one self-contained XHTML file (inline CSS and SVG). */
module zwk.report {
  requires transitive zwk.model;
  requires transitive zwk.profile;
  requires static org.jspecify;

  exports zwk.report;
}
