// SPDX-License-Identifier: Apache-2.0
package zwk.io.online;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code Status} block of a service answer in JSON ({@code {"Status":{"Code":98,"Content":…,
 * "Type":"Fehler"}}}), and the job list of {@code catalogue/results}.
 *
 * @param code {@code Status.Code} (0 success, 22 success with adjusted parameters, 90 table not
 *     found, 98 table too large for a direct answer, 99 job created, 104 nothing matches, -1 error)
 * @param type {@code Status.Type} ({@code Information}, {@code Warnung}/{@code Warning},
 *     {@code Fehler}/{@code Error})
 * @param content the service's own text
 * @param listSize the number of entries of {@code List}, 0 when absent or null
 */
record ServiceStatus(int code, String type, String content, int listSize) {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** Too large for a direct answer: start a background job. */
  static final int TOO_LARGE = 98;
  /** The background job was created. */
  static final int JOB_CREATED = 99;

  /** The status of a JSON answer; empty when the body is not such an answer. */
  static Optional<ServiceStatus> parse(byte[] body) {
    try {
      JsonNode root = JSON.readTree(decode(body));
      JsonNode status = root.path("Status");
      if (!status.isObject()) {
        return Optional.empty();
      }
      JsonNode list = root.path("List");
      return Optional.of(new ServiceStatus(status.path("Code").asInt(-1), status.path("Type").asString(""),
          status.path("Content").asString(""), list.isArray() ? list.size() : 0));
    } catch (JacksonException e) {
      return Optional.empty();
    }
  }

  /** Whether the service says it failed. */
  boolean isError() {
    return code == -1 || type.equalsIgnoreCase("Fehler") || type.equalsIgnoreCase("Error")
        || !(code == 0 || code == 22 || code == JOB_CREATED);
  }

  /**
   * The body as text: the service declares no charset on some answers and then writes
   * ISO-8859-1 ({@code K\xFCrze}), so UTF-8 is tried strictly first.
   */
  private static String decode(byte[] body) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
    } catch (CharacterCodingException e) {
      return new String(body, WINDOWS_1252);
    }
  }
}
