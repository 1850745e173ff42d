// SPDX-License-Identifier: Apache-2.0
package zwk.model.internal;

import java.io.Externalizable;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInput;
import java.io.ObjectOutput;
import java.io.ObjectStreamException;
import java.io.StreamCorruptedException;
import org.jspecify.annotations.Nullable;
import zwk.model.region.Ags;
import zwk.model.region.Ars;
import zwk.model.statistics.AgeBand;

/**
 * The serialization proxy of {@link Ags}, {@link Ars} and {@link AgeBand}, as {@code java.time}'s
 * {@code Ser}: the stream holds a type byte and the canonical data (the key's digits, the band's
 * bounds), and reading rebuilds the value through its public factory, so every invariant is
 * checked again. A stream that was edited to hold an invalid key or band fails with an
 * {@link InvalidObjectException}; a stream that names one of the value classes directly (without
 * this proxy) is refused by the value's {@code readObject}.
 *
 * <p>Internal: public only because {@link Externalizable} needs a public constructor; the package
 * is not exported.
 */
public final class Ser implements Externalizable {
  private static final long serialVersionUID = 1L;

  private static final byte AGS = 1;
  private static final byte ARS = 2;
  private static final byte AGE_BAND = 3;

  private byte type;
  private @Nullable Object value;

  /** For deserialization only. */
  public Ser() {}

  private Ser(byte type, Object value) {
    this.type = type;
    this.value = value;
  }

  /** The proxy of a key. */
  public static Ser of(Ags ags) {
    return new Ser(AGS, ags);
  }

  /** The proxy of a key. */
  public static Ser of(Ars ars) {
    return new Ser(ARS, ars);
  }

  /** The proxy of a band. */
  public static Ser of(AgeBand band) {
    return new Ser(AGE_BAND, band);
  }

  /** Refusal for a value's {@code readObject}: only the proxy may be read. */
  public static InvalidObjectException proxyRequired(Class<?> type) {
    return new InvalidObjectException(type.getSimpleName() + ": expected a serialization proxy, got the class's own fields");
  }

  @Override
  public void writeExternal(ObjectOutput out) throws IOException {
    out.writeByte(type);
    switch (type) {
      case AGS:
        out.writeUTF(((Ags) value).code());
        break;
      case ARS:
        out.writeUTF(((Ars) value).code());
        break;
      case AGE_BAND:
        AgeBand b = (AgeBand) value;
        out.writeInt(b.from());
        out.writeInt(b.to().orElse(-1));
        break;
      default:
        throw new InvalidObjectException("type: expected 1..3, got " + type);
    }
  }

  @Override
  public void readExternal(ObjectInput in) throws IOException {
    type = in.readByte();
    try {
      switch (type) {
        case AGS:
          value = Ags.of(in.readUTF());
          break;
        case ARS:
          value = Ars.of(in.readUTF());
          break;
        case AGE_BAND:
          int from = in.readInt();
          int to = in.readInt();
          value = to == -1 ? AgeBand.openFrom(from) : AgeBand.of(from, to);
          break;
        default:
          throw new StreamCorruptedException("type: expected 1..3, got " + type);
      }
    } catch (IllegalArgumentException e) {
      InvalidObjectException x = new InvalidObjectException(e.getMessage());
      x.initCause(e);
      throw x;
    }
  }

  private Object readResolve() throws ObjectStreamException {
    if (value == null) {
      throw new InvalidObjectException("value: expected a key or band, got nothing");
    }
    return value;
  }
}
