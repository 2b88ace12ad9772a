/** Internals of the archive: not API, may change in any release. */
package dev.arxivdigest.archive.internal;
