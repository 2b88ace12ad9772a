/** Internals of the Spark module: not API, may change in any release. */
package dev.arxivdigest.spark.internal;
