/**
 * What the modules' tests share: {@link dev.arxivdigest.testsupport.SharedCorpus} finds the shared
 * corpus, {@link dev.arxivdigest.testsupport.ThreadTime} bounds time in the thread's CPU time,
 * {@link dev.arxivdigest.testsupport.UpstreamDays} writes generated days in upstream's layout. Not
 * published.
 */
package dev.arxivdigest.testsupport;
