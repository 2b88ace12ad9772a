/**
 * Markdown rendering behind guards, and HTML sanitizing. Not API: the only place flexmark-java and
 * Jsoup are used, so the engines stay swappable.
 */
package dev.arxivdigest.core.internal.render;
