/**
 * How the Spark job works inside: the output layout, the output stores (local and Hadoop file systems), the
 * conversion of one article, and the catalog's rows. Not API: anything here may change in any release.
 */
package io.tearsheet.spark.internal;
