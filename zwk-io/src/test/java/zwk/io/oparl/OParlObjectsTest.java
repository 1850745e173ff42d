// SPDX-License-Identifier: Apache-2.0
package zwk.io.oparl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import zwk.io.json.JsonSyntaxException;
import zwk.io.json.ZwkFormatException;
import zwk.model.council.CouncilPaper;

/** The OParl specification's own example objects (1.0 and 1.1); expected values read off the files. */
class OParlObjectsTest {

  static OParlObject example(String version, String name) throws IOException {
    String res = "/zwk/io/oparl/" + version + "/" + name + "-01.json";
    try (InputStream in = OParlObjectsTest.class.getResourceAsStream(res)) {
      List<OParlObject> all = OParlObjects.read(in, res);
      assertEquals(1, all.size());
      return all.get(0);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.0", "1.1"})
  void systemBodyPaperMeeting(String version) throws IOException {
    OParlSystem system = (OParlSystem) example(version, "System");
    assertEquals(version, system.version());
    assertEquals(Optional.of("https://oparl.example.org/bodies"), system.bodyList());
    assertEquals(Optional.of("Beispiel-System"), system.name());

    OParlBody body = (OParlBody) example(version, "Body");
    assertEquals("https://oparl.example.org/body/0", body.id());
    assertEquals(Optional.of("Stadt Köln, kreisfreie Stadt"), body.name());
    assertEquals(Optional.of("Köln"), body.shortName());
    assertEquals(Optional.of("05315000"), body.ags());
    assertEquals(Optional.of("053150000000"), body.rgs());
    assertEquals(Optional.of("https://oparl.example.org/body/0/papers/"), body.paperList());

    OParlPaper paper = (OParlPaper) example(version, "Paper");
    assertEquals("https://oparl.example.org/paper/749", paper.id());
    assertEquals(Optional.of("1234/2014"), paper.reference());
    assertEquals(Optional.of(LocalDate.of(2014, 4, 4)), paper.date());
    assertEquals(Optional.of("Beantwortung einer Anfrage"), paper.paperType());
    assertEquals(List.of("https://oparl.example.org/person/2000", "https://oparl.example.org/person/1000"),
        paper.originatorPersons());
    assertEquals(1, paper.consultations().size());
    assertEquals(Optional.of("Beschlussfassung"), paper.consultations().get(0).role());
    assertEquals(Optional.of(false), paper.consultations().get(0).authoritative());

    OParlMeeting meeting = (OParlMeeting) example(version, "Meeting");
    assertEquals(Optional.of("4. Sitzung des Finanzausschusses"), meeting.name());
    assertEquals(Optional.of(OffsetDateTime.parse("2013-01-04T08:00:00+01:00")), meeting.start());
    assertEquals(1, meeting.agendaItems().size());
    assertEquals(Optional.of("10.1"), meeting.agendaItems().get(0).number());
    assertEquals(Optional.of("Geändert beschlossen"), meeting.agendaItems().get(0).result());
  }

  @Test
  void paperBecomesACouncilPaperReference() throws IOException {
    CouncilPaper p = ((OParlPaper) example("1.1", "Paper")).toCouncilPaper();
    assertEquals(CouncilPaper.builder().url("https://oparl.example.org/paper/749").reference("1234/2014")
        .date(LocalDate.of(2014, 4, 4)).name("Antwort auf Anfrage 1200/2014").paperType("Beantwortung einer Anfrage")
        .build(), p);
  }

  @Test
  void listPagesAndArrays() {
    String page = "{\"data\":[{\"id\":\"https://x.example/b/1\",\"type\":\"https://schema.oparl.org/1.1/Body\",\"ags\":\"5315000\"},"
        + "{\"id\":\"https://x.example/p/1\",\"type\":\"https://schema.oparl.org/1.1/Person\"}],"
        + "\"pagination\":{},\"links\":{}}";
    List<OParlObject> all = OParlObjects.read(new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)), "p.json");
    assertEquals(2, all.size());
    assertTrue(all.get(1) instanceof OParlOther);
  }

  @Test
  void errorsNameThePointer() {
    ZwkFormatException noId = assertThrows(ZwkFormatException.class, () -> OParlObjects.read(stream(
        "{\"data\":[{\"type\":\"https://schema.oparl.org/1.1/Body\"}]}"), "p.json"));
    assertEquals("/data/0/id", noId.pointer());
    ZwkFormatException type = assertThrows(ZwkFormatException.class, () -> OParlObjects.read(stream(
        "{\"id\":\"https://x.example/b\",\"type\":\"Body\"}"), "b.json"));
    assertEquals("/type", type.pointer());
    ZwkFormatException date = assertThrows(ZwkFormatException.class, () -> OParlObjects.read(stream(
        "{\"id\":\"https://x.example/p\",\"type\":\"https://schema.oparl.org/1.0/Paper\",\"date\":\"4.4.2014\"}"), "p.json"));
    assertEquals("/date", date.pointer());
    JsonSyntaxException syntax = assertThrows(JsonSyntaxException.class, () -> OParlObjects.read(stream(
        "{\"id\":\n\"x\",}"), "b.json"));
    assertEquals(2, syntax.line());
  }

  static InputStream stream(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }
}
