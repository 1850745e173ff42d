// SPDX-License-Identifier: Apache-2.0
/**
 * JSON documents of zwk (Jackson 3): {@link zwk.io.json.ZwkJson} reads, writes and streams the
 * document types of {@link zwk.io.json.DocumentFormats} ({@code zwk.strategy}, {@code zwk.toolbox},
 * {@code zwk.profile}, {@code zwk.action-fields}, {@code zwk.report}, {@code zwk.rules}); every
 * document carries {@code "format"} and {@code "version"}; output is canonical; input is bounded by
 * {@link zwk.io.json.JsonLimits} and every failure is a located
 * {@link zwk.io.json.ZwkFormatException}. {@link zwk.io.json.ZwkModule} binds the model on a
 * user's own {@code JsonMapper}. See {@code docs/json.md}.
 */
@NullMarked
package zwk.io.json;

import org.jspecify.annotations.NullMarked;
