package zwk.profile.swot;

/** What a {@link ThresholdRule} compares: the region's value itself, or its difference to the Land or Germany. */
public enum Basis {
  /** The region's own value. */
  VALUE,
  /** Own value − Land value (in the indicator's unit, e.g. points). */
  DIFFERENCE_TO_STATE,
  /** Own value − Germany's value. */
  DIFFERENCE_TO_GERMANY
}
