/**
 * Image look-up in an input's folder and image header reading; not part of the API.
 */
package io.tearsheet.export.internal;
