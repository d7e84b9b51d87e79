package org.herald.watch;

import org.herald.model.Article;

/** Where watched articles go: herald watch codes and stores them; tests count them. */
@FunctionalInterface
public interface ArticleSink {
    /**
     * Takes one article and says in a few words what became of it ("new, 3 events"). A RuntimeException means this
     * article could not be taken (it is reported and not tried again); the watcher goes on with the next.
     */
    String take(Article article);
}
