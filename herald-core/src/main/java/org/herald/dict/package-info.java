/** Loading of data files (TSV dictionaries and code tables) with file:line errors. */
package org.herald.dict;
