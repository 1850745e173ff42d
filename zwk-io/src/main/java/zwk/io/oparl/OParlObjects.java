// SPDX-License-Identifier: Apache-2.0
package zwk.io.oparl;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import zwk.io.json.JsonLimits;
import zwk.io.json.JsonTrees;
import zwk.io.json.ZwkFormatException;

/**
 * Reads OParl 1.0 and 1.1 objects from JSON: a single object, a list page ({@code data},
 * {@code pagination}, {@code links}) or an array of objects. Types are recognised by their type URL
 * ({@code https://schema.oparl.org/1.0/Body}, {@code …/1.1/Paper}, …); System, Body, Paper, Meeting,
 * AgendaItem and Consultation are read, other types are kept as {@link OParlOther}. Unknown
 * properties are ignored (OParl allows vendor extensions).
 *
 * <p>Errors name the source and the JSON pointer: a missing {@code id} or {@code type}, a value of
 * the wrong JSON type, a date that is not ISO 8601. Malformed JSON is a located
 * {@link zwk.io.json.JsonSyntaxException}.
 */
public final class OParlObjects {
  private static final Pattern TYPE = Pattern.compile("https?://schema\\.oparl\\.org/(1\\.[01])/([A-Za-z]+)/?");

  private OParlObjects() {}

  /** Reads a file or stream (an object, a list page or an array). */
  public static List<OParlObject> read(InputStream in, String source) {
    return fromTree(JsonTrees.read(in, source, JsonLimits.defaults()), source);
  }

  /** The objects of a JSON value: a list page's {@code data}, an array's elements, or the object itself. */
  public static List<OParlObject> fromTree(JsonNode root, String source) {
    List<OParlObject> out = new ArrayList<>();
    if (root.isObject() && root.has("data") && !root.has("type")) {
      JsonNode data = root.get("data");
      if (!data.isArray()) {
        throw new ZwkFormatException(source, 0, 0, "/data", "an array of OParl objects", data.getNodeType().toString(), null);
      }
      for (int i = 0; i < data.size(); i++) {
        out.add(object(data.get(i), source, "/data/" + i));
      }
    } else if (root.isArray()) {
      for (int i = 0; i < root.size(); i++) {
        out.add(object(root.get(i), source, "/" + i));
      }
    } else {
      out.add(object(root, source, ""));
    }
    return out;
  }

  /** The version ({@code 1.0}, {@code 1.1}) of a type URL, or {@code ""} when it is not an OParl type URL. */
  static String version(String type) {
    Matcher m = TYPE.matcher(type);
    return m.matches() ? m.group(1) : "";
  }

  /** One object. */
  public static OParlObject object(JsonNode n, String source, String pointer) {
    if (!n.isObject()) {
      throw new ZwkFormatException(source, 0, 0, pointer, "an OParl object", n.getNodeType().toString(), null);
    }
    String id = required(n, "id", source, pointer);
    String type = required(n, "type", source, pointer);
    Matcher m = TYPE.matcher(type);
    if (!m.matches()) {
      throw new ZwkFormatException(source, 0, 0, pointer + "/type",
          "an OParl 1.0 or 1.1 type URL (https://schema.oparl.org/1.1/Body …)", type, null);
    }
    Fields f = new Fields(n, source, pointer);
    switch (m.group(2)) {
      case "System":
        return new OParlSystem(id, type, f.text("name"), f.text("oparlVersion"), f.text("body"));
      case "Body":
        return new OParlBody(id, type, f.text("name"), f.text("shortName"), f.key("ags"), f.key("rgs"),
            f.text("classification"), f.text("website"), f.text("paper"), f.text("meeting"));
      case "Paper":
        List<OParlConsultation> cs = new ArrayList<>();
        JsonNode c = n.get("consultation");
        if (c != null && c.isArray()) {
          for (int i = 0; i < c.size(); i++) {
            OParlObject o = object(c.get(i), source, pointer + "/consultation/" + i);
            if (o instanceof OParlConsultation) {
              cs.add((OParlConsultation) o);
            }
          }
        }
        return new OParlPaper(id, type, f.text("body"), f.text("name"), f.text("reference"), f.date("date"),
            f.text("paperType"), f.urls("originatorPerson"), f.urls("originatorOrganization"), cs);
      case "Meeting":
        List<OParlAgendaItem> items = new ArrayList<>();
        JsonNode a = n.get("agendaItem");
        if (a != null && a.isArray()) {
          for (int i = 0; i < a.size(); i++) {
            OParlObject o = object(a.get(i), source, pointer + "/agendaItem/" + i);
            if (o instanceof OParlAgendaItem) {
              items.add((OParlAgendaItem) o);
            }
          }
        }
        return new OParlMeeting(id, type, f.text("name"), f.dateTime("start"), f.dateTime("end"), items);
      case "AgendaItem":
        return new OParlAgendaItem(id, type, f.text("meeting"), f.text("number"), f.text("name"),
            f.text("consultation"), f.text("result"));
      case "Consultation":
        return new OParlConsultation(id, type, f.text("paper"), f.text("meeting"), f.text("agendaItem"),
            f.text("role"), f.bool("authoritative"));
      default:
        return new OParlOther(id, type);
    }
  }

  private static String required(JsonNode n, String name, String source, String pointer) {
    JsonNode v = n.get(name);
    if (v == null || !v.isString() || v.asString().isBlank()) {
      throw new ZwkFormatException(source, 0, 0, pointer + "/" + name, "property '" + name + "' (a non-empty string)",
          v == null ? "no such property" : v.toString(), null);
    }
    return v.asString();
  }

  /** Typed optional properties of one object. */
  private static final class Fields {
    private final JsonNode n;
    private final String source;
    private final String pointer;

    Fields(JsonNode n, String source, String pointer) {
      this.n = n;
      this.source = source;
      this.pointer = pointer;
    }

    private ZwkFormatException bad(String name, String expected, JsonNode v) {
      return new ZwkFormatException(source, 0, 0, pointer + "/" + name, expected, v.toString(), null);
    }

    Optional<String> text(String name) {
      JsonNode v = n.get(name);
      if (v == null || v.isNull()) {
        return Optional.empty();
      }
      if (!v.isString()) {
        throw bad(name, "a string", v);
      }
      return Optional.of(v.asString());
    }

    /** A key (ags, rgs): a string, or a number where a system wrote one (its leading zero is then lost). */
    Optional<String> key(String name) {
      JsonNode v = n.get(name);
      if (v != null && v.isIntegralNumber()) {
        return Optional.of(v.asString());
      }
      return text(name);
    }

    Optional<LocalDate> date(String name) {
      Optional<String> t = text(name);
      try {
        // 1.0 allowed a date-time where 1.1 has a date: take its date part
        return t.map(s -> LocalDate.parse(s.length() > 10 && s.charAt(10) == 'T' ? s.substring(0, 10) : s));
      } catch (DateTimeParseException e) {
        throw bad(name, "an ISO 8601 date (yyyy-mm-dd)", n.get(name));
      }
    }

    Optional<OffsetDateTime> dateTime(String name) {
      Optional<String> t = text(name);
      try {
        return t.map(OffsetDateTime::parse);
      } catch (DateTimeParseException e) {
        throw bad(name, "an ISO 8601 date-time with offset", n.get(name));
      }
    }

    Optional<Boolean> bool(String name) {
      JsonNode v = n.get(name);
      if (v == null || v.isNull()) {
        return Optional.empty();
      }
      if (!v.isBoolean()) {
        throw bad(name, "true or false", v);
      }
      return Optional.of(v.asBoolean());
    }

    List<String> urls(String name) {
      JsonNode v = n.get(name);
      List<String> out = new ArrayList<>();
      if (v == null || v.isNull()) {
        return out;
      }
      if (!v.isArray()) {
        throw bad(name, "an array of URLs", v);
      }
      for (int i = 0; i < v.size(); i++) {
        if (!v.get(i).isString()) {
          throw new ZwkFormatException(source, 0, 0, pointer + "/" + name + "/" + i, "a URL string", v.get(i).toString(), null);
        }
        out.add(v.get(i).asString());
      }
      return out;
    }
  }
}
