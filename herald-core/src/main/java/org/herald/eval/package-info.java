/**
 * Scoring Herald against gold standards: JSON Lines gold files (precision/recall/F1 at root, code and triple
 * level), the PLOVER gold sentences (type recall and precision) and the PETRARCH coder regression suite.
 */
package org.herald.eval;
