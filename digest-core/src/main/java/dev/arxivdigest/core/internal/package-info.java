/**
 * Implementation details of arxiv-digest. Not API: anything here may change or disappear in any
 * release. Do not depend on it.
 */
package dev.arxivdigest.core.internal;
