/**
 * Actors: the dictionaries (countries, IGOs, leaders with dates, role words) and the resolver that turns a
 * noun phrase of a parse into a CAMEO actor code, including pronouns and "the two nations".
 */
package org.herald.actors;
