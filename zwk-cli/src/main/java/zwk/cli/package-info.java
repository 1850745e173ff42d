// SPDX-License-Identifier: Apache-2.0
/**
 * The {@code zwk} command line ({@code zwk-cli/target/zwk-cli.jar}, picocli): {@link zwk.cli.Main}
 * and one command class per subcommand, each a thin layer over zwk-io, zwk-profile and
 * zwk-strategy. Output formats and exit codes are documented in {@code docs/cli.md}.
 */
@NullMarked
package zwk.cli;

import org.jspecify.annotations.NullMarked;
