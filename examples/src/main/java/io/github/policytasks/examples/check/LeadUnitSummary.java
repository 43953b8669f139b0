package io.github.policytasks.examples.check;

/**
 * How the targets of the tasks one unit leads fare: how many there are, met, missed and without
 * an actual. Immutable and thread-safe.
 *
 * @param leadUnit the unit's written name
 * @param met targets met
 * @param missed targets missed
 * @param noActual targets without an actual figure
 */
public record LeadUnitSummary(String leadUnit, int met, int missed, int noActual) {

  /** All targets counted. */
  public int targets() {
    return met + missed + noActual;
  }

  /** This summary with one more target of {@code status}. */
  public LeadUnitSummary plus(TargetStatus status) {
    switch (status) {
      case MET:
        return new LeadUnitSummary(leadUnit, met + 1, missed, noActual);
      case MISSED:
        return new LeadUnitSummary(leadUnit, met, missed + 1, noActual);
      case NO_ACTUAL:
      default:
        return new LeadUnitSummary(leadUnit, met, missed, noActual + 1);
    }
  }
}
