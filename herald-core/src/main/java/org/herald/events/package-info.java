/** Event coding: pattern dictionaries (verbs and event nouns) and the dependency-tree coder. */
package org.herald.events;
