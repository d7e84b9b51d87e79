/** The CAMEO code table: names, Goldstein scale, quad class and PLOVER type per code. */
package org.herald.codes;
