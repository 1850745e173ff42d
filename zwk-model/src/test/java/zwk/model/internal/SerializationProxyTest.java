// SPDX-License-Identifier: Apache-2.0
package zwk.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import zwk.model.region.Ags;
import zwk.model.region.Ars;
import zwk.model.statistics.AgeBand;

/** Ags, Ars and AgeBand travel as a proxy that re-validates; tampered streams are refused. */
class SerializationProxyTest {

  private static byte[] serialize(Object o) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(o);
    }
    return bytes.toByteArray();
  }

  private static Object deserialize(byte[] b) throws IOException, ClassNotFoundException {
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(b))) {
      return in.readObject();
    }
  }

  /** Replaces the first occurrence of {@code from} (same length as {@code to}) in the stream. */
  private static byte[] replace(byte[] stream, byte[] from, byte[] to) {
    assertEquals(from.length, to.length);
    outer:
    for (int i = 0; i + from.length <= stream.length; i++) {
      for (int j = 0; j < from.length; j++) {
        if (stream[i + j] != from[j]) {
          continue outer;
        }
      }
      byte[] copy = stream.clone();
      System.arraycopy(to, 0, copy, i, to.length);
      return copy;
    }
    throw new AssertionError("pattern not in stream");
  }

  @Test
  void valuesRoundTripEqual() throws Exception {
    assertEquals(Ags.of("05315000"), deserialize(serialize(Ags.of("05315000"))));
    assertSame(Ags.GERMANY, deserialize(serialize(Ags.GERMANY)), "DG resolves to the constant");
    assertEquals(Ars.of("053150000000"), deserialize(serialize(Ars.of("053150000000"))));
    assertEquals(AgeBand.openFrom(90), deserialize(serialize(AgeBand.openFrom(90))));
    qt().forAll(integers().between(0, 120), integers().between(0, 30)).checkAssert((from, width) -> {
      try {
        AgeBand b = AgeBand.of(from, from + width);
        assertEquals(b, deserialize(serialize(b)));
      } catch (IOException | ClassNotFoundException e) {
        throw new AssertionError(e);
      }
    });
  }

  @Test
  void theStreamNamesTheProxyNotTheValueClass() throws Exception {
    String s = new String(serialize(Ags.of("05315000")), StandardCharsets.ISO_8859_1);
    assertTrue(s.contains("zwk.model.internal.Ser"), s);
    assertTrue(!s.contains("zwk.model.region.Ags"), s);
  }

  @Test
  void aTamperedKeyIsRefused() throws Exception {
    // Land code 00 does not exist: Ags.of refuses it, so reading refuses it too
    byte[] bad = replace(serialize(Ags.of("05315000")), "05315000".getBytes(StandardCharsets.US_ASCII),
        "00315000".getBytes(StandardCharsets.US_ASCII));
    InvalidObjectException e = assertThrows(InvalidObjectException.class, () -> deserialize(bad));
    assertTrue(e.getMessage().contains("00315000"), e.getMessage());
    byte[] badArs = replace(serialize(Ars.of("053150000000")), "053150000000".getBytes(StandardCharsets.US_ASCII),
        "05315000000x".getBytes(StandardCharsets.US_ASCII));
    assertThrows(InvalidObjectException.class, () -> deserialize(badArs));
  }

  @Test
  void aTamperedBandIsRefused() throws Exception {
    // 10-20 becomes 20-10: to < from breaks the invariant
    byte[] bad = replace(serialize(AgeBand.of(10, 20)), new byte[] {0, 0, 0, 10, 0, 0, 0, 20},
        new byte[] {0, 0, 0, 20, 0, 0, 0, 10});
    assertThrows(InvalidObjectException.class, () -> deserialize(bad));
    byte[] negative = replace(serialize(AgeBand.of(10, 20)), new byte[] {0, 0, 0, 10, 0, 0, 0, 20},
        new byte[] {-1, -1, -1, -5, 0, 0, 0, 20});
    assertThrows(InvalidObjectException.class, () -> deserialize(negative));
  }

  @Test
  void aStreamWithTheValueClassesOwnFieldsIsRefused() throws Exception {
    // Hand-made stream (Java Object Serialization Specification, section 6.4): an object of class
    // zwk.model.region.Ags, serialVersionUID 1, with fields code = "99999999" and level = null.
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    out.writeShort(0xACED);
    out.writeShort(5);
    out.writeByte(0x73); // TC_OBJECT
    out.writeByte(0x72); // TC_CLASSDESC
    out.writeUTF("zwk.model.region.Ags");
    out.writeLong(1L);
    out.writeByte(0x02); // SC_SERIALIZABLE
    out.writeShort(2);
    out.writeByte('L');
    out.writeUTF("code");
    out.writeByte(0x74); // TC_STRING
    out.writeUTF("Ljava/lang/String;");
    out.writeByte('L');
    out.writeUTF("level");
    out.writeByte(0x74);
    out.writeUTF("Lzwk/model/region/RegionLevel;");
    out.writeByte(0x78); // TC_ENDBLOCKDATA
    out.writeByte(0x70); // TC_NULL: no serializable superclass
    out.writeByte(0x74);
    out.writeUTF("99999999");
    out.writeByte(0x70);
    out.flush();
    InvalidObjectException e = assertThrows(InvalidObjectException.class, () -> deserialize(bytes.toByteArray()));
    assertTrue(e.getMessage().contains("proxy"), e.getMessage());
  }
}
