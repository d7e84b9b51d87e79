/** The pipeline that composes the stages: annotate, resolve actors, code events. */
package org.herald.pipeline;
