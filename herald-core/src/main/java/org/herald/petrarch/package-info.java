/**
 * Reading the TABARI/PETRARCH dictionary formats (verbs with synsets, actors with dated codes, agents with
 * substitution macros, discards, issues) into Herald's dictionaries, the PETRARCH XML record format, and the
 * PETRARCH unit-test suite runner.
 */
package org.herald.petrarch;
