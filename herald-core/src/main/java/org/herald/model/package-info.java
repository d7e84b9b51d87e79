/** Immutable records that flow through the pipeline: articles in, events out. */
package org.herald.model;
