package org.holdspace.billing;

/**
 * How minutes become units for timed codes. The payer context picks it; CMS's is the default.
 */
public enum UnitRule {
  /**
   * CMS's 8-minute rule (Medicare Claims Processing Manual ch. 5, 20.2): total units from the
   * total timed minutes (8 to 22: 1, 23 to 37: 2, 38 to 52: 3, 53 to 67: 4, then one per further
   * 15), given to the codes with the most minutes first; a code under 8 minutes of its own gets a
   * unit only from what remains.
   */
  CMS_EIGHT_MINUTE,
  /** Each code on its own by CPT's midpoint: a unit from 8 minutes, another at each further 15. */
  PER_CODE_MIDPOINT
}
