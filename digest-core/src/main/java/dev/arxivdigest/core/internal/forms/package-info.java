/**
 * The forms of line a digest is made of, one recogniser each: side-effect free, reading a
 * {@link dev.arxivdigest.core.internal.forms.Line} and returning a match or nothing. Not API.
 */
package dev.arxivdigest.core.internal.forms;
