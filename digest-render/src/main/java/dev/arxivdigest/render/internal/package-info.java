/**
 * Markdown rendering behind guards, and HTML sanitizing. Not API: the only place flexmark-java and
 * Jsoup are used (the module does not export this package), so the engines stay swappable.
 */
package dev.arxivdigest.render.internal;
