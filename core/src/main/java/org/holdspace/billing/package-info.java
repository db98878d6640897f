/**
 * Treatment minutes and billing units for the session note: the kinds of skilled intervention a
 * session's events show ({@link org.holdspace.billing.InterventionKind}), the minutes of each and
 * of all together, overlapping time counted once ({@link org.holdspace.billing.InterventionMinutes}),
 * and units from minutes by the CMS 8-minute rule or per code by CPT's midpoint ({@link
 * org.holdspace.billing.BillingUnits}). The library ships no billing codes: a caller maps
 * intervention kinds to its own ({@link org.holdspace.billing.BillingCode}).
 *
 * <pre>{@code
 * InterventionMinutes minutes = InterventionMinutes.of(session);
 * minutes.total();                           // 40: every intervention's time, overlaps once
 * BillingUnits.totalUnits(38);               // 3 (CMS: 38 to 52 minutes)
 * }</pre>
 */
package org.holdspace.billing;
