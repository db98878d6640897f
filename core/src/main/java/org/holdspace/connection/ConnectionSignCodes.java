package org.holdspace.connection;

import org.holdspace.code.Code;

/** Holdspace's code system for signs of connection. Vendors add their own codes. */
public final class ConnectionSignCodes {
  /** The code system URI. */
  public static final String SYSTEM = "https://holdspace.org/codes/connection-sign";

  /** Accepted comfort from the adult. */
  public static final Code ACCEPTED_COMFORT = Code.of(SYSTEM, "accepted-comfort", "Accepted comfort");
  /** Accepted the adult staying close. */
  public static final Code ACCEPTED_PRESENCE = Code.of(SYSTEM, "accepted-presence", "Accepted presence");
  /** Moved towards the adult. */
  public static final Code SOUGHT_PROXIMITY = Code.of(SYSTEM, "sought-proximity", "Sought proximity");
  /** Shared attention on something together. */
  public static final Code SHARED_ATTENTION = Code.of(SYSTEM, "shared-attention", "Shared attention");
  /** Came back after withdrawing. */
  public static final Code RETURNED_AFTER_WITHDRAWING = Code.of(SYSTEM, "returned", "Returned after withdrawing");
  /** Eye contact, a smile, a shared laugh. */
  public static final Code SHARED_AFFECT = Code.of(SYSTEM, "shared-affect", "Shared affect");

  private ConnectionSignCodes() {}
}
