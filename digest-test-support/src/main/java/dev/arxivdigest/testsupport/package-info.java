/** What the modules' tests share: {@link dev.arxivdigest.testsupport.SharedCorpus}. Not published. */
package dev.arxivdigest.testsupport;
