/** JMH benchmarks of evaluation, JSON and NDJSON against baselines measured in the same run. Not deployed. */
package org.holdspace.benchmarks;
